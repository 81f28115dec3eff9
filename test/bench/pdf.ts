/**
 * `npm run bench:pdf [-- --pages 16 --samples DIR]`: a 16-page edition made from the sample page PDFs
 * (../shared/samples-pdf, the readable ones repeated), each page through the steps a build takes: text (pdf.js
 * glyphs), layout (src/ingest/pdf), render (1600 px), encode (the page images and thumbnail, WebP). Wall and CPU
 * time per page for each, beside poppler's `pdftoppm -r 150` + `pdftotext` on the same pages in the same run, and
 * the page-image bytes at each width. No cache: every page is rendered and encoded here.
 *
 * Targets (issue 21): all steps ≤ 3 s a page on this machine when idle; the phone's image (800 px) ≤ 150 KB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkTextLayer, readPdfLayout } from '../../src/ingest/pdf/readLayout.ts';
import { openPdf } from '../../src/pdf/openPdf.ts';
import { encodeWebp, PAGE_IMAGE_SPECS, RENDER_WIDTH, THUMBNAIL_SPEC } from '../../src/pdf/encodeImage.ts';
import { renderPage } from '../../src/pdf/renderPage.ts';
import { cpuSeconds } from './cpuSeconds.ts';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '16' }, samples: { type: 'string', default: '../shared/samples-pdf' } },
});
const samplesDir = resolve(values.samples);
const samples = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.pdf') && !f.includes('garbled'))
  .sort()
  .map((f) => join(samplesDir, f));
if (samples.length === 0) throw new Error(`no sample PDFs in ${samplesDir}`);
const edition = Array.from({ length: Number(values.pages) }, (_, i) => samples[i % samples.length]!);

type Step = 'text' | 'layout' | 'render' | 'encode';
const STEPS: Step[] = ['text', 'layout', 'render', 'encode'];
const totals: Record<Step, { wall: number; cpu: number }> = {
  text: { wall: 0, cpu: 0 },
  layout: { wall: 0, cpu: 0 },
  render: { wall: 0, cpu: 0 },
  encode: { wall: 0, cpu: 0 },
};
const bytesByWidth = new Map<number, number[]>();
const phoneWidth = 800;

async function timed<T>(step: Step, run: () => Promise<T> | T): Promise<T> {
  const cpu = cpuSeconds() ?? 0;
  const start = performance.now();
  const value = await run();
  totals[step].wall += (performance.now() - start) / 1000;
  totals[step].cpu += (cpuSeconds() ?? 0) - cpu;
  return value;
}

console.log(
  `bench:pdf: ${edition.length} pages from ${samples.length} sample PDFs; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const pageRows: string[] = [];
for (const file of edition) {
  const before = { ...Object.fromEntries(STEPS.map((s) => [s, totals[s].wall])) } as Record<Step, number>;
  const doc = await timed('text', () => openPdf(file, new Uint8Array(readFileSync(file))));
  const content = await timed('text', () => doc.readPage(1));
  const reading = await timed('layout', () => (checkTextLayer(content).ok ? readPdfLayout(content) : null));
  const canvas = await timed('render', () => renderPage(doc.proxy, 1, RENDER_WIDTH));
  await timed('encode', async () => {
    for (const spec of [...PAGE_IMAGE_SPECS, THUMBNAIL_SPEC]) {
      const encoded = await encodeWebp(canvas, spec);
      bytesByWidth.set(spec.width, [...(bytesByWidth.get(spec.width) ?? []), encoded.bytes.length]);
    }
  });
  await doc.close();
  const spent = STEPS.map((s) => (totals[s].wall - before[s]).toFixed(2).padStart(6));
  pageRows.push(
    `${file.split('/').pop()!.slice(0, 40).padEnd(40)} ${spent.join(' ')}  ${content.glyphs.length} glyphs, ${reading?.articles.length ?? '-'} articles`,
  );
}

// poppler, the same pages, in the same run: what a C tool the publisher would have to install takes.
const out = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
const poppler = { wall: 0, cpu: 0 };
for (const [i, file] of edition.entries()) {
  for (const args of [
    ['pdftoppm', '-r', '150', file, join(out, `p${i}`)],
    ['pdftotext', file, join(out, `p${i}.txt`)],
  ]) {
    const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S', ...args], { encoding: 'utf8' });
    const [wall, user, system] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
    poppler.wall += wall!;
    poppler.cpu += user! + system!;
  }
}
rmSync(out, { recursive: true, force: true });

const n = edition.length;
const per = (x: number) => (x / n).toFixed(2);
console.log(`\nper page (s)                              ${STEPS.map((s) => s.padStart(6)).join(' ')}`);
for (const row of pageRows) console.log(row);
console.log('\nstep      wall s/page  CPU s/page');
let wall = 0;
let cpu = 0;
for (const s of STEPS) {
  wall += totals[s].wall;
  cpu += totals[s].cpu;
  console.log(`${s.padEnd(9)} ${per(totals[s].wall).padStart(11)} ${per(totals[s].cpu).padStart(11)}`);
}
console.log(`${'all'.padEnd(9)} ${per(wall).padStart(11)} ${per(cpu).padStart(11)}   target ≤ 3 s: ${wall / n <= 3 ? 'met' : 'MISSED'}`);
console.log(
  `${'poppler'.padEnd(9)} ${per(poppler.wall).padStart(11)} ${per(poppler.cpu).padStart(11)}   (pdftoppm -r 150 + pdftotext; ours is ${(wall / poppler.wall).toFixed(1)}× its wall time)`,
);
console.log('\npage image   mean KB   max KB');
for (const [width, sizes] of [...bytesByWidth].sort((a, b) => a[0] - b[0])) {
  const max = Math.max(...sizes);
  console.log(
    `${String(width).padStart(5)} px  ${(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024).toFixed(0).padStart(8)} ${(max / 1024).toFixed(0).padStart(8)}${width === phoneWidth ? `   phone image, target ≤ 150 KB: ${max <= 150 * 1024 ? 'met' : 'MISSED'}` : ''}`,
  );
}
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
