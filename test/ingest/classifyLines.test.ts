import { classifyLines } from '../../src/ingest/classifyLines.ts';
import { splitLines } from '../../src/ingest/lines.ts';
import { show, tokensOf } from './tokens.ts';

describe('classifyLines: what each line is on its own', () => {
  it.each([
    ['# 标题', 'heading:标题'],
    ['#产业筑基', 'heading:产业筑基'],
    ['**加强理论建设**', 'bold:加强理论建设'],
    ['■ 记者 张清', 'byline:记者 张清'],
    ['■记者 张清', 'byline:记者 张清'],
    ['● 甲乙丙', 'byline:甲乙丙'],
    ['◎ 青城晚报记者 陆一鸣', 'byline:青城晚报记者 陆一鸣'],
    ['□ 本报记者 王某', 'byline:本报记者 王某'],
    ['文<何晓棠', 'byline:文<何晓棠'],
    ['文/何晓棠', 'byline:文/何晓棠'],
    ['文／何晓棠', 'byline:文／何晓棠'],
    ['青城日报全媒体记者 甲乙 丙丁', 'byline:青城日报全媒体记者 甲乙 丙丁'],
    ['> 新华社记者《某某日报》（2025年01月01日第 01 版）', 'byline:新华社记者《某某日报》（2025年01月01日第 01 版）'],
    ['《某某日报》（2025年01月01日第 01 版）', 'byline:《某某日报》（2025年01月01日第 01 版）'],
    ['● 林晓雨 去年冬天回老家时，我看见了外婆的竹篮。', 'byline:林晓雨 | 去年冬天回老家时，我看见了外婆的竹篮。'],
    ['徐  杨摄', 'credit:徐  杨摄'],
    ['春山 邹一帆 摄', 'credit:春山 邹一帆 摄'],
    ['（本报记者己庚、辛壬参与采写）', 'text:（本报记者己庚、辛壬参与采写）'],
    ['记者从市教育局获悉,今年暑假将开放场馆。', 'text:记者从市教育局获悉,今年暑假将开放场馆。'],
    ['● 全市新增就业两万人，同比增长三成。', 'text:● 全市新增就业两万人，同比增长三成。'],
    ['文化是一个民族的灵魂。', 'text:文化是一个民族的灵魂。'],
    ['# 关注#乐山美食节#', 'heading:关注#乐山美食节#'],
    ['# 标题 ##', 'heading:标题'],
    ['#\u00a0标题', 'heading:标题'],
    ['** 加强理论建设 **', 'bold:加强理论建设'],
    ['记者获悉，**本周起实行新规**', 'text:记者获悉，**本周起实行新规**'],
    ['**一是**坚持创新驱动。', 'text:**一是**坚持创新驱动。'],
    ['__  __', 'text:__  __'],
    ['>新华社记者 张清', 'byline:新华社记者 张清'],
    ['>  新华社记者 张清', 'byline:新华社记者 张清'],
    ['> 刘志强《某某日报》（2025年01月03日第 18 版）', 'byline:刘志强《某某日报》（2025年01月03日第 18 版）'],
    ['> 本文原载《某某日报》（2025年01月03日第 18 版），有删节', 'text:本文原载《某某日报》（2025年01月03日第 18 版），有删节'],
    ['> 会议在北京召开。', 'text:会议在北京召开。'],
    ['> 这是引自网页的一段话，并非署名，而是正文的开头部分。', 'text:这是引自网页的一段话，并非署名，而是正文的开头部分。'],
    ['宋家儒摄（影像中国）', 'credit:宋家儒摄（影像中国）'],
    ['(本报记者己庚、辛壬参与采写)', 'text:(本报记者己庚、辛壬参与采写)'],
    ['（本报记者 张清）', 'byline:（本报记者 张清）'],
    ['■ 本报记者 钱一彬 林小溪 刘雨瑞 通讯员 张清', 'byline:本报记者 钱一彬 林小溪 刘雨瑞 通讯员 张清'],
    ['■', 'text:■'],
    // European bylines: commas and e/and/und between capitalised names (la Repubblica's front page)
    ['di Elena Dusi, Giovanni Egidio e Alessandro Puglia', 'byline:di Elena Dusi, Giovanni Egidio e Alessandro Puglia'],
    ['di Candito, Cerami, Ciriaco, Foschini', 'byline:di Candito, Cerami, Ciriaco, Foschini'],
    ['By Jane Doe, John Roe and Mary Major', 'byline:By Jane Doe, John Roe and Mary Major'],
    ['von Anna Schmidt, Jonas Weber und Lea Vogel', 'byline:von Anna Schmidt, Jonas Weber und Lea Vogel'],
    ['di Michele Ainis', 'byline:di Michele Ainis'],
    // …and not a sentence that opens like one, nor a Chinese line with a comma after a role
    ['di questi giorni, Roma e Milano', 'text:di questi giorni, Roma e Milano'],
    ['By Monday, the river had risen', 'text:By Monday, the river had risen'],
    ['di Elena Dusi, che ha scritto il libro', 'text:di Elena Dusi, che ha scritto il libro'],
    ['记者 张清，今年暑假将开放场馆', 'text:记者 张清，今年暑假将开放场馆'],
    ['本报记者获悉，市政府将出台新规', 'text:本报记者获悉，市政府将出台新规'],
    ['记者从市教育局获悉,今年暑假将开放场馆', 'text:记者从市教育局获悉,今年暑假将开放场馆'],
    ['本报记者 钱一彬，林小溪：', 'text:本报记者 钱一彬，林小溪：'],
  ])('reads %s as %s', (line, expected) => {
    expect(tokensOf(line).map(show)).toEqual([expected]);
  });

  it.each([
    ['a blank line', ['甲。', '', '乙。'], [true, true]],
    ['no blank line', ['甲。', '乙。'], [true, false]],
  ])('marks the first line after %s as a block start', (_name, lines, expected) => {
    expect(tokensOf(...lines).map((t) => t.kind === 'text' && t.blockStart)).toEqual(expected);
  });

  it('notes a closing contributors line with its rule, and markup-only lines by number', () => {
    const { notes, markupOnly } = classifyLines(splitLines(['#', '（本报记者甲乙参与采写）'].join('\n')));
    expect(markupOnly).toEqual([1]);
    expect(notes).toEqual([{ line: 2, message: expect.stringContaining('rule: contributors-note') }]);
  });
});
