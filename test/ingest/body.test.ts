import type { TextToken, Token } from '../../src/ingest/classifyLines.ts';
import { ArticleBuilder } from '../../src/ingest/body.ts';
import { tokensOf } from './tokens.ts';

/** Feeds lines to an ArticleBuilder as parsePage does: under one headline, or (`headless`) with none above them. */
function feed(lines: string[], headless = false) {
  const builder = new ArticleBuilder();
  if (!headless) builder.start({ kind: 'story', headline: '标题', line: 1 });
  const tokens: Token[] = tokensOf(...lines);
  tokens.forEach((t, i) => {
    if (t.kind === 'text') builder.text(t as TextToken, tokens[i + 1], tokens[i - 1]);
    else if (t.kind === 'byline') builder.byline(t.text, t.line);
    else if (t.kind === 'credit') builder.credit(t.text, t.line);
    else if (t.kind === 'bold') builder.bold(t.text, t.line, tokens[i - 1]);
    else builder.subhead(t.text, t.line);
  });
  builder.finish();
  return builder;
}
/** The article under the head, and the rules its notes name. */
function body(...lines: string[]) {
  const builder = feed(lines);
  return {
    article: builder.articles[0]!,
    notes: builder.notes.map((n) => /rule: ([\w-]+)/.exec(n.message)?.[1]),
    messages: builder.notes.map((n) => n.message),
  };
}
const blocks = (...lines: string[]) =>
  body(...lines).article.blocks.map((b) =>
    b.type === 'figure' ? `[图] ${b.caption}${b.credit ? ` / ${b.credit}` : ''}` : b.type === 'heading' ? `## ${b.text}` : b.text,
  );

describe('ArticleBuilder: the body under a head', () => {
  it.each([
    [
      'a paragraph cut mid-sentence',
      ['厂房已经建成。预计今年9月', '', '正式进场安装。'],
      ['厂房已经建成。预计今年9月正式进场安装。'],
      ['cut-paragraph'],
    ],
    [
      'a caption inside the cut',
      ['建设景象。待全球首座溶', '', '某某产业园', '', '液型同位素项目建成。'],
      ['建设景象。待全球首座溶液型同位素项目建成。', '[图] 某某产业园'],
      ['caption-inside-cut', 'cut-paragraph'],
    ],
    [
      'a short line between paragraphs',
      ['第一段。', '调整能源结构', '第二段。它还没完，', '这里完了。'],
      ['第一段。', '## 调整能源结构', '第二段。它还没完，这里完了。'],
      ['short-line-subhead', 'cut-paragraph'],
    ],
    ['a caption with its credit', ['图①：工厂里的机器人。', '徐  杨摄', '正文。'], ['[图] 图①：工厂里的机器人。 / 徐杨摄', '正文。'], []],
    [
      'a caption above the byline',
      ['市民在特刊前驻足', '◎ 青城晚报记者 陆一鸣', '正文。'],
      ['[图] 市民在特刊前驻足', '正文。'],
      ['caption-above-byline'],
    ],
    [
      'two bold lines as one subhead',
      ['第一段。', '**加强理论建设**', '**夯实思想基础**', '第二段。'],
      ['第一段。', '## 加强理论建设 夯实思想基础', '第二段。'],
      [],
    ],
    ['a closing contributors note', ['正文。', '（本报记者己庚、辛壬参与采写）'], ['正文。', '（本报记者己庚、辛壬参与采写）'], []],
    [
      'a standfirst under a quoted byline',
      ['> 甲乙丙', '经济韧性强。努力一定会有收获', '', '岁月流转，时序更替。'],
      ['经济韧性强。努力一定会有收获', '岁月流转，时序更替。'],
      ['standfirst'],
    ],
    [
      'a cut sentence under a byline that is not quoted',
      ['◎ 本报记者 甲乙', '经济韧性强。努力一定会', '有收获。'],
      ['经济韧性强。努力一定会有收获。'],
      ['cut-paragraph'],
    ],
    ['a caption numbered in digits', ['图2：世界机器人大会上展示的机器人。', '正文。'], ['[图] 图2：世界机器人大会上展示的机器人。', '正文。'], []],
    ['a caption numbered past nine', ['图12：观众体验一款灵巧手。', '正文。'], ['[图] 图12：观众体验一款灵巧手。', '正文。'], []],
    ['a caption without a number', ['图：市民在特刊前驻足。', '正文。'], ['[图] 图：市民在特刊前驻足。', '正文。'], []],
    ['a caption of the picture above', ['上图：青城古镇的清晨。', '正文。'], ['[图] 上图：青城古镇的清晨。', '正文。'], []],
    ['a picture credit in brackets', ['（图片由受访者提供）', '正文。'], ['[图] （图片由受访者提供）', '正文。'], []],
    ['a paragraph that opens with 图书馆', ['图书馆里坐满了读者。'], ['图书馆里坐满了读者。'], []],
    ['a paragraph that mentions a picture in brackets', ['这幅作品（图）完成于1985年。'], ['这幅作品（图）完成于1985年。'], []],
    [
      'a long note in brackets that opens with 图',
      ['（图表所列数据均来自市统计局2024年年报，下同）', '正文。'],
      ['（图表所列数据均来自市统计局2024年年报，下同）', '正文。'],
      [],
    ],
    [
      'a caption ending in an exclamation above the byline',
      ['为青城喝彩！', '◎ 青城晚报记者 陆一鸣', '正文。'],
      ['[图] 为青城喝彩！', '正文。'],
      ['caption-above-byline'],
    ],
    [
      'a line holding a sentence above the byline',
      ['会议在青城召开。代表们参观了展览', '◎ 青城晚报记者 陆一鸣', '正文。'],
      ['会议在青城召开。代表们参观了展览', '正文。'],
      [],
    ],
    [
      'an Italian paragraph above the byline at the story’s foot (la Repubblica)',
      ['Mentre il governo prepara il decreto, Mattarella invita al dialogo. «Riscrivere i confini tra i poteri».', 'di Candito e Vecchio'],
      ['Mentre il governo prepara il decreto, Mattarella invita al dialogo. «Riscrivere i confini tra i poteri».'],
      [],
    ],
    [
      'an Italian caption above the byline',
      ['L’alluvione Una strada allagata a Bologna', 'di Elena Dusi', 'Testo.'],
      ['[图] L’alluvione Una strada allagata a Bologna', 'Testo.'],
      ['caption-above-byline'],
    ],
    ['a dateline on its own line above the byline', ['本报北京1月2日电', '本报记者 甲乙', '正文。'], ['正文。'], []],
    ['a line above a byline once the text has begun', ['正文。', '会议在青城召开', '本报记者 甲乙'], ['正文。', '会议在青城召开'], []],
    ['a line above a byline under a dateline', ['本报讯', '会议在青城召开', '本报记者 甲乙', '正文。'], ['会议在青城召开', '正文。'], []],
    ['a line between two bylines', ['本报记者 甲乙', '会议在青城召开', '通讯员 丙丁', '正文。'], ['会议在青城召开', '正文。'], []],
    ['a bold line first', ['**加强理论建设**', '正文。'], ['## 加强理论建设', '正文。'], []],
    [
      'two bold lines after two paragraphs',
      ['第一段。', '第二段。', '**加强理论建设**', '**夯实思想基础**', '第三段。'],
      ['第一段。', '第二段。', '## 加强理论建设 夯实思想基础', '第三段。'],
      [],
    ],
    [
      'a bold line after a subhead: two subheads',
      ['第一段。', '## 调整能源结构', '**加强理论建设**', '第二段。'],
      ['第一段。', '## 调整能源结构', '## 加强理论建设', '第二段。'],
      [],
    ],
    [
      'a dateline line cut before its sentence ends',
      ['本报讯（记者 甲乙）7月4日上午', '会议在青城召开。'],
      ['7月4日上午会议在青城召开。'],
      ['cut-paragraph'],
    ],
    ['a dateline on a line of its own', ['本报讯（记者 甲乙）', '7月4日，会议召开。'], ['7月4日，会议召开。'], []],
  ])('reads %s', (_name, lines, expected, rules) => {
    const { messages, notes } = body(...lines);
    expect(blocks(...lines)).toEqual(expected);
    expect(notes).toEqual(rules);
    // each note says in words what was done, before the rule it names: the ingest report shows it to an editor
    for (const message of messages) expect(message).toMatch(/^\S.{8,} \(rule: [\w-]+\)$/);
  });

  it.each([
    [
      'a byline with its citation',
      ['> 本报记者  甲乙丙  丁戊《某某日报》（2025年03月05日第 02 版）', '正文。'],
      { byline: '本报记者 甲乙丙 丁戊', printedIn: '《某某日报》（2025年03月05日第 02 版）' },
    ],
    ['a citation alone', ['《某某日报》（2025年03月05日第 02 版）', '正文。'], { byline: null, printedIn: '《某某日报》（2025年03月05日第 02 版）' }],
    ['a dateline and its byline', ['本报讯(记者 甲乙)7月4日,会议召开。'], { byline: '(记者 甲乙)', dateline: '本报讯', printedIn: null }],
    [
      'a dateline whose byline has a note after a name',
      ['本报讯（记者 甲乙（实习））7月4日，会议召开。'],
      {
        byline: '（记者 甲乙（实习））',
        authors: [{ name: '甲乙', role: '记者（实习）', contribution: null }],
        blocks: [{ type: 'paragraph', text: '7月4日，会议召开。' }],
      },
    ],
    [
      'a byline line with a note after a name',
      ['■ 本报记者 甲乙（实习） 丙丁', '正文。'],
      {
        byline: '本报记者 甲乙（实习） 丙丁',
        authors: [
          { name: '甲乙', role: '本报记者（实习）', contribution: null },
          { name: '丙丁', role: '本报记者', contribution: null },
        ],
      },
    ],
    [
      'a closing contributors note, kept out of the byline',
      ['> 本报记者 甲乙丙', '正文。', '（本报记者己庚、辛壬参与采写）'],
      { byline: '本报记者 甲乙丙' },
    ],
    [
      'a citation after the text',
      ['正文。', '《某某日报》（2025年03月05日第 02 版）'],
      { printedIn: '《某某日报》（2025年03月05日第 02 版）', endLine: 2 },
    ],
    [
      'two citations, one for each page the article ran on',
      ['> 新华社记者《某某日报》（2025年01月03日第 01 版）', '正文。', '《某某日报》（2025年01月03日第 02 版）'],
      { printedIn: '《某某日报》（2025年01月03日第 01 版） 《某某日报》（2025年01月03日第 02 版）' },
    ],
    [
      'a citation, then a byline without one',
      ['> 本报记者 甲乙《某某日报》（2025年03月05日第 02 版）', '正文。', '本报记者 丙丁'],
      { byline: '本报记者 甲乙 本报记者 丙丁', printedIn: '《某某日报》（2025年03月05日第 02 版）' },
    ],
    ['a head with only a byline under it', ['本报记者 甲乙'], { byline: '本报记者 甲乙', blocks: [] }],
    ['a head with only a dateline under it', ['本报讯'], { dateline: '本报讯', blocks: [] }],
    [
      'a head with only a citation under it (a picture story)',
      ['《某某日报》（2025年03月05日第 02 版）'],
      { byline: null, printedIn: '《某某日报》（2025年03月05日第 02 版）', blocks: [] },
    ],
    [
      'a credit with no photo above it: a byline',
      ['徐  杨摄', '正文。'],
      { byline: '徐杨摄', authors: [{ name: '徐杨', role: null, contribution: '摄' }] },
    ],
    [
      'a credit after the text: a byline',
      ['正文。', '本报记者 甲乙 摄'],
      { byline: '本报记者 甲乙 摄', authors: [{ name: '甲乙', role: '本报记者', contribution: '摄' }] },
    ],
    [
      'a second credit under a photo: a byline',
      ['图①：工厂里的机器人。', '徐  杨摄', '新华社记者  毛思倩摄'],
      { byline: '新华社记者 毛思倩摄', blocks: [{ type: 'figure', caption: '图①：工厂里的机器人。', credit: '徐杨摄' }] },
    ],
    [
      'a person named twice, once for the photo',
      ['> 本报记者 甲乙', '正文。', '本报记者 甲乙 摄'],
      { byline: '本报记者 甲乙 本报记者 甲乙 摄', authors: [{ name: '甲乙', role: '本报记者', contribution: null }] },
    ],
    [
      'a dateline under a subhead',
      ['**会议纪要**', '本报讯（记者 甲乙）7月4日，会议召开。'],
      {
        dateline: '本报讯',
        byline: '（记者 甲乙）',
        blocks: [
          { type: 'heading', text: '会议纪要' },
          { type: 'paragraph', text: '7月4日，会议召开。' },
        ],
      },
    ],
    [
      'a later paragraph that opens like a dateline',
      ['据新华社报道，会议召开。', '新华社北京1月2日电 国务院新闻办公室今天发布白皮书。'],
      {
        dateline: null,
        authors: [],
        blocks: [
          { type: 'paragraph', text: '据新华社报道，会议召开。' },
          { type: 'paragraph', text: '新华社北京1月2日电 国务院新闻办公室今天发布白皮书。' },
        ],
      },
    ],
    [
      'a dispatch that names its reporter after a subhead',
      ['**前方来电**', '本社记者陈沂报导：部队已抵达。'],
      { authors: [{ name: '陈沂', role: '本社记者', contribution: null }] },
    ],
  ])('reads %s', (_name, lines, expected) => {
    expect(body(...lines).article).toMatchObject(expected);
  });

  it.each([
    ['a credit', ['徐  杨摄', '正文。'], { byline: '徐杨摄', blocks: [{ type: 'paragraph', text: '正文。' }] }],
    [
      'a bold line',
      ['**加强理论建设**', '正文。'],
      {
        byline: null,
        blocks: [
          { type: 'heading', text: '加强理论建设' },
          { type: 'paragraph', text: '正文。' },
        ],
      },
    ],
  ])('keeps %s before any headline in an article without a headline', (_name, lines, expected) => {
    const builder = feed(lines, true);
    expect(builder.articles).toMatchObject([{ headline: '', ...expected }]);
    expect(builder.notes[0]?.message).toContain('rule: text-before-headline');
  });

  it('gives a held kicker or series line to the next headline, two of them joined by a space', () => {
    const builder = new ArticleBuilder();
    expect(builder.inArticle).toBe(false);
    builder.hold('series', '奋进新征程', 1);
    builder.hold('series', '建功新时代', 2);
    builder.hold('kicker', '促进乡村风电开发', 3);
    builder.hold('kicker', '一县一策', 4);
    builder.start({ kind: 'story', headline: '驭风行动有序推进', line: 5 });
    expect(builder.inArticle).toBe(true);
    builder.finish();
    expect(builder.inArticle).toBe(false);
    expect(builder.banners).toEqual([{ text: '奋进新征程 建功新时代 促进乡村风电开发 一县一策 驭风行动有序推进', startLine: 1, endLine: 5 }]);
  });

  it('starts a subhead of its own for a bold line that follows a bold line of the article before', () => {
    const builder = new ArticleBuilder();
    const [first, second] = tokensOf('**加强理论建设**', '**夯实思想基础**');
    builder.start({ kind: 'story', headline: '第一篇', line: 1 });
    builder.bold('加强理论建设', 2, undefined);
    builder.start({ kind: 'story', headline: '第二篇', line: 3 });
    builder.bold('夯实思想基础', 4, first);
    builder.finish();
    expect(second).toMatchObject({ kind: 'bold' });
    expect(builder.articles.map((a) => a.blocks)).toEqual([[{ type: 'heading', text: '加强理论建设' }], [{ type: 'heading', text: '夯实思想基础' }]]);
  });

  it('splits a byline run into the text: the name to the byline, the text to the lead', () => {
    const builder = new ArticleBuilder();
    builder.start({ kind: 'story', headline: '标题', line: 1 });
    const [t] = tokensOf('林晓雨 在我的记忆里，外婆总是很忙。') as [TextToken];
    builder.runIn('林晓雨', '在我的记忆里，外婆总是很忙。', t, undefined);
    builder.finish();
    expect(builder.articles[0]).toMatchObject({
      byline: '林晓雨',
      authors: [{ name: '林晓雨', role: null }],
      blocks: [{ type: 'paragraph', text: '在我的记忆里，外婆总是很忙。' }],
    });
  });

  it('keeps a head with nothing under it as a banner, naming the rule', () => {
    const builder = new ArticleBuilder();
    builder.start({ kind: 'story', headline: '转下版', line: 9 });
    builder.finish();
    expect(builder.articles).toEqual([]);
    expect(builder.banners).toEqual([{ text: '转下版', startLine: 9, endLine: 9 }]);
    expect(builder.notes[0]?.message).toContain('rule: banner-without-article');
  });
});
