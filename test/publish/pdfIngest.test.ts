// @vitest-environment node
/**
 * A PDF edition published: the pages of a two-page PDF set in code (src/typeset) beside a text page, through
 * publishAll (a build) and publishUpdate (update-site's data step). The site holds each PDF page's images, photos
 * and PDF; articles carry their areas and photos; a rebuild renders nothing again; update-site redoes only the
 * edition whose files changed.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishAll, publishUpdate } from '../../src/cli/publish.ts';
import { ArticleSourceSchema } from '../../src/schema/articleSource.ts';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { EditionIndexSchema, EditionSchema, type Edition, type Image } from '../../src/schema/edition.ts';
import { typeset } from '../../src/typeset/typeset.ts';
import { FRONT_PAGE, SECOND_PAGE } from '../pdf/fixtures/pages.ts';

const ROOT = join(import.meta.dirname, '../..');
let root: string;
let data: string;
let out: string;
let cacheDir: string;
let pdf: Uint8Array;

const TEXT_PAGE =
  '# 城区新增三条公交线路\n\n本报讯 记者 张三 7月1日起，城区新增三条公交线路，方便市民出行。\n\n新线路连接火车站、体育中心和湿地公园。\n';

function writeEdition(date: string, manifest: object, files: Record<string, string | Uint8Array>): string {
  const folder = join(data, 'papers', 'demo', date);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'edition.json'), JSON.stringify({ date, ...manifest }));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
  return folder;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(out, path), 'utf8'));
const edition = (date: string): Edition => EditionSchema.parse(readJson(dataPaths.editionFull('demo', date)));
const options = () => ({ dataDir: data, outDir: out, cacheDir });

/** Every file of the render cache with its modification time: unchanged when nothing was rendered again. */
function cacheTimes(): Map<string, number> {
  return new Map((readdirSync(cacheDir, { recursive: true }) as string[]).map((f) => [f, statSync(join(cacheDir, f)).mtimeMs]));
}

/** Every file of an Image exists in the site with the bytes the edition says. */
function expectWritten(image: Image | undefined): void {
  expect(image).toBeDefined();
  for (const file of image!.files) expect(statSync(join(out, file.path)).size).toBe(file.bytes);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pdf-ingest-'));
  data = join(root, 'data');
  out = join(root, 'out');
  cacheDir = join(root, 'cache');
  mkdirSync(join(data, 'papers', 'demo'), { recursive: true });
  cpSync(join(ROOT, 'data/taxonomy.json'), join(data, 'taxonomy.json'));
  writeFileSync(join(data, 'papers/demo/paper.json'), JSON.stringify({ name: '示例报' }));
  pdf = (await typeset([FRONT_PAGE, SECOND_PAGE], 'SLA01B20240705C')).pdf;
  writeEdition(
    '2024-07-05',
    {
      pages: [
        { number: 1, name: '要闻', file: 'demo.pdf', pdfPage: 1 },
        { number: 2, name: '城市', file: 'demo.pdf', pdfPage: 2 },
        { number: 3, name: '综合', file: 'A03.txt' },
      ],
    },
    { 'demo.pdf': pdf, 'A03.txt': TEXT_PAGE },
  );
  writeEdition('2024-07-06', { pages: [{ number: 1, file: 'A01.txt' }] }, { 'A01.txt': TEXT_PAGE });
  await publishAll(options());
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a PDF edition, built', () => {
  it('holds each PDF page rendered at 480, 800 and 1600 px, a thumbnail, and the page as a PDF of its own', async () => {
    const pages = edition('2024-07-05').pages;
    for (const page of pages.slice(0, 2)) {
      expect(page.image!.files.map((f) => f.width)).toEqual([480, 800, 1600]);
      expect(page.image!.files.map((f) => f.path)).toEqual(
        [480, 800, 1600].map((w) => dataPaths.pageImage('demo', '2024-07-05', page.number, w, 'webp')),
      );
      expectWritten(page.image);
      expectWritten(page.thumbnail);
      expect(page.image!.files[1]!.bytes).toBeLessThanOrEqual(150 * 1024);
      const own = await PDFDocument.load(readFileSync(join(out, page.pdf!.path)));
      expect(own.getPageCount()).toBe(1);
      expect(statSync(join(out, page.pdf!.path)).size).toBe(page.pdf!.bytes);
    }
    // the text page has no image: it was never printed as a PDF here
    expect(pages[2]).toEqual({ number: 3, name: '综合', articleCount: 1 });
  });

  it('gives each PDF article its area, and each captioned photo its image, cut from the page', () => {
    const e = edition('2024-07-05');
    const printed = e.articles.filter((a) => a.page <= 2);
    expect(printed.length).toBeGreaterThan(2);
    for (const a of printed) expect(a.area!.length).toBeGreaterThan(0);
    expect(e.articles.filter((a) => a.page === 3).every((a) => a.area === undefined)).toBe(true);
    const lead = e.articles.find((a) => a.headline.includes('滨江步道全线贯通'))!;
    const photo = lead.blocks.find((b) => b.type === 'figure' && b.image);
    expect(photo).toMatchObject({ type: 'figure', caption: expect.stringContaining('市民在新贯通的滨江步道上散步') });
    if (photo?.type !== 'figure') throw new Error('no photo');
    expectWritten(photo.image);
    expect(photo.image!.files[0]!.path).toMatch(/^demo\/2024-07-05\/photos\/1-\d+-\d+\.webp$/);
    // the lead photo of lists and search results
    const index = EditionIndexSchema.parse(readJson(dataPaths.editionIndex('demo', '2024-07-05')));
    expect(index.articles.find((a) => a.id === lead.id)!.image).toEqual(photo.image);
  });

  it('names a page of a PDF of several as file#page=n, and its 原文 is the page text as read', () => {
    const e = edition('2024-07-05');
    const lead = e.articles.find((a) => a.headline.includes('滨江步道全线贯通'))!;
    expect(lead.source.file).toBe('demo.pdf#page=1');
    const source = ArticleSourceSchema.parse(readJson(dataPaths.articleSource('demo', '2024-07-05', lead.id)));
    expect(source.lines.join('\n')).toContain('滨江步道全线贯通');
    expect(e.articles.find((a) => a.page === 2)!.source.file).toBe('demo.pdf#page=2');
  });

  it('keeps the furniture out of the articles, with its area', () => {
    const chrome = edition('2024-07-05').chrome.filter((c) => c.page <= 2);
    expect(chrome.length).toBeGreaterThan(0);
    for (const c of chrome) expect(c.area).toBeDefined();
  });

  it('renders nothing again when the same PDFs are built again, and writes the same site', async () => {
    const before = cacheTimes();
    const site = readFileSync(join(out, dataPaths.editionFull('demo', '2024-07-05')), 'utf8');
    await publishAll(options());
    expect(cacheTimes()).toEqual(before);
    expect(readFileSync(join(out, dataPaths.editionFull('demo', '2024-07-05')), 'utf8')).toBe(site);
  }, 120_000);
});

describe('update-site on PDF pages', () => {
  it('redoes only the edition whose files changed: a text edition leaves the PDF edition as it was', async () => {
    const image = join(out, dataPaths.pageImage('demo', '2024-07-05', 1, 800, 'webp'));
    const before = statSync(image).mtimeMs;
    writeFileSync(join(data, 'papers/demo/2024-07-06/A01.txt'), TEXT_PAGE.replace('三条', '四条'));
    const summary = await publishUpdate(options());
    expect(summary.parsed).toBe(1);
    expect(summary.indexed).toEqual([{ paper: 'demo', date: '2024-07-06' }]);
    expect(statSync(image).mtimeMs).toBe(before);
  }, 120_000);

  it('redoes the PDF edition when its PDF changes, swapping the whole folder in', async () => {
    // bytes after %%EOF: a new file to the content hash, the same pages to pdf.js
    appendFileSync(join(data, 'papers/demo/2024-07-05/demo.pdf'), '\n% edited\n');
    const summary = await publishUpdate(options());
    expect(summary.indexed).toEqual([{ paper: 'demo', date: '2024-07-05' }]);
    expectWritten(edition('2024-07-05').pages[0]!.image);
    expect(readdirSync(join(out, 'demo')).filter((n) => n.includes('.tmp-') || n.includes('.old-'))).toEqual([]);
    const nothing = await publishUpdate(options());
    expect(nothing.parsed).toBe(0);
    expect(existsSync(join(out, dataPaths.pagePdf('demo', '2024-07-05', 2)))).toBe(true);
  }, 120_000);
});

describe('the demo paper (data/papers/demo, typeset from the seed)', () => {
  it('publishes each of its PDF pages with page images, a thumbnail, its PDF, and photos on its articles', async () => {
    const demoData = join(root, 'demo-data');
    const demoOut = join(root, 'demo-out');
    mkdirSync(join(demoData, 'papers'), { recursive: true });
    cpSync(join(ROOT, 'data/taxonomy.json'), join(demoData, 'taxonomy.json'));
    cpSync(join(ROOT, 'data/papers/demo'), join(demoData, 'papers/demo'), { recursive: true });
    const summary = await publishAll({ dataDir: demoData, outDir: demoOut, cacheDir });
    expect(summary.articles).toBeGreaterThan(0);
    const demo = EditionSchema.parse(JSON.parse(readFileSync(join(demoOut, dataPaths.editionFull('demo', '2024-07-05')), 'utf8')));
    for (const page of demo.pages) {
      for (const image of [page.image, page.thumbnail]) {
        for (const file of image!.files) expect(statSync(join(demoOut, file.path)).size).toBe(file.bytes);
      }
      expect(statSync(join(demoOut, page.pdf!.path)).size).toBe(page.pdf!.bytes);
    }
    const photos = demo.articles.flatMap((a) => a.blocks.flatMap((b) => (b.type === 'figure' && b.image ? [b.image] : [])));
    expect(photos.length).toBeGreaterThan(0);
    for (const photo of photos) for (const file of photo.files) expect(statSync(join(demoOut, file.path)).size).toBe(file.bytes);
  }, 120_000);
});
