/**
 * `npx tsx test/bench/pdf-readings.ts [NAME…]`: each sample page PDF in ../shared/samples-pdf read through
 * openPdf + readPdfLayout and checked against what a person reads on it (`*.reading.json`): stories found with
 * headline and authors, the kickers and subheadlines read in their places (heads), each reading's point inside
 * its story's area, its text runs in its text, the furniture outside every story, the share of the page's CJK
 * characters kept, and the time per page. By hand only: the samples are the publishers' pages and never part of
 * the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfPageReading } from '../../src/ingest/pdf/PdfContent.ts';
import { dedupeGlyphs } from '../../src/ingest/pdf/dedupeGlyphs.ts';
import { checkTextLayer, readPdfLayout } from '../../src/ingest/pdf/readLayout.ts';
import { openPdf } from '../../src/pdf/openPdf.ts';
import { articleText, squash, type ExpectedArticle, type ExpectedFurniture } from '../ingest/pdf/compareReading.ts';

/** The samples beside the repository (../shared), never inside it. */
const DIR = join(import.meta.dirname, '../../../shared/samples-pdf');

interface Reading {
  articles: ExpectedArticle[];
  notArticles: ExpectedFurniture[];
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

function inside(areas: readonly { x: number; y: number; w: number; h: number }[], [px, py]: [number, number]): boolean {
  return areas.some((r) => px >= r.x && px <= r.x + r.w && py >= r.y && py <= r.y + r.h);
}

/** Of the page's CJK characters (stacked copies once), how many the reading's text fields hold, counted as multisets. */
function cjkKept(glyphs: readonly { ch: string }[], reading: PdfPageReading): number {
  const want = new Map<string, number>();
  for (const g of glyphs) if (CJK.test(g.ch)) want.set(g.ch, (want.get(g.ch) ?? 0) + 1);
  const have = new Map<string, number>();
  const fields = [
    ...reading.articles.map(articleText),
    ...reading.chrome.map((c) => c.text),
    ...reading.banners.map((b) => b.text),
    ...reading.jumps.flat().map((j) => j.text),
  ];
  for (const ch of fields.join('')) if (CJK.test(ch)) have.set(ch, (have.get(ch) ?? 0) + 1);
  let total = 0,
    kept = 0;
  for (const [ch, n] of want) {
    total += n;
    kept += Math.min(n, have.get(ch) ?? 0);
  }
  return total === 0 ? 1 : kept / total;
}

async function bench(name: string): Promise<void> {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.reading.json`), 'utf8')) as Reading;
  const t0 = performance.now();
  const doc = await openPdf(join(DIR, `${name}.pdf`));
  const content = await doc.readPage(1);
  await doc.close();
  const t1 = performance.now();
  const check = checkTextLayer(content);
  if (!check.ok) {
    console.log(`${name}: refused (${check.kind}): ${check.message}  [text ${Math.round(t1 - t0)} ms]`);
    return;
  }
  const reading = readPdfLayout(content);
  const t2 = performance.now();
  const verbose = process.env.VERBOSE === '1';
  let found = 0,
    authors = 0,
    points = 0,
    runs = 0,
    runsTotal = 0,
    heads = 0,
    headsTotal = 0;
  for (const want of expected.articles) {
    const i = reading.articles.findIndex(
      (a) => squash(a.headline) === squash(want.headline) || squash(`${a.headline}${a.subheadline ?? ''}`) === squash(want.headline),
    );
    const a = reading.articles[i];
    runsTotal += want.textIncludes.length;
    const roles = (['kicker', 'subheadline'] as const).filter((k) => want[k] !== undefined);
    headsTotal += roles.length;
    if (!a) {
      console.log(`  missing: ${want.headline}`);
      continue;
    }
    found++;
    // the kicker and subheadline a person reads over and under the headline, each in its own place
    for (const k of roles) {
      if (squash(a[k]) === squash(want[k])) heads++;
      else console.log(`  ${want.headline}: ${k} ${JSON.stringify(a[k])} ≠ ${JSON.stringify(want[k])}`);
    }
    const names = a.authors.map((x) => x.name);
    const authorsOk = want.authors.every((n) => names.some((m) => m.includes(n)));
    if (authorsOk) authors++;
    const pointOk = inside(reading.areas[i] ?? [], want.point);
    if (pointOk) points++;
    const text = squash(articleText(a));
    const missingRuns = want.textIncludes.filter((t) => !text.includes(squash(t)));
    runs += want.textIncludes.length - missingRuns.length;
    if (verbose || !authorsOk || !pointOk || missingRuns.length > 0) {
      console.log(
        `  ${want.headline}: authors ${authorsOk ? 'ok' : `[${names.join(',')}] ≠ [${want.authors.join(',')}]`}, point ${pointOk ? 'ok' : 'outside'}${missingRuns.length ? `, missing runs ${JSON.stringify(missingRuns)}` : ''}`,
      );
    }
  }
  let furnitureOut = 0;
  for (const f of expected.notArticles) {
    const inStory = reading.articles.some((a, i) => inside(reading.areas[i] ?? [], f.point) || squash(articleText(a)).includes(squash(f.text)));
    if (!inStory) furnitureOut++;
    else console.log(`  furniture inside a story: ${f.kind} "${f.text}"`);
  }
  // a heading of three characters or fewer (`3`, `亿万`, a drop cap `L`) is a piece of something misread
  const stray = reading.articles.flatMap((a) => [
    ...[a.headline, a.kicker ?? '', a.subheadline ?? ''].filter((h) => h !== '' && squash(h).length <= 3),
    ...a.blocks.flatMap((b) => (b.type === 'heading' && squash(b.text).length <= 3 ? [b.text] : [])),
  ]);
  if (stray.length > 0) console.log(`  stray headings: ${stray.map((h) => JSON.stringify(h)).join(' ')}`);
  const kept = cjkKept(dedupeGlyphs(content.glyphs), reading);
  console.log(
    `${name}: stories ${found}/${expected.articles.length}, authors ${authors}, points ${points}, runs ${runs}/${runsTotal}, heads ${heads}/${headsTotal}, furniture outside ${furnitureOut}/${expected.notArticles.length}, stray headings ${stray.length}, ` +
      `CJK kept ${(100 * kept).toFixed(1)} %, articles read ${reading.articles.length}, text ${Math.round(t1 - t0)} ms, layout ${Math.round(t2 - t1)} ms`,
  );
  if (verbose)
    for (const a of reading.articles)
      console.log(
        `    · ${a.kicker ? `[${a.kicker}] ` : ''}${a.headline}${a.subheadline ? ` — ${a.subheadline}` : ''} (${a.authors.map((x) => x.name).join(',')})`,
      );
}

const only = process.argv.slice(2);
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => f.slice(0, -4))
  .filter((n) => only.length === 0 || only.some((o) => n.includes(o)));
for (const name of names) await bench(name);
