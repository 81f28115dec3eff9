// @vitest-environment node
/**
 * Bad page PDFs through `npm run ingest`'s command, in this process (test/hostile/cli.test.ts spawns the CLI): each gets one line naming the file (and page) and
 * what is wrong, exit 1, and the previous output untouched. `--image-only` publishes a page with no usable text
 * layer as its image alone, with a note.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { EditionSchema } from '../../src/schema/edition.ts';
import { typeset } from '../../src/typeset/typeset.ts';
import { FRONT_PAGE, SECOND_PAGE } from '../pdf/fixtures/pages.ts';
import { editionFixture, expectOneLineError, expectOutUntouched, removeTempDirs, runInProcess } from './helpers.ts';
import { ingest } from '../../src/cli/ingestCommand.ts';
import { makeFixture } from '../pdf/fixtures/fixtures.ts';

let cache: string;
let twoPages: Uint8Array;
const previousCache = process.env.NEWSPAPER_PDF_CACHE;

beforeAll(async () => {
  // the ingest runs read it: a render cache of this test's own
  cache = mkdtempSync(join(tmpdir(), 'pdf-faults-cache-'));
  process.env.NEWSPAPER_PDF_CACHE = cache;
  twoPages = (await typeset([FRONT_PAGE, SECOND_PAGE], 'SLA01B20240705C')).pdf;
}, 60_000);

afterAll(() => {
  removeTempDirs();
  rmSync(cache, { recursive: true, force: true });
  if (previousCache === undefined) delete process.env.NEWSPAPER_PDF_CACHE;
  else process.env.NEWSPAPER_PDF_CACHE = previousCache;
});

const onePage = (page: Record<string, unknown> = {}) => ({ date: '2024-07-05', pages: [{ number: 1, name: '要闻', file: 'A01.pdf', ...page }] });

describe('ingest refuses a bad page PDF in one line and writes nothing', () => {
  it.each<[string, () => Uint8Array | Promise<Uint8Array>, RegExp]>([
    ['encrypted', () => makeFixture('encrypted'), /A01\.pdf: the PDF is encrypted with a password$/],
    ['truncated', () => makeFixture('truncated'), /A01\.pdf: (page \d+: )?.*(damaged|truncated|cannot be read)/],
    ['with no pages', () => makeFixture('zero-pages'), /A01\.pdf: .*no pages/],
    ['not a PDF at all', () => makeFixture('not-a-pdf'), /A01\.pdf: not a PDF/],
    ['empty', () => new Uint8Array(0), /A01\.pdf: is empty \(0 bytes\), not a PDF$/],
    ['a scan with no text layer', () => makeFixture('scan'), /A01\.pdf: page 1 \(第1版\): no text layer: .*--image-only/],
    [
      'a text layer of junk (fonts without Unicode maps)',
      () => makeFixture('garbled'),
      /A01\.pdf: page 1 \(第1版\): junk text layer: .*--image-only/,
    ],
  ])(
    '%s',
    async (_name, make, message) => {
      const f = editionFixture(onePage(), { 'A01.pdf': await make() });
      const run = await runInProcess(ingest, ['--data', f.data, '--out', f.out]);
      expect(expectOneLineError(run, join(f.folder, 'A01.pdf'))).toMatch(message);
      expectOutUntouched(f);
    },
    60_000,
  );

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a page past the end of the PDF', { pdfPage: 3 }, /A01\.pdf: page 1 is pdfPage 3, but the PDF has 2 page\(s\)$/],
    ['a PDF of several pages with no pdfPage', {}, /A01\.pdf: has 2 pages: say which one is page 1 with "pdfPage"/],
  ])(
    '%s',
    async (_name, page, message) => {
      const f = editionFixture(onePage(page), { 'A01.pdf': twoPages });
      const run = await runInProcess(ingest, ['--data', f.data, '--out', f.out]);
      expect(expectOneLineError(run, join(f.folder, 'A01.pdf'))).toMatch(message);
      expectOutUntouched(f);
    },
    60_000,
  );

  it('a bad PDF on the second page stops the run before the good first page is written', async () => {
    const manifest = {
      date: '2024-07-05',
      pages: [
        { number: 1, file: 'A01.pdf', pdfPage: 1 },
        { number: 2, file: 'A02.pdf' },
      ],
    };
    const f = editionFixture(manifest, { 'A01.pdf': twoPages, 'A02.pdf': await makeFixture('scan') });
    const run = await runInProcess(ingest, ['--data', f.data, '--out', f.out]);
    expectOneLineError(run, join(f.folder, 'A02.pdf'));
    expectOutUntouched(f);
  }, 60_000);
});

describe('a page published as its image alone: --image-only for a run, or "imageOnly": true on the page', () => {
  it.each<[string, 'flag' | 'manifest', () => Promise<Uint8Array>, RegExp]>([
    ['a scan', 'flag', () => makeFixture('scan'), /no text layer.*\(--image-only\)/],
    ['a junk text layer', 'flag', () => makeFixture('garbled'), /junk text layer.*\(--image-only\)/],
    ['a scan', 'manifest', () => makeFixture('scan'), /no text layer.*\(imageOnly in edition\.json\)/],
  ])(
    'publishes %s as its page image and PDF, with a note and no articles (%s)',
    async (_name, how, make, note) => {
      const pdf = await make();
      const manifest = {
        date: '2024-07-05',
        pages: [
          { number: 1, name: '要闻', file: 'A01.pdf', pdfPage: 1 },
          { number: 2, name: '综合', file: 'A02.pdf', ...(how === 'manifest' ? { imageOnly: true } : {}) },
        ],
      };
      const f = editionFixture(manifest, { 'A01.pdf': twoPages, 'A02.pdf': pdf });
      const run = await runInProcess(ingest, ['--data', f.data, '--out', f.out, ...(how === 'flag' ? ['--image-only'] : [])]);
      expect(run.stderr).toMatch(/^ingest: 1 paper\(s\), 1 edition\(s\), \d+ articles/);
      expect(run.code).toBe(0);
      const edition = EditionSchema.parse(JSON.parse(readFileSync(join(f.out, dataPaths.editionFull('lsrb', '2024-07-05')), 'utf8')));
      const scan = edition.pages.find((p) => p.number === 2)!;
      expect(scan.articleCount).toBe(0);
      expect(edition.articles.filter((a) => a.page === 2)).toEqual([]);
      expect(edition.warnings.filter((w) => w.page === 2).map((w) => w.message)).toEqual([expect.stringMatching(note)]);
      for (const file of [...scan.image!.files, ...scan.thumbnail!.files]) expect(existsSync(join(f.out, file.path))).toBe(true);
      // the scan's own PDF, byte for byte, for download
      expect(new Uint8Array(readFileSync(join(f.out, scan.pdf!.path)))).toEqual(pdf);
      // the readable page beside it still reads
      expect(edition.pages.find((p) => p.number === 1)!.articleCount).toBeGreaterThan(0);
    },
    90_000,
  );
});
