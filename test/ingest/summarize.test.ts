/** The front page's view of an article: its summary (the lead, cut at a sentence end), length and figure count. */
import type { Article, Block } from '../../src/schema/edition.ts';
import { summarize, summaryOf } from '../../src/ingest/summarize.ts';

const article = (...blocks: Block[]): Article => ({
  id: '1-abcdefg',
  page: 1,
  kind: 'story',
  kicker: null,
  headline: '标题',
  subheadline: null,
  series: null,
  byline: null,
  authors: [],
  dateline: null,
  printedIn: null,
  teaser: false,
  sections: ['general'],
  blocks,
  source: { file: 'p.txt', startLine: 1, endLine: 9 },
});
const p = (text: string): Block => ({ type: 'paragraph', text });
const h = (text: string): Block => ({ type: 'heading', text });
const fig = (caption: string, credit: string | null = null): Block => ({ type: 'figure', caption, credit });

/** `n` characters of prose with no sentence end. */
const prose = (n: number) => '江水东流过城'.repeat(Math.ceil(n / 6)).slice(0, n);

describe('summaryOf', () => {
  it.each([
    ['no paragraph: no summary', [h('小标题'), fig('图为江边')], ''],
    ['no blocks at all', [], ''],
    ['the first paragraph, after a heading and a figure', [h('小标题'), fig('图为江边'), p('第一段。'), p('第二段。')], '第一段。'],
    ['a short lead whole, with every sentence', [p('第一句。第二句。第三句。')], '第一句。第二句。第三句。'],
    ['a lead of exactly 90 characters whole', [p(`${prose(30)}。${prose(59)}`)], `${prose(30)}。${prose(59)}`],
    ['a longer lead up to its last sentence end within 90', [p(`${prose(30)}。${prose(30)}！${prose(40)}。`)], `${prose(30)}。${prose(30)}！`],
    ['a question mark ends a sentence too', [p(`${prose(40)}？${prose(60)}`)], `${prose(40)}？`],
    ['a sentence end as the 21st character is far enough in', [p(`${prose(20)}。${prose(80)}`)], `${prose(20)}。`],
    ['a sentence end as the 20th character is too early: the first 90', [p(`${prose(19)}。${prose(80)}`)], `${prose(19)}。${prose(70)}`],
    ['no sentence end within 90: the first 90', [p(`${prose(95)}。`)], prose(90)],
    ['characters beyond the BMP count as one each', [p(`${'𠀀'.repeat(30)}。${prose(70)}`)], `${'𠀀'.repeat(30)}。`],
  ])('%s', (_name, blocks, summary) => {
    expect(summaryOf(article(...blocks))).toBe(summary);
  });
});

describe('summarize', () => {
  it('counts characters of paragraphs, headings and captions (not credits), and the figures', () => {
    const s = summarize(article(h('小标题'), p('第一段。'), fig('图为江边', '张三 摄'), p('𠀀字')));
    expect(s.length).toBe(3 + 4 + 4 + 2);
    expect(s.figures).toBe(1);
    expect(s.summary).toBe('第一段。');
  });

  it('keeps every field but the blocks and the source', () => {
    const { blocks: _blocks, source: _source, ...rest } = article(p('正文。'));
    expect(summarize(article(p('正文。')))).toEqual({ ...rest, summary: '正文。', length: 3, figures: 0 });
  });
});
