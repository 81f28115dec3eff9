import { parsePage, type ParsedPage } from '../../src/ingest/parsePage.ts';
import { bagDiff, SEED } from './properties.ts';

const headlines = (page: ParsedPage) => page.articles.map((a) => a.headline);
// Parsed inside each test, not at import: a parse at import makes every mutant it reaches "static" for Stryker,
// which then reruns every test file for it (docs/testing.md).
const seedHeadlines = () => headlines(parsePage(SEED));
const seedBlocks = () => parsePage(SEED).articles.map((a) => a.blocks.length);

/** Half-width → full-width, as OCR of another paper prints them; a `.` between digits (2.9亿) stays. */
const toFullWidth = (s: string) =>
  s
    .replace(/,/g, '，')
    .replace(/:/g, '：')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/(?<!\d)\.|\.(?!\d)/g, '。');
const fromFullWidth = (s: string) => s.replace(/，/g, ',').replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')');

describe('parsePage on the seed as other tools save it', () => {
  it('starts from six articles', () => {
    expect(seedHeadlines()).toHaveLength(6);
  });

  it.each([
    ['CRLF line ends', (s: string) => s.replace(/\n/g, '\r\n')],
    ['CR-only line ends', (s: string) => s.replace(/\n/g, '\r')],
    ['a byte-order mark', (s: string) => `\ufeff${s}`],
    ['a BOM and CRLF together', (s: string) => `\ufeff${s.replace(/\n/g, '\r\n')}`],
    ['tabs before and after every line', (s: string) => s.replace(/^|$/gm, '\t')],
    ['trailing spaces on every line', (s: string) => s.replace(/$/gm, '   ')],
    ['a full-width space indent on every text line', (s: string) => s.replace(/^(?=[^#■>\n])/gm, '\u3000\u3000')],
  ])('reads the same six articles, blocks and line numbers with %s', (_name, change) => {
    const page = parsePage(change(SEED));
    expect(headlines(page)).toEqual(seedHeadlines());
    expect(page.articles.map((a) => a.blocks.length)).toEqual(seedBlocks());
    expect(page.articles.map((a) => a.startLine)).toEqual(parsePage(SEED).articles.map((a) => a.startLine));
  });

  it('reads the same six headlines with full-width punctuation (，：（） for , : ( ))', () => {
    const changed = toFullWidth(SEED);
    expect(changed).not.toBe(SEED);
    const page = parsePage(changed);
    expect(headlines(page).map(fromFullWidth)).toEqual(seedHeadlines());
    expect(page.articles.map((a) => a.byline).map((b) => b && fromFullWidth(b))).toEqual(parsePage(SEED).articles.map((a) => a.byline));
  });
});

describe('parsePage on text that is not a page', () => {
  it.each([
    ['an empty string', ''],
    ['only white space', ' \t\n\u3000\u3000\r\n\u00a0\n\n'],
    ['only # marks', '#\n##\n###\n# #\n######'],
    ['only markup of every kind', '#\n>\n***\n> \n**\n> >\n'],
  ])('gives no article and no banner for %s', (_name, raw) => {
    const page = parsePage(raw);
    expect(page.articles).toEqual([]);
    expect(page.banners).toEqual([]);
  });

  it('notes each markup-only line with its line number', () => {
    expect(parsePage('#\n\n##').warnings.map((w) => w.line)).toEqual([1, 3]);
  });

  it('reads headings nested ten deep without losing the deeper ones', () => {
    const raw = Array.from({ length: 10 }, (_, i) => `${'#'.repeat(i + 1)} 第${i + 1}层标题`).join('\n') + '\n正文一句。';
    const page = parsePage(raw);
    expect(bagDiff(raw, page)).toEqual({ lost: [], invented: [] });
    // # 1…6 are headings; seven or more # are not markdown, so they stay in the text, # and all
    expect(JSON.stringify(page)).toContain('####### 第7层标题');
    expect(page.articles.length + page.banners.length).toBeGreaterThan(0);
  });

  it.each([
    ['a lone high surrogate', `# 标题\uD800\n正文\uD83D。`],
    ['a lone low surrogate', '# \uDC00标题\n\uDE00正文。'],
    ['surrogates reversed', '# 标题\n正\uDC00\uD800文。'],
    ['a surrogate on a line of its own', '# 标题\n\uD800\n正文。'],
  ])('keeps %s and does not throw', (_name, raw) => {
    const page = parsePage(raw);
    const json = JSON.stringify(page);
    for (const unit of raw.match(/[\uD800-\uDFFF]/g) ?? []) expect(json).toContain(JSON.stringify(unit).slice(1, -1));
    expect(bagDiff(raw, page)).toEqual({ lost: [], invented: [] });
  });

  it.each([
    ['a bulleted name and colon before furniture (found by fuzzing)', '● 林晓雨：国内统一刊号:CN99-0001\n'],
    ['furniture lines only', '第01版:要闻\n上一版\n2024年05月20日\n'],
    ['an overview whose teasers are only cut marks', '甲\n● 林晓雨 ...\n乙\n● 周明远 ...'],
  ])('keeps every character of %s', (_name, raw) => {
    expect(bagDiff(raw, parsePage(raw))).toEqual({ lost: [], invented: [] });
  });

  it('keeps a headline with no body as a banner, not an article', () => {
    const page = parsePage('# 只有标题');
    expect(page.articles).toEqual([]);
    expect(page.banners).toEqual([{ text: '只有标题', startLine: 1, endLine: 1 }]);
  });

  it('keeps a byline alone as an article with no headline, with a warning', () => {
    const page = parsePage('■ 记者 张清');
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]).toMatchObject({ headline: '', byline: '记者 张清', blocks: [] });
    expect(page.warnings.some((w) => w.line === 1 && w.message.includes('before any headline'))).toBe(true);
  });
});

describe('parsePage on very large pages', () => {
  it.each([
    ['a 10 MB single line of CJK text', () => '# 大\n' + '中文'.repeat(1_750_000) + '。'],
    ['100,000 short lines', () => Array.from({ length: 100_000 }, (_, i) => (i % 7 === 0 ? `# 标题${i}` : `短行${i}`)).join('\n')],
    ['100,000 byline lines under one headline', () => '# 标题\n' + Array.from({ length: 100_000 }, (_, i) => `■ 记者 名${i}`).join('\n')],
  ])(
    'parses %s, keeping every character',
    (_name, make) => {
      const raw = make();
      const page = parsePage(raw);
      expect(page.articles.length).toBeGreaterThan(0);
      expect(bagDiff(raw, page)).toEqual({ lost: [], invented: [] });
    },
    60_000,
  );
});
