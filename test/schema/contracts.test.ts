/**
 * The contracts between ingest and the reader: what the schema lets through and what it stops, the data files'
 * paths, and the reader's URLs. A change here is a change every published site and bookmark feels.
 */
import { SCHEMA_VERSION, ArchiveYearSchema, ArticleSchema, EditionSchema, SectionSchema, type Article } from '../../src/schema/edition.ts';
import { ManifestSchema, PaperConfigSchema, PaperSlugSchema, TaxonomySchema } from '../../src/schema/manifest.ts';
import { dataPaths, yearOf } from '../../src/schema/dataPaths.ts';
import { urls } from '../../src/schema/urls.ts';
import { latestEdition } from '../app/fixtures.ts';

const article = latestEdition.articles[0]!;
const articleWith = (change: Partial<Record<keyof Article | 'extra', unknown>>) => ({ ...article, ...change });
const issue = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message).join('; ') ?? '';

describe('ArticleSchema', () => {
  it.each([
    ['the fixture as it is', {}, true],
    ['an id of lower-case letters, digits and hyphens', { id: '2-abc0def-2' }, true],
    ['an id with a capital', { id: '1-Abc' }, false],
    ['an id with a space', { id: '1 abc' }, false],
    ['page 0', { page: 0 }, false],
    ['page 1.5', { page: 1.5 }, false],
    ['a kind that is neither story nor brief', { kind: 'essay' }, false],
    ['a brief', { kind: 'brief' }, true],
    ['no section', { sections: [] }, false],
    ['a section slug with a capital', { sections: ['Economy'] }, false],
    ['a section slug with two hyphens in a row', { sections: ['culture--travel'] }, false],
    ['a section slug opening with a hyphen', { sections: ['-travel'] }, false],
    ['a section slug ending with a hyphen', { sections: ['travel-'] }, false],
    ['a section slug of words joined by hyphens', { sections: ['culture-travel', 'a1'] }, true],
    ['an empty paragraph', { blocks: [{ type: 'paragraph', text: '' }] }, false],
    ['an empty heading', { blocks: [{ type: 'heading', text: '' }] }, false],
    ['a figure with an empty caption', { blocks: [{ type: 'figure', caption: '', credit: null }] }, true],
    ['a block of an unknown type', { blocks: [{ type: 'quote', text: '引文' }] }, false],
    ['a block with a field too many', { blocks: [{ type: 'paragraph', text: '正文', note: 1 }] }, false],
    ['an author with no name', { authors: [{ name: '', role: '记者', contribution: null }] }, false],
    ['an author with no role', { authors: [{ name: '甲乙', role: null, contribution: '摄' }] }, true],
    ['a source starting at line 0', { source: { file: 'p.txt', startLine: 0, endLine: 1 } }, false],
    ['teaser as a string', { teaser: 'false' }, false],
    ['a field the schema does not know', { extra: 1 }, false],
  ])('%s: %s', (_name, change, ok) => {
    expect(ArticleSchema.safeParse(articleWith(change)).success).toBe(ok);
  });
});

describe('EditionSchema and the files around it', () => {
  it.each([
    ['the fixture as it is', {}, true],
    ['a date without leading zeros', { date: '2024-7-5' }, false],
    ['a date with text after it', { date: '2024-07-05T00' }, false],
    ['a date with text before it', { date: 'x2024-07-05' }, false],
    ['no page', { pages: [] }, false],
    ['a paper slug in capitals', { paper: { slug: 'LSRB', name: '乐山日报' } }, false],
    ['a paper with no name', { paper: { slug: 'lsrb', name: '' } }, false],
    ['an older schema version', { schemaVersion: 1 }, false],
    ['a page with a negative article count', { pages: [{ number: 1, name: null, articleCount: -1 }] }, false],
    ['a note', { note: '日期据版面推定' }, true],
  ])('%s: %s', (_name, change, ok) => {
    expect(EditionSchema.safeParse({ ...latestEdition, ...change }).success).toBe(ok);
  });

  it('says what a date and a slug must look like', () => {
    expect(issue(EditionSchema.safeParse({ ...latestEdition, date: '2024/07/05' }))).toContain('YYYY-MM-DD');
    expect(issue(SectionSchema.safeParse({ slug: 'Bad Slug', name: '经济', count: 1 }))).toContain('a-z, 0-9 and -');
  });

  it.each([
    ['a whole year', 2024, true],
    ['a year that is not whole', 2024.5, false],
  ])('ArchiveYearSchema: %s', (_name, year, ok) => {
    expect(
      ArchiveYearSchema.safeParse({
        schemaVersion: SCHEMA_VERSION,
        paper: 'lsrb',
        year,
        editions: [{ date: '2024-07-05', pages: 2, articleCount: 0 }],
      }).success,
    ).toBe(ok);
  });
});

describe('ManifestSchema, PaperConfigSchema, TaxonomySchema: what a publisher writes', () => {
  const page = { number: 1, file: 'p01.txt' };
  it.each([
    ['a page', { date: '2024-07-05', pages: [page] }, ''],
    ['29 February of a leap year', { date: '2024-02-29', pages: [page] }, ''],
    ['29 February of another year', { date: '2023-02-29', pages: [page] }, 'expected a real calendar date as YYYY-MM-DD'],
    ['a day that is no date', { date: '2024-13-01', pages: [page] }, 'expected a real calendar date as YYYY-MM-DD'],
    ['no page', { date: '2024-07-05', pages: [] }, 'Too small'],
    ['one page number twice', { date: '2024-07-05', pages: [page, { number: 1, file: 'p02.txt' }] }, 'page number 1 appears twice'],
    [
      'a file with a path',
      { date: '2024-07-05', pages: [{ number: 1, file: 'pages/p01.txt' }] },
      'a file name in the edition folder, without a path',
    ],
    [
      'a file with a Windows path',
      { date: '2024-07-05', pages: [{ number: 1, file: 'pages\\p01.txt' }] },
      'a file name in the edition folder, without a path',
    ],
    ['lines from after lines to', { date: '2024-07-05', pages: [{ ...page, lines: { from: 9, to: 3 } }] }, 'lines.from must not be after lines.to'],
    ['lines of one line', { date: '2024-07-05', pages: [{ ...page, lines: { from: 3, to: 3 } }] }, ''],
  ])('a manifest with %s', (_name, manifest, message) => {
    const result = ManifestSchema.safeParse(manifest);
    expect(result.success).toBe(message === '');
    if (message) expect(issue(result)).toContain(message);
  });

  it.each([
    ['lsrb', ''],
    ['le-shan-2', ''],
    ['Lsrb', 'a paper folder is named by its URL slug'],
    ['le--shan', 'a paper folder is named by its URL slug'],
    ['search', 'is a URL the reader uses itself (search, data, assets, archive, pagefind)'],
    ['archive', 'is a URL the reader uses itself'],
    ['pagefind', 'is a URL the reader uses itself'],
  ])('a paper slug %s', (slug, message) => {
    const result = PaperSlugSchema.safeParse(slug);
    expect(result.success).toBe(message === '');
    if (message) expect(issue(result)).toContain(message);
  });

  it.each([
    [{ name: '乐山日报' }, true],
    [{ name: '乐山日报', description: '中共乐山市委机关报' }, true],
    [{ name: '' }, false],
    [{ name: '乐山日报', description: '' }, false],
  ])('paper.json %j', (config, ok) => {
    expect(PaperConfigSchema.safeParse(config).success).toBe(ok);
  });

  it.each([
    ['a section', [{ slug: 'economy', name: '经济', keywords: ['产业'] }], true],
    ['a section with no keyword', [{ slug: 'economy', name: '经济', keywords: [] }], false],
    ['an empty keyword', [{ slug: 'economy', name: '经济', keywords: [''] }], false],
    ['a slug in capitals', [{ slug: 'Economy', name: '经济', keywords: ['产业'] }], false],
    ['a slug with a space and more after it', [{ slug: 'economy policy', name: '经济', keywords: ['产业'] }], false],
  ])('a taxonomy with %s', (_name, sections, ok) => {
    expect(TaxonomySchema.safeParse({ sections, fallback: { slug: 'general', name: '综合' } }).success).toBe(ok);
  });

  it.each([
    ['general', true],
    ['General', false],
    ['general news', false],
  ])('a taxonomy whose fallback section is %s', (slug, ok) => {
    expect(TaxonomySchema.safeParse({ sections: [], fallback: { slug, name: '综合' } }).success).toBe(ok);
  });
});

describe('dataPaths: where every data file lives', () => {
  it.each([
    [dataPaths.site(), 'site.json'],
    [dataPaths.archiveYear('lsrb', 2024), 'lsrb/archive/2024.json'],
    [dataPaths.editionFolder('lsrb', '2024-07-05'), 'lsrb/2024-07-05'],
    [dataPaths.editionIndex('lsrb', '2024-07-05'), 'lsrb/2024-07-05/index.json'],
    [dataPaths.editionFull('lsrb', '2024-07-05'), 'lsrb/2024-07-05/edition.json'],
    [dataPaths.article('lsrb', '2024-07-05', '1-abc'), 'lsrb/2024-07-05/articles/1-abc.json'],
    [dataPaths.articleSource('lsrb', '2024-07-05', '1-abc'), 'lsrb/2024-07-05/source/1-abc.json'],
    [dataPaths.publishState(), 'publish-state.json'],
  ])('%s', (path, expected) => {
    expect(path).toBe(expected);
  });

  it('reads the year off a date', () => {
    expect(yearOf('2023-12-31')).toBe(2023);
  });
});

describe('urls: the reader’s addresses', () => {
  it.each([
    [urls.home(), '/'],
    [urls.paper('lsrb'), '/lsrb/'],
    [urls.edition('lsrb', '2024-07-05'), '/lsrb/2024-07-05/'],
    [urls.page('lsrb', '2024-07-05', 2), '/lsrb/2024-07-05/page/2'],
    [urls.section('lsrb', '2024-07-05', 'culture travel'), '/lsrb/2024-07-05/section/culture%20travel'],
    [urls.article('lsrb', '2024-07-05', '1/abc'), '/lsrb/2024-07-05/article/1%2Fabc'],
    [urls.archive('lsrb', 2024), '/lsrb/archive/2024'],
    [urls.search(), '/search'],
    [urls.search(''), '/search'],
    [urls.search('乐山 医院'), '/search?q=%E4%B9%90%E5%B1%B1+%E5%8C%BB%E9%99%A2'],
  ])('%s', (url, expected) => {
    expect(url).toBe(expected);
  });
});
