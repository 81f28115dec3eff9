/**
 * `npm run parse -- FILE`: one raw page → its JSON on stdout (articles at the top level), with the sections
 * the taxonomy in data/taxonomy.json gives them. A page PDF (`--page N`, default 1) reads through the layout
 * passes and adds each article's `area`, the furniture with its areas and the figures' photo areas; `--layout`
 * prints the page's blocks → lines → spans instead. Bad input: one line on stderr naming the file, exit 1.
 */
import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { ArticleSchema, BannerSchema, ChromeSchema, WarningSchema } from '../schema/edition.ts';
import { assembleEdition } from '../ingest/assembleEdition.ts';
import { parsePage, type ParsedPage } from '../ingest/parsePage.ts';
import type { PdfPageReading } from '../ingest/pdf/PdfContent.ts';
import { checkTextLayer, readPdfLayout } from '../ingest/pdf/readLayout.ts';
import { articlesWithGeometry, chromeWithGeometry } from '../ingest/pdf/withGeometry.ts';
import { layoutDump } from '../ingest/pdf/layoutDump.ts';
import { openPdf, PdfError } from '../pdf/openPdf.ts';
import { cliArgs, InputError, runCli } from '../node/InputError.ts';
import { loadTaxonomy } from './loadEdition.ts';
import { readText } from './readText.ts';
import { z } from 'zod';

const PageOutputSchema = z.strictObject({
  file: z.string(),
  articles: z.array(ArticleSchema),
  banners: z.array(BannerSchema),
  chrome: z.array(ChromeSchema),
  warnings: z.array(WarningSchema),
});

await runCli(async () => {
  const usage = 'npm run parse -- FILE [--taxonomy FILE] [--page N] [--layout]';
  const { positionals, values } = cliArgs('parse', usage, {
    allowPositionals: true,
    options: { taxonomy: { type: 'string', default: 'data/taxonomy.json' }, page: { type: 'string' }, layout: { type: 'boolean', default: false } },
  });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) throw new InputError('parse', null, `usage: ${usage}`);
  const pdf = isPdf(file);
  if (!pdf && (values.page !== undefined || values.layout)) throw new InputError(file, null, '--page and --layout are for a page PDF');
  let parsed: ParsedPage;
  let reading: PdfPageReading | null = null;
  if (pdf) {
    const page = values.page === undefined ? 1 : Number(values.page);
    if (!Number.isInteger(page) || page < 1) throw new InputError('parse', null, `--page takes a page number, not "${values.page}"`);
    const result = await readPdf(file, page, values.layout);
    if (result === null) return;
    parsed = reading = result;
  } else parsed = parsePage(readText(file));
  const name = basename(file);
  const edition = assembleEdition(
    { slug: 'page', name: 'unknown' },
    { date: '1970-01-01', pages: [{ number: 1, file: name }] },
    [{ number: 1, name: null, file: name, parsed }],
    loadTaxonomy(values.taxonomy),
  );
  const articles = reading ? articlesWithGeometry(edition.articles, reading) : edition.articles;
  const chrome = reading ? chromeWithGeometry(edition.chrome, reading) : edition.chrome;
  const output = PageOutputSchema.parse({ file, articles, banners: edition.banners, chrome, warnings: edition.warnings });
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
});

function isPdf(file: string): boolean {
  if (/\.pdf$/i.test(file)) return true;
  try {
    return readFileSync(file).subarray(0, 5).toString('latin1') === '%PDF-';
  } catch {
    return false;
  }
}

/** The page read through the layout passes, or null when `--layout` printed its dump instead. */
async function readPdf(file: string, n: number, dump: boolean): Promise<PdfPageReading | null> {
  try {
    const doc = await openPdf(file);
    try {
      const content = await doc.readPage(n);
      if (dump) {
        process.stdout.write(`${JSON.stringify(layoutDump(content), null, 1)}\n`);
        return null;
      }
      const check = checkTextLayer(content);
      if (!check.ok) throw new PdfError(file, n, check.message);
      return readPdfLayout(content);
    } finally {
      await doc.close();
    }
  } catch (error) {
    if (error instanceof PdfError) throw new InputError(file, null, error.page === null ? error.reason : `page ${error.page}: ${error.reason}`);
    throw error;
  }
}
