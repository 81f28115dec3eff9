/**
 * Whole pages in the new shapes — e-paper site pages (数字报) and 人民日报-style bylines — from invented fixtures
 * in test/ingest/fixtures, and properties: furniture is transparent to the articles, overviews give one
 * teaser per item, a repeated text is kept once; never a character lost.
 */
import fc from 'fast-check';
import { parsePage } from '../../src/ingest/parsePage.ts';
import { loadEdition, loadTaxonomy } from '../../src/cli/loadEdition.ts';
import { bagDiff, propertyRuns } from '../hostile/properties.ts';
import { editionFixture, removeTempDirs, SEED_PAPER } from '../hostile/helpers.ts';
import { fixture } from './tokens.ts';

const parseFixture = (name: string) => parsePage(fixture(name).join('\n'));
const articleText = (page: ReturnType<typeof parsePage>) =>
  page.articles
    .flatMap((a) => [a.kicker, a.headline, a.subheadline, a.byline, ...a.blocks.map((b) => (b.type === 'figure' ? b.caption : b.text))])
    .join('\n');

describe('e-paper pages, read as a person reads them', () => {
  it.each([
    [
      'epaper-overview.txt',
      [
        ['外婆的竹篮', '林晓雨', true],
        ['老街的灯', '周明远', true],
        ['春山', null, false],
        ['一碗米酒', '山岚', true],
        ['河边的柳', '白若', true],
      ],
    ],
    ['epaper-article.txt', [['《“灯”照回家路》 让夜归人看见温暖', '青城晚报记者 陆一鸣', false]]],
    ['epaper-kicker.txt', [['山水见青城', '文<何晓棠', false]]],
    ['epaper-headline-list.txt', [['省有关部门新闻发言人名单公布', null, false]]],
  ])('%s: its articles, and no furniture among them', (file, expected) => {
    const page = parseFixture(file);
    expect(page.articles.map((a) => [a.headline, a.byline, a.teaser])).toEqual(expected);
    const text = articleText(page);
    // the headline list names the page's articles by design; every other line of furniture is nowhere in them
    for (const c of page.chrome.filter((x) => x.kind !== 'headline-list'))
      for (const line of c.text.split('\n')) if (line.length > 1) expect(text).not.toContain(line);
    expect(bagDiff(fixture(file).join('\n'), page)).toEqual({ lost: [], invented: [] });
  });

  it('reads the article page: caption, byline with its job title, three paragraphs', () => {
    const [a] = parseFixture('epaper-article.txt').articles;
    expect(a).toMatchObject({ authors: [{ name: '陆一鸣', role: '青城晚报记者', contribution: null }], kicker: null, subheadline: null });
    expect(a!.blocks.map((b) => b.type)).toEqual(['figure', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('reads the kicker page: kicker over headline, the 文< mark as a contribution', () => {
    expect(parseFixture('epaper-kicker.txt').articles[0]).toMatchObject({
      kicker: '青城站·后山—古镇',
      authors: [{ name: '何晓棠', role: null, contribution: '文' }],
    });
  });

  it('reads the headline-list page: the dateline, three paragraphs indented with spaces', () => {
    const [a] = parseFixture('epaper-headline-list.txt').articles;
    expect(a).toMatchObject({ dateline: '本报综合新华社4月10日消息', subheadline: null });
    expect(a!.blocks).toHaveLength(3);
  });

  it('returns the facts the furniture prints', () => {
    expect(parseFixture('epaper-headline-list.txt').facts).toMatchObject({ page: { number: 5, name: '本省新闻' }, date: '2008-04-11' });
  });
});

describe('人民日报-style bylines', () => {
  // Parsed inside each test, not when the file loads: mutation testing (docs/testing.md) then sees which test reads which code.
  const page = () => parseFixture('rmrb-bylines.md');
  it.each([
    ['春耕时节田野忙', '本报记者 甲乙丙 丁戊', '《某某日报》（2025年03月05日第 02 版）', ['甲乙丙', '丁戊']],
    ['新年第一天', '新华社记者', '《某某日报》（2025年01月01日第 01 版）', []],
  ])('%s: byline, printedIn and authors apart', (headline, byline, printedIn, names) => {
    const a = page().articles.find((x) => x.headline === headline)!;
    expect(a).toMatchObject({ byline, printedIn });
    expect(a.authors.map((x) => x.name)).toEqual(names);
  });

  it('keeps the closing contributors note as the last paragraph, out of the byline', () => {
    expect(page().articles[0]!.blocks.at(-1)).toEqual({ type: 'paragraph', text: '（本报记者己庚、辛壬参与采写）' });
  });
});

const FURNITURE = [
  '版面导航',
  '第1版:要闻',
  '第2版:综合新闻',
  '上一版',
  '下一版  上一期  下一期',
  '2024年05月20日',
  '第 2817 期',
  '收藏 打印 推荐  更多功能',
  '返回主页 | 版面导航',
  '国内统一刊号:CN99-0001 青城晚报社主办',
  '第02版:综合新闻',
];
const ARTICLE = ['山水见青城', '', '■ 记者 甲乙丙', '', '说起青城,很多人首先想到的是山。', '', '青城古称丈人山,有“青城天下幽”的美誉。'];
const shape = (page: ReturnType<typeof parsePage>) => page.articles.map((a) => [a.kicker, a.headline, a.subheadline, a.byline, a.blocks]);

describe('properties of the new shapes', () => {
  it('furniture above an article, in any order and number, leaves the article as it reads alone', () => {
    const alone = shape(parsePage(ARTICLE.join('\n')));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FURNITURE), { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\n\n'), (chrome, eol) => {
        const raw = [...chrome, ...ARTICLE].join(eol);
        const page = parsePage(raw);
        expect(shape(page)).toEqual(alone);
        expect(page.chrome.length).toBeGreaterThan(0);
        expect(bagDiff(raw, page)).toEqual({ lost: [], invented: [] });
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  const title = fc.string({ unit: fc.constantFrom(...'春夏秋冬山水花鸟月灯'), minLength: 2, maxLength: 8 });
  const name = fc
    .tuple(fc.constantFrom(...'王李张刘陈杨'), fc.string({ unit: fc.constantFrom(...'明远晓雨一帆'), minLength: 1, maxLength: 2 }))
    .map(([s, g]) => s + g);
  const teaser = fc.string({ unit: fc.constantFrom(...'我们走在路上，风吹过田野'), minLength: 10, maxLength: 40 });

  it('an overview of n cut teasers gives n teaser articles, with their headlines and names', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(title, name, teaser), { minLength: 2, maxLength: 8 }), (items) => {
        const raw = items.map(([t, n, x]) => `${t}\n● ${n} ${x}...`).join('\n');
        const page = parsePage(raw);
        expect(page.articles.map((a) => [a.headline, a.byline, a.teaser])).toEqual(items.map(([t, n]) => [t, n, true]));
        expect(bagDiff(raw, page)).toEqual({ lost: [], invented: [] });
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('a paragraph printed 2 to 4 times in a row is kept once, the copies as page data', () => {
    fc.assert(
      fc.property(
        teaser.map((x) => `${x}。`),
        fc.integer({ min: 2, max: 4 }),
        (paragraph, times) => {
          const raw = ['# 标题', ...Array.from({ length: times }, () => paragraph), '末段。'].join('\n');
          const page = parsePage(raw);
          expect(page.articles[0]!.blocks).toEqual([
            { type: 'paragraph', text: paragraph },
            { type: 'paragraph', text: '末段。' },
          ]);
          expect(page.chrome.map((c) => c.kind)).toEqual(Array.from({ length: times - 1 }, () => 'repeat'));
          expect(bagDiff(raw, page)).toEqual({ lost: [], invented: [] });
        },
      ),
      { numRuns: propertyRuns(200) },
    );
  });
});

describe('ingest checks the furniture against the manifest', () => {
  afterEach(removeTempDirs);
  const taxonomy = () => loadTaxonomy('data/taxonomy.json');
  const manifest = (number: number, name: string) => ({ date: '2008-04-11', pages: [{ number, name, file: 'p.txt' }] });

  it.each([
    ['agrees', 5, '本省新闻', []],
    ['gives another page number', 6, '本省新闻', ['furniture-page-mismatch']],
    ['gives another name', 5, '要闻', ['furniture-name-mismatch']],
  ])('warns when the manifest %s', (_name, number, name, rules) => {
    const f = editionFixture(manifest(number, name), { 'p.txt': fixture('epaper-headline-list.txt').join('\n') }, '2008-04-11');
    const edition = loadEdition(f.folder, taxonomy(), SEED_PAPER);
    expect(edition.warnings.flatMap((w) => /rule: (furniture-\w+-mismatch)/.exec(w.message)?.[1] ?? [])).toEqual(rules);
    expect(edition.chrome.map((c) => c.kind)).toContain('headline-list');
    expect(edition.chrome.every((c) => c.page === number && c.source.file === 'p.txt')).toBe(true);
  });

  it('warns when the page prints another date', () => {
    const f = editionFixture(
      { ...manifest(5, '本省新闻'), date: '2008-04-12' },
      { 'p.txt': fixture('epaper-headline-list.txt').join('\n') },
      '2008-04-12',
    );
    const warning = loadEdition(f.folder, taxonomy(), SEED_PAPER).warnings.find((w) => w.message.includes('furniture-date-mismatch'));
    expect(warning).toMatchObject({ file: 'p.txt', message: expect.stringContaining('2008-04-11') });
  });
});
