import fc from 'fast-check';
import {
  closeSpacedNames,
  CONTRIBUTORS_NOTE,
  isPrintedIn,
  looksLikeBylineLine,
  matchDateline,
  parseAuthors,
  reporterInText,
  splitPrintedIn,
  splitRunIn,
} from '../../src/ingest/bylines.ts';

const people = (byline: string) => parseAuthors(byline).map((a) => [a.name, a.role, a.contribution]);

describe('parseAuthors: people, roles and contributions', () => {
  it.each([
    ['记者 张清', [['张清', '记者', null]]],
    ['本报记者  王  政', [['王政', '本报记者', null]]],
    ['青城晚报记者 陆一鸣', [['陆一鸣', '青城晚报记者', null]]],
    ['青城晚报记者陆一鸣', [['陆一鸣', '青城晚报记者', null]]],
    [
      '青城日报全媒体记者 甲乙 丙丁',
      [
        ['甲乙', '青城日报全媒体记者', null],
        ['丙丁', '青城日报全媒体记者', null],
      ],
    ],
    ['某县融媒体中心记者 甲乙', [['甲乙', '某县融媒体中心记者', null]]],
    ['文<何晓棠', [['何晓棠', null, '文']]],
    ['文/何晓棠', [['何晓棠', null, '文']]],
    ['文／何晓棠', [['何晓棠', null, '文']]],
    ['摄影：甲乙', [['甲乙', null, '摄影']]],
    ['文/图 宋雪', [['宋雪', null, '文/图']]],
    ['记者 宋雪 文/图', [['宋雪', '记者', '文/图']]],
    ['春山 邹一帆 摄'.slice(3), [['邹一帆', null, '摄']]],
    ['新华社记者《某某日报》（2025年01月01日第 01 版）', []],
    [
      '本报记者 钱一彬、林小溪、刘雨瑞',
      [
        ['钱一彬', '本报记者', null],
        ['林小溪', '本报记者', null],
        ['刘雨瑞', '本报记者', null],
      ],
    ],
    [
      '记者 甲乙；丙丁',
      [
        ['甲乙', '记者', null],
        ['丙丁', '记者', null],
      ],
    ],
    [
      '记者 甲乙,丙丁',
      [
        ['甲乙', '记者', null],
        ['丙丁', '记者', null],
      ],
    ],
    ['本报记者张三', [['张三', '本报记者', null]]],
    ['通讯员李四', [['李四', '通讯员', null]]],
    ['【记者 张三】', [['张三', '记者', null]]],
    ['（记者 张三）', [['张三', '记者', null]]],
    ['（记者 张三） 摄', [['张三', '记者', '摄']]],
    ['(记者 张三)摄', [['张三', '记者', '摄']]],
    ['【记者 张三】 文/图', [['张三', '记者', '文/图']]],
    ['（记者 张三', [['张三', '记者', null]]],
    ['记者 张三）', [['张三', '记者', null]]],
    // A closing bracket whose opening one was lost (cut off with the line before): it goes, wherever it is.
    ['记者 张三） 摄', [['张三', '记者', '摄']]],
    ['记者 张三）摄', [['张三', '记者', '摄']]],
    [
      '记者 张三） 李四',
      [
        ['张三', '记者', null],
        ['李四', '记者', null],
      ],
    ],
    ['（记者 甲乙（实习）', [['甲乙', '记者（实习）', null]]],
    ['【记者 张三', [['张三', '记者', null]]],
    ['记者 张三 张三', [['张三', '记者', null]]],
    [
      '甲乙 丙丁',
      [
        ['甲乙', null, null],
        ['丙丁', null, null],
      ],
    ],
    ['本报评论员', []],
    ['文/图', []],
    [
      '本报记者 钱一彬、林小溪、',
      [
        ['钱一彬', '本报记者', null],
        ['林小溪', '本报记者', null],
      ],
    ],
    [
      '本报记者 钱一彬 王  政',
      [
        ['钱一彬', '本报记者', null],
        ['王政', '本报记者', null],
      ],
    ],
  ])('reads %s', (byline, expected) => {
    expect(people(byline)).toEqual(expected);
  });
});

describe('parseAuthors: a contribution applies to the names before it, or after it when none came before', () => {
  it.each([
    ['文/图 甲乙', '文/图'],
    ['图/文 甲乙', '图/文'],
    ['文/摄 甲乙', '文/摄'],
    ['文图 甲乙', '文图'],
    ['文 甲乙', '文'],
    ['图 甲乙', '图'],
    ['甲乙 摄影', '摄影'],
    ['甲乙 摄', '摄'],
    ['甲乙 整理', '整理'],
    ['甲乙 采写', '采写'],
    ['甲乙 制图', '制图'],
    ['甲乙 绘', '绘'],
    ['甲乙 参与采写', '参与采写'],
    ['甲乙摄', '摄'],
    ['甲乙整理', '整理'],
    ['摄影/甲乙', '摄影'],
    ['文：甲乙', '文'],
    ['文 / 甲乙', '文'],
    ['文＜甲乙', '文'],
  ])('%s: 甲乙, %s', (byline, contribution) => {
    expect(people(byline)).toEqual([['甲乙', null, contribution]]);
  });

  it.each([
    ['新华社记者  毛思倩摄', [['毛思倩', '新华社记者', '摄']]],
    [
      '记者 甲乙 丙丁 摄',
      [
        ['甲乙', '记者', '摄'],
        ['丙丁', '记者', '摄'],
      ],
    ],
    [
      '记者 甲乙 通讯员 丙丁 摄',
      [
        ['甲乙', '记者', null],
        ['丙丁', '通讯员', '摄'],
      ],
    ],
    [
      '实习生 甲乙 记者 丙丁 文/图',
      [
        ['甲乙', '实习生', null],
        ['丙丁', '记者', '文/图'],
      ],
    ],
    ['文/图 川江都市报记者燕伟民', [['燕伟民', '川江都市报记者', '文/图']]],
    ['记者 王 摄', [['王', '记者', '摄']]],
    ['张文', [['张文', null, null]]],
    ['记者 宋雪文/图', [['宋雪', '记者', '文/图']]],
    ['徐  杨摄', [['徐杨', null, '摄']]],
    ['新华社记者  毛  杨摄', [['毛杨', '新华社记者', '摄']]],
    [
      '记者 甲乙 张文',
      [
        ['甲乙', '记者', null],
        ['张文', '记者', null],
      ],
    ],
  ])('%s', (byline, expected) => {
    expect(people(byline)).toEqual(expected);
  });
});

describe("parseAuthors: a contribution marked before a name (图/李四) is that name's", () => {
  it.each([
    [
      '文/何晓棠 图/林小溪',
      [
        ['何晓棠', null, '文'],
        ['林小溪', null, '图'],
      ],
    ],
    [
      '文／何晓棠 图／林小溪',
      [
        ['何晓棠', null, '文'],
        ['林小溪', null, '图'],
      ],
    ],
    [
      '文：何晓棠 摄影：林小溪',
      [
        ['何晓棠', null, '文'],
        ['林小溪', null, '摄影'],
      ],
    ],
    [
      '文<何晓棠 图<林小溪',
      [
        ['何晓棠', null, '文'],
        ['林小溪', null, '图'],
      ],
    ],
    [
      '文/图 何晓棠 摄影/林小溪',
      [
        ['何晓棠', null, '文/图'],
        ['林小溪', null, '摄影'],
      ],
    ],
    [
      '记者 宋雪 摄影/林小溪',
      [
        ['宋雪', '记者', null],
        ['林小溪', '记者', '摄影'],
      ],
    ],
  ])('%s', (byline, expected) => {
    expect(people(byline)).toEqual(expected);
  });
});

describe("parseAuthors: a note in brackets after a name (实习, 特约) is kept with that person's role, as printed", () => {
  it.each([
    ['本报记者 甲乙（实习）', [['甲乙', '本报记者（实习）', null]]],
    ['本报记者 甲乙(实习)', [['甲乙', '本报记者(实习)', null]]],
    ['本报记者 甲乙（特约）', [['甲乙', '本报记者（特约）', null]]],
    ['本报记者 甲乙(特约)', [['甲乙', '本报记者(特约)', null]]],
    ['本报记者 甲乙（实习生）', [['甲乙', '本报记者（实习生）', null]]],
    ['本报记者甲乙（实习）', [['甲乙', '本报记者（实习）', null]]],
    ['青城晚报记者燕伟民（实习）', [['燕伟民', '青城晚报记者（实习）', null]]],
    [
      '本报记者 甲乙（实习） 丙丁',
      [
        ['甲乙', '本报记者（实习）', null],
        ['丙丁', '本报记者', null],
      ],
    ],
    [
      '本报记者 甲乙（实习）丙丁',
      [
        ['甲乙', '本报记者（实习）', null],
        ['丙丁', '本报记者', null],
      ],
    ],
    [
      '本报记者 甲乙 丙丁（实习）',
      [
        ['甲乙', '本报记者', null],
        ['丙丁', '本报记者（实习）', null],
      ],
    ],
    [
      '记者 甲乙（实习）、丙丁（特约）',
      [
        ['甲乙', '记者（实习）', null],
        ['丙丁', '记者（特约）', null],
      ],
    ],
    ['本报记者 甲乙 （实习）', [['甲乙', '本报记者（实习）', null]]],
    ['本报记者 王  政（实习）', [['王政', '本报记者（实习）', null]]],
    [
      '记者 王（实习） 李',
      [
        ['王', '记者（实习）', null],
        ['李', '记者', null],
      ],
    ],
    [
      '记者（特约） 甲乙 丙丁',
      [
        ['甲乙', '记者（特约）', null],
        ['丙丁', '记者（特约）', null],
      ],
    ],
    ['（本报记者 甲乙（实习））', [['甲乙', '本报记者（实习）', null]]],
    ['(记者 甲乙(实习))', [['甲乙', '记者(实习)', null]]],
    ['（本报记者 甲乙（实习） 摄）', [['甲乙', '本报记者（实习）', '摄']]],
    ['文/甲乙（实习）', [['甲乙', '（实习）', '文']]],
    ['甲乙（实习）', [['甲乙', '（实习）', null]]],
    ['（特约） 甲乙', [['甲乙', '（特约）', null]]],
    ['（特约）甲乙', [['甲乙', '（特约）', null]]],
    ['(特约) 甲乙', [['甲乙', '(特约)', null]]],
    [
      '记者 甲乙 记者（特约） 丙丁',
      [
        ['甲乙', '记者', null],
        ['丙丁', '记者（特约）', null],
      ],
    ],
    [
      '青城晚报记者燕伟民（实习） 丙丁',
      [
        ['燕伟民', '青城晚报记者（实习）', null],
        ['丙丁', '青城晚报记者', null],
      ],
    ],
    ['记者 甲乙 摄（实习）', [['甲乙', '记者（实习）', '摄']]],
    ['（罗曦）', [['罗曦', null, null]]],
    ['记者 张三）', [['张三', '记者', null]]],
    // a posting between the employer and the role; a name before its mark; a credit's source that is no person
    ['辽沈晚报特派朝阳记者 张辉', [['张辉', '辽沈晚报特派朝阳记者', null]]],
    ['青城晚报驻京记者甲乙', [['甲乙', '青城晚报驻京记者', null]]],
    ['辽沈晚报记者闫柳报道', [['闫柳', '辽沈晚报记者', '报道']]],
    [
      '顶端新闻·河南商报记者 刘慧丽 见习记者 李衍慧/文 受访者供图',
      [
        ['刘慧丽', '顶端新闻·河南商报记者', null],
        ['李衍慧', '见习记者', '文'],
      ],
    ],
    [
      '甲乙/文 丙丁/图',
      [
        ['甲乙', null, '文'],
        ['丙丁', null, '图'],
      ],
    ],
    ['警方供图', []],
  ])('reads %s', (byline, expected) => {
    expect(people(byline)).toEqual(expected);
  });
});

describe('parseAuthors: every role a paper prints, spaced or glued to the name', () => {
  const ROLES = [
    '本报特约记者',
    '本报见习记者',
    '本报实习记者',
    '本报首席记者',
    '本报记者',
    '本社记者',
    '新华社记者',
    '中新社记者',
    '人民日报记者',
    '特约记者',
    '见习记者',
    '实习记者',
    '首席记者',
    '摄影记者',
    '融媒体记者',
    '全媒体记者',
    '记者',
    '本报通讯员',
    '通讯员',
    '实习生',
    '本报评论员',
    '评论员',
    '责任编辑',
    '编辑',
  ];
  it.each(ROLES)('%s', (role) => {
    expect(people(`${role} 林小溪`)).toEqual([['林小溪', role, null]]);
    expect(people(`${role}林小溪`)).toEqual([['林小溪', role, null]]);
    expect(looksLikeBylineLine(`${role} 林小溪`)).toBe(true);
  });
});

describe('splitPrintedIn: the source citation is not part of the byline', () => {
  it.each([
    ['新华社记者《某某日报》（2025年01月01日第 01 版）', '新华社记者', '《某某日报》（2025年01月01日第 01 版）'],
    ['本报记者  甲乙丙  丁戊《某某日报》（2025年03月05日第 02 版）', '本报记者  甲乙丙  丁戊', '《某某日报》（2025年03月05日第 02 版）'],
    ['甲乙丙《某某日报》(2025年01月08日第18版)', '甲乙丙', '《某某日报》(2025年01月08日第18版)'],
    ['《某某日报》（2025年01月01日第 01 版）', '', '《某某日报》（2025年01月01日第 01 版）'],
    ['记者 张清', '记者 张清', null],
    ['读《某某》有感', '读《某某》有感', null],
    ['甲《某某日报》 (第1版)  ', '甲', '《某某日报》 (第1版)'],
    ['甲《一二三四五六七八九十一二三四五六七八九十》（第1版）', '甲', '《一二三四五六七八九十一二三四五六七八九十》（第1版）'],
    ['甲《一二三四五六七八九十一二三四五六七八九十一》（第1版）', '甲《一二三四五六七八九十一二三四五六七八九十一》（第1版）', null],
    ['甲《某某日报》（2025年01月01日第01期）', '甲《某某日报》（2025年01月01日第01期）', null],
    ['甲《某某日报》（第1版）。', '甲《某某日报》（第1版）。', null],
    ['本报记者 王政 《某某日报》（2025年01月08日第 18 版）', '本报记者 王政', '《某某日报》（2025年01月08日第 18 版）'],
    ['甲《某某日报》（2025年01月08日第 18 版 ）', '甲', '《某某日报》（2025年01月08日第 18 版 ）'],
  ])('splits %s', (line, byline, printedIn) => {
    expect(splitPrintedIn(line)).toEqual({ byline, printedIn });
  });

  it.each([
    ['《某某日报》（2025年01月01日第 01 版）', true],
    ['新华社记者《某某日报》（2025年01月01日第 01 版）', false],
    ['《野牛图》', false],
  ])('isPrintedIn(%s) is %s', (line, expected) => {
    expect(isPrintedIn(line)).toBe(expected);
  });
});

describe('splitRunIn: a byline run into the text', () => {
  it.each([
    ['林晓雨 在我的记忆里，外婆总是很忙。', false, { name: '林晓雨', text: '在我的记忆里，外婆总是很忙。', guessed: false }],
    ['林晓雨去年冬天回老家时看见了竹篮...', true, { name: '林晓雨', text: '去年冬天回老家时看见了竹篮...', guessed: true }],
    ['周明远小城的老街不长...', true, { name: '周明远', text: '小城的老街不长...', guessed: true }],
    ['白若被风吹弯的柳条此刻正垂在河面上', true, { name: '白若', text: '被风吹弯的柳条此刻正垂在河面上', guessed: true }],
    ['山岚我的家乡在川南的丘陵里...', true, { name: '山岚', text: '我的家乡在川南的丘陵里...', guessed: true }],
    ['陈小在路上走着走着', true, { name: '陈小', text: '在路上走着走着', guessed: true }],
    ['陈小明走在路上啊', true, { name: '陈小明', text: '走在路上啊', guessed: true }],
    ['某某 这是一段很长很长的正文', true, { name: '某某', text: '这是一段很长很长的正文', guessed: false }],
    ['张三 李四王五赵六钱七孙八', false, { name: '张三', text: '李四王五赵六钱七孙八', guessed: false }],
    ['张三 李四，王五', false, { name: '张三', text: '李四，王五', guessed: false }],
    ['张三 走了…', false, { name: '张三', text: '走了…', guessed: false }],
    ['张三 走了...', false, { name: '张三', text: '走了...', guessed: false }],
    ['张三\u00a0走了，又来了', false, { name: '张三', text: '走了，又来了', guessed: false }],
    ['林晓雨  在我的记忆里，外婆总是很忙。', false, { name: '林晓雨', text: '在我的记忆里，外婆总是很忙。', guessed: false }],
    ['林晓雨 在我的记忆里， 外婆总是很忙。', false, { name: '林晓雨', text: '在我的记忆里， 外婆总是很忙。', guessed: false }],
  ])('splits %s', (rest, allowGuess, expected) => {
    expect(splitRunIn(rest, allowGuess)).toEqual(expected);
  });

  it.each([
    ['without a space, outside an overview', '林晓雨去年冬天回老家时看见了竹篮。', false],
    ['a list item whose first word is no name', '坚持 创新驱动发展战略。', false],
    ['too short to hold a name and text', '甲乙', true],
    ['a colon after the name (splitting would drop it)', '林晓雨：在我的记忆里，外婆总是很忙。', false],
    ['two names', '张三 李四', true],
    ['a name without a common surname, outside an overview', '某某 这是一段很长很长的正文', false],
    ['no common surname and no word to read a name off', '某小明走在路上', true],
    ['a first word that is not a name', '我们走在路上啊', true],
    ['four characters: no room for text', '张三李四', true],
    ['no Han characters', '1234567', true],
    ['a word and a figure, no running text', '同比 3.5%', true],
    ['a first word in Latin letters', 'AI在我们的生活里越来越常见...', true],
    ['a first word of four characters, no common surname', '奥林匹克在北京举办过两次...', true],
  ])('does not split %s', (_name, rest, allowGuess) => {
    expect(splitRunIn(rest, allowGuess)).toBeNull();
  });
});

describe('looksLikeBylineLine', () => {
  it.each([
    ['本报记者 甲乙', true],
    ['青城晚报记者 陆一鸣', true],
    ['文<何晓棠', true],
    ['文/图 宋雪', true],
    ['记者从市教育局获悉,今年暑假将开放场馆', true],
    ['文化是一个民族的灵魂。', false],
    ['文/这是一句很长的话，不是署名，而是正文中的一句话。', false],
    ['（本报记者 张三）', true],
    ['(文/甲乙)', true],
    ['记者甲乙', true],
    ['记者 张三。', false],
    ['记者 张三!', false],
    [`记者${'甲'.repeat(58)}`, true],
    [`记者${'甲'.repeat(59)}`, false],
    [`文/${'甲'.repeat(28)}`, true],
    [`文/${'甲'.repeat(29)}`, false],
    ['文/甲乙，丙丁', false],
    ['图/甲乙；丙丁', false],
    ['文图 甲乙', false],
    ['辽沈晚报特派朝阳记者 张辉', true],
    ['di Michele Ainis', true],
    ['di Elena Dusi, Giovanni Egidio e Alessandro Puglia', true],
    ['By Jane Doe and John Roe', true],
    ['di qualche giorno fa', false],
    ['di Maio ha detto che il governo', false],
    ['Scopri l’avventura, dalla Mongolia al Nepal, di Alessandro de Bertolini', false],
  ])('%s → %s', (line, expected) => {
    expect(looksLikeBylineLine(line)).toBe(expected);
  });
});

describe('parseAuthors: a byline in a European language names people after its "by"', () => {
  it.each([
    ['di Michele Ainis', ['Michele Ainis']],
    ['di Elena Dusi, Giovanni Egidio e Alessandro Puglia', ['Elena Dusi', 'Giovanni Egidio', 'Alessandro Puglia']],
    ['di Fontanarosa e Pinci', ['Fontanarosa', 'Pinci']],
    ['di Alessandro de Bertolini', ['Alessandro de Bertolini']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['von Anna Müller und Jörg Schmidt', ['Anna Müller', 'Jörg Schmidt']],
  ])('%s', (byline, names) => {
    expect(parseAuthors(byline)).toEqual(names.map((name) => ({ name, role: null, contribution: null })));
  });
});

describe('matchDateline', () => {
  it.each([
    ['本报讯(记者 甲乙)7月4日,会议召开。', '本报讯', '(记者 甲乙)', '7月4日,会议召开。'],
    ['本报综合新华社4月10日消息 省政府新闻办公布了名单。', '本报综合新华社4月10日消息', null, '省政府新闻办公布了名单。'],
    ['新华社北京1月2日电（记者 李四）消息全文。', '新华社北京1月2日电', '（记者 李四）', '消息全文。'],
    ['【新华社延安十四日电】消息。', '【新华社延安十四日电】', null, '消息。'],
    ['【本报北京廿一日讯】（记者 甲）正文', '【本报北京廿一日讯】', '（记者 甲）', '正文'],
    ['本报讯（罗曦）正文。', '本报讯', '（罗曦）', '正文。'],
    ['本报讯 正文。', '本报讯', null, '正文。'],
    ['本报讯（）正文', '本报讯', null, '（）正文'],
    ['新华社延安十四日急电 正文', '新华社延安十四日急电', null, '正文'],
    ['本报成都7月4日电 正文', '本报成都7月4日电', null, '正文'],
    ['本报北京1月2日讯 正文', '本报北京1月2日讯', null, '正文'],
    ['人民日报北京三月五日电（记者 甲乙）正文', '人民日报北京三月五日电', '（记者 甲乙）', '正文'],
    ['中新社上海12月1日电 正文', '中新社上海12月1日电', null, '正文'],
    ['本报12月28日消息', '本报12月28日消息', null, ''],
    ['本报讯（记者 甲乙） 7月4日，会议召开。', '本报讯', '（记者 甲乙）', '7月4日，会议召开。'],
    ['新华社呼和浩特市赛罕区巴彦街道12月28日电 正文', '新华社呼和浩特市赛罕区巴彦街道12月28日电', null, '正文'],
    ['新华社呼和浩特市赛罕区巴彦街道十二月廿八日电 正文', '新华社呼和浩特市赛罕区巴彦街道十二月廿八日电', null, '正文'],
    ['本报讯（记者 甲乙（实习））会议召开。', '本报讯', '（记者 甲乙（实习））', '会议召开。'],
    ['新华社北京1月2日电（记者 李四(特约)、王五）消息全文。', '新华社北京1月2日电', '（记者 李四(特约)、王五）', '消息全文。'],
    ['【本报北京廿一日讯】（记者 甲（实习））正文', '【本报北京廿一日讯】', '（记者 甲（实习））', '正文'],
    ['本报讯（记者 甲乙（北京市某某区报道））正文', '本报讯', null, '（记者 甲乙（北京市某某区报道））正文'],
    ['本报讯 辽沈晚报记者闫柳报道 昨日大连纪检监察微信公众号发布', '本报讯', '辽沈晚报记者闫柳报道', '昨日大连纪检监察微信公众号发布'],
    ['本报讯记者 甲乙报道 正文', '本报讯', '记者 甲乙报道', '正文'],
    ['本报讯 记者报道称正文', '本报讯', null, '记者报道称正文'],
  ])('reads %s', (line, dateline, byline, rest) => {
    expect(matchDateline(line)).toEqual({ dateline, byline, rest });
  });

  it.each([['正文本报讯。'], ['【电】正文'], ['新华社北京电 正文'], ['据新华社北京1月2日电'], ['文中引用【新华社延安十四日电】的消息。']])(
    'finds none in %s',
    (line) => {
      expect(matchDateline(line)).toBeNull();
    },
  );
});

describe('reporterInText: a dispatch that opens with its reporter', () => {
  it.each([
    ['本社记者陈沂报导：正文', { name: '陈沂', role: '本社记者', contribution: null }],
    ['本报记者张三报道:正文', { name: '张三', role: '本报记者', contribution: null }],
    ['新华社记者李四五报导：', { name: '李四五', role: '新华社记者', contribution: null }],
    ['据本社记者陈沂报导：', null],
    ['本社记者陈报导：', null],
    ['记者陈沂说：', null],
  ])('%s', (paragraph, author) => {
    expect(reporterInText(paragraph)).toEqual(author);
  });
});

describe('CONTRIBUTORS_NOTE: who helped, in parentheses at the end', () => {
  it.each([
    ['（本报记者甲、乙参与采写）', true],
    ['(甲乙参与报道)', true],
    ['（甲乙参与采访）', true],
    ['（新华社记者甲乙对本文亦有贡献）', true],
    ['（甲参与采写）', false],
    ['甲乙参与采写', false],
    ['（甲乙丙）', false],
    ['（甲乙参与采写）此文有删节', false],
    ['文末（甲乙参与采写）', false],
  ])('%s → %s', (line, expected) => {
    expect(CONTRIBUTORS_NOTE.test(line)).toBe(expected);
  });
});

describe('closeSpacedNames: a name set with spaces to fill a column reads and searches as shown', () => {
  it.each([
    ['本报记者  王  政', '本报记者 王政'],
    ['本报记者 钱一彬 王  政', '本报记者 钱一彬 王政'],
    ['本报记者 王  政（实习）', '本报记者 王政（实习）'],
    ['（王  政）', '（王政）'],
    ['本报记者 钱一彬、王  政', '本报记者 钱一彬、王政'],
    ['徐  杨摄', '徐杨摄'],
    ['新华社记者  毛思倩摄', '新华社记者 毛思倩摄'],
    ['记者 宋雪 文/图', '记者 宋雪 文/图'],
    ['记者 宋 文', '记者 宋 文'], // 文 is the contribution, not half a name
    ['文 张三', '文 张三'],
    ['图 李 摄', '图 李 摄'],
    ['本报记者 王  政府', '本报记者 王 政府'], // 政府 is a word, not the end of a name
    ['记者 张清', '记者 张清'],
  ])('%s → %s', (byline, shown) => {
    expect(closeSpacedNames(byline)).toBe(shown);
  });

  it('reads the same people before and after, and keeps every other character', () => {
    // Bylines as papers set them: roles, names of two or three characters, names of two set apart to fill the width, contributions
    const name = fc.constantFrom('张清', '宋雪', '毛思倩', '钱一彬');
    const spaced = fc
      .tuple(fc.constantFrom(...'王徐李'), fc.constantFrom(...'政杨清'), fc.constantFrom(' ', '  ', '\u3000'))
      .map(([a, b, gap]) => `${a}${gap}${b}`);
    const token = fc.oneof(name, spaced, fc.constantFrom('本报记者', '记者', '通讯员', '摄', '文/图', '（实习）'));
    const byline = fc.array(token, { maxLength: 6 }).chain((tokens) => fc.constantFrom(' ', '  ', '、').map((gap) => tokens.join(gap)));
    fc.assert(
      fc.property(byline, (text) => {
        const closed = closeSpacedNames(text);
        expect(closed.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        expect(parseAuthors(closed)).toEqual(parseAuthors(text));
      }),
    );
  });
});
