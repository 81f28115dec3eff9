/** assembleEdition on small invented pages: ids, sections and their counts, and what each page's parse carries over. */
import type { Block } from '../../src/schema/edition.ts';
import type { Taxonomy } from '../../src/schema/manifest.ts';
import type { ParsedArticle, ParsedPage } from '../../src/ingest/ParsedPage.ts';
import { assembleEdition, type PageInput } from '../../src/ingest/assembleEdition.ts';

const TAXONOMY: Taxonomy = {
  sections: [
    { slug: 'farming', name: '三农', keywords: ['春耕'] },
    { slug: 'schools', name: '教育', keywords: ['学校'] },
  ],
  fallback: { slug: 'general', name: '综合' },
};

const story = (headline: string, blocks: Block[] = [], more: Partial<ParsedArticle> = {}): ParsedArticle => ({
  kind: 'story',
  kicker: null,
  headline,
  subheadline: null,
  series: null,
  byline: null,
  authors: [],
  dateline: null,
  printedIn: null,
  teaser: false,
  blocks,
  startLine: 1,
  endLine: 2,
  ...more,
});
const parsed = (articles: ParsedArticle[], more: Partial<ParsedPage> = {}): ParsedPage => ({
  articles,
  banners: [],
  chrome: [],
  facts: { page: null, pages: [], date: null, headlines: [] },
  warnings: [],
  ...more,
});
const page = (number: number, p: ParsedPage, name: string | null = null): PageInput => ({ number, name, file: `p${number}.txt`, parsed: p });
const assemble = (pages: PageInput[], note?: string) =>
  assembleEdition(
    { slug: 'qc', name: '青城晚报' },
    { date: '2024-05-20', note, pages: pages.map((p) => ({ number: p.number, file: p.file })) },
    pages,
    TAXONOMY,
  );
const para = (text: string): Block => ({ type: 'paragraph', text });

describe('assembleEdition', () => {
  it('keeps the manifest’s note, or null', () => {
    expect(assemble([page(1, parsed([]))], '日期据版面推定').note).toBe('日期据版面推定');
    expect(assemble([page(1, parsed([]))]).note).toBeNull();
  });

  it('lists sections in the taxonomy’s order, the fallback last, each with its count', () => {
    const edition = assemble([
      page(1, parsed([story('一场雨'), story('学校开学'), story('春耕正忙')])),
      page(2, parsed([story('学校放假'), story('又一场雨')])),
    ]);
    expect(edition.sections).toEqual([
      { slug: 'farming', name: '三农', count: 1 },
      { slug: 'schools', name: '教育', count: 2 },
      { slug: 'general', name: '综合', count: 2 },
    ]);
    expect(edition.articles.map((a) => [a.page, a.sections])).toEqual([
      [1, ['general']],
      [1, ['schools']],
      [1, ['farming']],
      [2, ['schools']],
      [2, ['general']],
    ]);
  });

  it.each([
    [
      'the same headline and lead on one page',
      [story('同题', [para('同一段。')]), story('同题', [para('同一段。')]), story('同题', [para('同一段。')])],
      ['-2', '-3'],
    ],
    ['the same headline, no blocks', [story('同题'), story('同题')], ['-2']],
  ])('gives unique ids to %s', (_name, articles, suffixes) => {
    const ids = assemble([page(1, parsed(articles))]).articles.map((a) => a.id);
    expect(ids.slice(1)).toEqual(suffixes.map((s) => `${ids[0]}${s}`));
    expect(ids[0]).toMatch(/^1-[0-9a-z]{7}$/);
  });

  const plain = story('标题', [para('正文。')]);
  const long = story('标题', [para(`${'正'.repeat(40)}字。`)]);
  it.each([
    ['the kicker', plain, story('标题', [para('正文。')], { kicker: '引题' }), true],
    ['another kicker', story('标题', [para('正文。')], { kicker: '引题' }), story('标题', [para('正文。')], { kicker: '另一引题' }), true],
    ['an empty kicker for none', plain, story('标题', [para('正文。')], { kicker: '' }), false],
    ['the headline', plain, story('另一个标题', [para('正文。')]), true],
    ['the first paragraph’s opening', plain, story('标题', [para('另一段正文。')]), true],
    ['a figure’s caption when the article opens with one', plain, story('标题', [{ type: 'figure', caption: '图为江边', credit: null }]), true],
    ['the first paragraph after its 40th character', long, story('标题', [para(`${'正'.repeat(40)}文。`)]), false],
    ['a second paragraph', plain, story('标题', [para('正文。'), para('又一段。')]), false],
    ['the byline', plain, story('标题', [para('正文。')], { byline: '记者 甲乙' }), false],
  ])('changes an article’s id with %s: %s', (_name, before, after, differs) => {
    const [a, b] = [before, after].map((x) => assemble([page(1, parsed([x]))]).articles[0]!.id);
    expect(a !== b).toBe(differs);
  });

  it('numbers ids by page, and the same article on two pages keeps both', () => {
    const edition = assemble([page(3, parsed([story('同题')])), page(4, parsed([story('同题')]))]);
    expect(edition.articles.map((a) => a.id.slice(0, 2))).toEqual(['3-', '4-']);
    expect(edition.articles[0]!.id.slice(2)).toBe(edition.articles[1]!.id.slice(2));
  });

  it('carries each page’s banners, chrome and notes with its page number and file', () => {
    const edition = assemble([
      page(
        1,
        parsed([story('标题', [para('正文。')], { startLine: 3, endLine: 9 })], {
          banners: [{ text: '产业强市', startLine: 10, endLine: 10 }],
          chrome: [{ kind: 'date', text: '2024年05月20日', startLine: 1, endLine: 1 }],
          warnings: [{ line: 4, message: '一条说明 (rule: test)' }],
        }),
        '要闻',
      ),
    ]);
    expect(edition.pages).toEqual([{ number: 1, name: '要闻', articleCount: 1 }]);
    expect(edition.articles[0]!.source).toEqual({ file: 'p1.txt', startLine: 3, endLine: 9 });
    expect(edition.banners).toEqual([{ text: '产业强市', page: 1, source: { file: 'p1.txt', startLine: 10, endLine: 10 } }]);
    expect(edition.chrome).toEqual([{ page: 1, kind: 'date', text: '2024年05月20日', source: { file: 'p1.txt', startLine: 1, endLine: 1 } }]);
    expect(edition.warnings).toEqual([{ page: 1, file: 'p1.txt', line: 4, message: '一条说明 (rule: test)' }]);
  });

  it('copies every field the parser read', () => {
    const parsedArticle = story('标题', [para('正文。')], {
      kind: 'brief',
      kicker: '引题',
      subheadline: '副题',
      series: '栏目',
      byline: '记者 甲乙',
      authors: [{ name: '甲乙', role: '记者', contribution: null }],
      dateline: '本报讯',
      printedIn: '《某某日报》（第1版）',
      teaser: true,
    });
    const { id: _id, page: _page, sections: _sections, source: _source, ...copied } = assemble([page(1, parsed([parsedArticle]))]).articles[0]!;
    const { startLine: _s, endLine: _e, ...expected } = parsedArticle;
    expect(copied).toEqual(expected);
  });
});
