import type { TextToken, Token } from '../../src/ingest/classifyLines.ts';
import { ArticleBuilder } from '../../src/ingest/body.ts';
import { tokensOf } from './tokens.ts';

/** Feeds body lines to an ArticleBuilder under one headline, as parsePage does, and returns the article. */
function body(...lines: string[]) {
  const builder = new ArticleBuilder();
  builder.start({ kind: 'story', headline: '标题', line: 1 });
  const tokens: Token[] = tokensOf(...lines);
  tokens.forEach((t, i) => {
    if (t.kind === 'text') builder.text(t as TextToken, tokens[i + 1], tokens[i - 1]);
    else if (t.kind === 'byline') builder.byline(t.text, t.line);
    else if (t.kind === 'credit') builder.credit(t.text, t.line);
    else if (t.kind === 'bold') builder.bold(t.text, t.line, tokens[i - 1]);
    else builder.subhead(t.text, t.line);
  });
  builder.finish();
  return { article: builder.articles[0]!, notes: builder.notes.map((n) => /rule: ([\w-]+)/.exec(n.message)?.[1]) };
}
const blocks = (...lines: string[]) => body(...lines).article.blocks.map((b) => (b.type === 'figure' ? `[图] ${b.caption}${b.credit ? ` / ${b.credit}` : ''}` : b.type === 'heading' ? `## ${b.text}` : b.text));

describe('ArticleBuilder: the body under a head', () => {
  it.each([
    ['a paragraph cut mid-sentence', ['厂房已经建成。预计今年9月', '', '正式进场安装。'], ['厂房已经建成。预计今年9月正式进场安装。'], ['cut-paragraph']],
    ['a caption inside the cut', ['建设景象。待全球首座溶', '', '某某产业园', '', '液型同位素项目建成。'], ['建设景象。待全球首座溶液型同位素项目建成。', '[图] 某某产业园'], ['caption-inside-cut', 'cut-paragraph']],
    ['a short line between paragraphs', ['第一段。', '调整能源结构', '第二段。它还没完，', '这里完了。'], ['第一段。', '## 调整能源结构', '第二段。它还没完，这里完了。'], ['short-line-subhead', 'cut-paragraph']],
    ['a caption with its credit', ['图①：工厂里的机器人。', '徐  杨摄', '正文。'], ['[图] 图①：工厂里的机器人。 / 徐  杨摄', '正文。'], []],
    ['a caption above the byline', ['市民在特刊前驻足', '◎ 青城晚报记者 陆一鸣', '正文。'], ['[图] 市民在特刊前驻足', '正文。'], ['caption-above-byline']],
    ['two bold lines as one subhead', ['第一段。', '**加强理论建设**', '**夯实思想基础**', '第二段。'], ['第一段。', '## 加强理论建设 夯实思想基础', '第二段。'], []],
    ['a closing contributors note', ['正文。', '（本报记者己庚、辛壬参与采写）'], ['正文。', '（本报记者己庚、辛壬参与采写）'], []],
    ['a standfirst under a quoted byline', ['> 甲乙丙', '经济韧性强。努力一定会有收获', '', '岁月流转，时序更替。'], ['经济韧性强。努力一定会有收获', '岁月流转，时序更替。'], ['standfirst']],
  ])('reads %s', (_name, lines, expected, rules) => {
    expect(blocks(...lines)).toEqual(expected);
    expect(body(...lines).notes).toEqual(rules);
  });

  it.each([
    ['a byline with its citation', ['> 本报记者  甲乙丙  丁戊《某某日报》（2025年03月05日第 02 版）', '正文。'], { byline: '本报记者  甲乙丙  丁戊', printedIn: '《某某日报》（2025年03月05日第 02 版）' }],
    ['a citation alone', ['《某某日报》（2025年03月05日第 02 版）', '正文。'], { byline: null, printedIn: '《某某日报》（2025年03月05日第 02 版）' }],
    ['a dateline and its byline', ['本报讯(记者 甲乙)7月4日,会议召开。'], { byline: '(记者 甲乙)', dateline: '本报讯', printedIn: null }],
    ['a dateline whose byline has a note after a name', ['本报讯（记者 甲乙（实习））7月4日，会议召开。'], { byline: '（记者 甲乙（实习））', authors: [{ name: '甲乙', role: '记者（实习）', contribution: null }], blocks: [{ type: 'paragraph', text: '7月4日，会议召开。' }] }],
    ['a byline line with a note after a name', ['■ 本报记者 甲乙（实习） 丙丁', '正文。'], { byline: '本报记者 甲乙（实习） 丙丁', authors: [{ name: '甲乙', role: '本报记者（实习）', contribution: null }, { name: '丙丁', role: '本报记者', contribution: null }] }],
    ['a closing contributors note, kept out of the byline', ['> 本报记者 甲乙丙', '正文。', '（本报记者己庚、辛壬参与采写）'], { byline: '本报记者 甲乙丙' }],
  ])('reads %s', (_name, lines, expected) => {
    expect(body(...lines).article).toMatchObject(expected);
  });

  it('splits a byline run into the text: the name to the byline, the text to the lead', () => {
    const builder = new ArticleBuilder();
    builder.start({ kind: 'story', headline: '标题', line: 1 });
    const [t] = tokensOf('林晓雨 在我的记忆里，外婆总是很忙。') as [TextToken];
    builder.runIn('林晓雨', '在我的记忆里，外婆总是很忙。', t, undefined);
    builder.finish();
    expect(builder.articles[0]).toMatchObject({ byline: '林晓雨', authors: [{ name: '林晓雨', role: null }], blocks: [{ type: 'paragraph', text: '在我的记忆里，外婆总是很忙。' }] });
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
