/**
 * `npm run bench:archive [-- --days 3650]`: the reader with ten years of one paper, beside a site of one edition
 * (the same latest edition) built and measured in the same run. Prints figures and PASS/FAIL lines against the
 * targets of the archive issue; asserts nothing. Method and latest figures: docs/performance.md.
 *
 *   full build      ingest (a process, as `npm run build` runs it) + the typecheck + vite build, wall clock
 *   add a day       `npm run update-site` (a process) after one more edition folder appears
 *   prerender       every route of the URL contract drawn to HTML (src/cli/prerender.ts, one worker per core), wall
 *                   clock; the pages written, their files and bytes on disk
 *   add a day       the same, for the pages update-site draws again after one more edition (its page step)
 *   first view      every response of a fresh load of `/` until the network is idle, gzip -9 and brotli q11,
 *                   and the number of DOM elements, in Debian's Chromium
 *   calendar        click 往期 on an edition of a year that is not the latest → frame after its day links
 *                   appear; cold (first opening) and warm (opened before), median of several
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { BUILD_OPTIONS, prerender, SERVER_DIR, SHELL } from '../../src/cli/prerender.ts';
import { prerenderChanges } from '../../src/cli/prerenderChanges.ts';
import { publishUpdate } from '../../src/cli/publish.ts';
import { urls } from '../../src/schema/urls.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../e2e/chromium.ts';
import { startStaticServer } from '../../src/cli/staticServer.ts';
import { addDays, writeArchive } from './rawArchive.ts';
import { cpuSeconds } from './cpuSeconds.ts';

const { values } = parseArgs({ options: { days: { type: 'string', default: '3650' }, keep: { type: 'boolean', default: false } } });
const DAYS = Number(values.days);
const FROM = '2014-07-08';
const LAST = addDays(FROM, DAYS - 1);
const SLUG = 'lsrb';
const root = mkdtempSync(join(tmpdir(), 'bench-archive-'));
const bin = (name: string) => resolve('node_modules/.bin', name);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function run(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return performance.now() - start;
}

function du(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** The prerendered pages of a site: every HTML file outside its data folder. */
function htmlSize(dist: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html') || entry.parentPath.startsWith(join(dist, 'data'))) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

console.log(
  `bench:archive on ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} at start`,
);

// 1. The inputs: ten years of one paper, and a site holding only its latest edition.
interface Site {
  name: string;
  data: string;
  dist: string;
}
const ten: Site = { name: `${DAYS} editions`, data: join(root, 'ten/data'), dist: join(root, 'ten/dist') };
const one: Site = { name: '1 edition', data: join(root, 'one/data'), dist: join(root, 'one/dist') };
const start = performance.now();
const stats = writeArchive({ dataDir: ten.data, slug: SLUG, name: '乐山日报', from: FROM, days: DAYS });
// The one-edition site holds the same latest edition: the same generator, the same seed, keeping the last day.
writeArchive({ dataDir: one.data, slug: SLUG, name: '乐山日报', from: FROM, days: DAYS, keepOnly: LAST });
console.log(
  `generated: ${stats.editions} editions ${FROM} … ${LAST}, ${stats.pages} pages, ${stats.articles} articles, ` +
    `${(stats.bytes / 1024 / 1024).toFixed(1)} MB of raw text (${seconds(performance.now() - start)})`,
);

// 2. Full build: what `npm run build` does, on each data folder.
console.log('\nFull build (wall clock)');
const tsc = run('npm', ['run', '-s', 'typecheck']);
const builds: Record<string, number> = {};
for (const site of [one, ten]) {
  const vite = run(bin('vite'), ['build', '--outDir', site.dist, '--emptyOutDir', '--logLevel', 'error']);
  // Not prerendered here (measured per page in docs/performance.md): the app shell answers every route.
  copyFileSync(join(site.dist, 'index.html'), join(site.dist, '404.html'));
  const ingest = run(bin('tsx'), ['src/cli/ingest.ts', '--data', site.data, '--out', join(site.dist, 'data')]);
  builds[site.name] = tsc + vite + ingest;
  const size = du(join(site.dist, 'data'));
  console.log(
    `${site.name.padEnd(15)} ${seconds(tsc + vite + ingest).padStart(8)}  (ingest ${seconds(ingest)}, typecheck ${seconds(tsc)}, vite build ${seconds(vite)}); ` +
      `data: ${size.files} files, ${(size.bytes / 1024 / 1024).toFixed(1)} MB`,
  );
}

// 2b. Prerender: the build's last step, with the app's server bundle built as `npm run build` builds it.
console.log('\nPrerender every route (wall clock; the last step of the full build)');
run(bin('vite'), ['build', '--ssr', 'src/app/server.tsx', '--outDir', SERVER_DIR, '--emptyOutDir', '--logLevel', 'error']);
copyFileSync(join(one.dist, 'index.html'), SHELL);
writeFileSync(BUILD_OPTIONS, `${JSON.stringify({ base: '/', siteUrl: '' })}\n`);
const prerenders: Record<string, { ms: number; cpu: number; pages: number; files: number; bytes: number }> = {};
for (const site of [one, ten]) {
  const cpuBefore = cpuSeconds() ?? 0;
  const { pages, ms } = await prerender({ dist: site.dist, base: '/', siteUrl: '', fresh: true });
  const cpu = (cpuSeconds() ?? Number.NaN) - cpuBefore;
  const html = htmlSize(site.dist);
  prerenders[site.name] = { ms, cpu, pages, ...html };
  console.log(
    `${site.name.padEnd(15)} ${seconds(ms).padStart(8)}  ${pages} pages (${(ms / pages).toFixed(2)} ms a page); ` +
      `${html.files} HTML files, ${(html.bytes / 1024 / 1024).toFixed(1)} MB (${kb(html.bytes / html.files)} a file); ` +
      `CPU ${cpu.toFixed(1)} s (${((cpu * 1000) / pages).toFixed(2)} ms a page), so ${seconds((cpu * 1000) / cpus().length)} on ${cpus().length} idle cores`,
  );
}

// 3. Add a day with update-site, on a data-only copy of each site (its data step: no search index, no pages; those
// are measured by bench:search and per page below). Three days in a row, on a copy of the raw data (3b adds its own
// day): the first run after a build links every file into the next generation; the second starts from the
// generation before (recycled) and, since the current one was linked afresh, compares every folder; from the third
// on, the daily case, it redoes only what the run before changed (src/cli/generations.ts).
console.log('\nAdd one edition a day with update-site, data step (wall clock, including the process start)');
const adds: Record<string, number[]> = {};
for (const site of [one, ten]) {
  const dataOnly = join(root, `${site === ten ? 'ten' : 'one'}/data-site`);
  const raw = join(root, `${site === ten ? 'ten' : 'one'}/raw-copy`);
  cpSync(site.data, raw, { recursive: true });
  run(bin('tsx'), ['src/cli/ingest.ts', '--data', raw, '--out', join(dataOnly, 'data')]);
  const times: number[] = (adds[site.name] = []);
  let lastEnd = 0;
  for (const k of [1, 2, 3]) {
    writeArchive({ dataDir: raw, slug: SLUG, name: '乐山日报', from: FROM, days: DAYS + k, keepOnly: addDays(LAST, k), seed: 7 });
    // A run counts as its own every folder touched within a minute before it began (a margin for the clock), and the
    // next run redoes those: days apart in real use, so the second run waits that minute out after the first here.
    if (k === 2) await new Promise((resolve) => setTimeout(resolve, Math.max(0, lastEnd + 61_000 - Date.now())));
    times.push(run(bin('tsx'), ['src/cli/update-site.ts', '--data', raw, '--dist', dataOnly, '--data-only']));
    lastEnd = Date.now();
  }
  const noop = run(bin('tsx'), ['src/cli/update-site.ts', '--data', raw, '--dist', dataOnly, '--data-only']);
  const [first, second, daily] = adds[site.name]!;
  console.log(
    `${site.name.padEnd(15)} ${seconds(daily!).padStart(8)} a day  (the first run after a build ${seconds(first!)}, the second ${seconds(second!)}; ` +
      `a run with nothing new ${seconds(noop)})`,
  );
}
writeArchive({ dataDir: ten.data, slug: SLUG, name: '乐山日报', from: FROM, days: DAYS + 1, keepOnly: addDays(LAST, 1), seed: 7 });
writeArchive({ dataDir: one.data, slug: SLUG, name: '乐山日报', from: FROM, days: DAYS + 1, keepOnly: addDays(LAST, 1), seed: 7 });

// 3b. update-site's page step on the prerendered sites: the new day's data published as update-site does, then
// the pages it changes drawn again (its search step is bench:search's).
console.log('\nAdd one edition: the pages update-site draws again (wall clock, in this process)');
const pageAdds: Record<string, number> = {};
for (const site of [one, ten]) {
  const published = await publishUpdate({ dataDir: site.data, outDir: join(site.dist, 'data') });
  const { pages, ms } = await prerenderChanges(site.dist, published);
  pageAdds[site.name] = ms;
  console.log(`${site.name.padEnd(15)} ${seconds(ms).padStart(8)}  ${pages} pages`);
}

// 4. First view and 5. calendar, in Chromium.
const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
interface FirstView {
  gzip: number;
  brotli: number;
  raw: number;
  requests: number;
  elements: number;
}
async function firstView(site: Site): Promise<FirstView> {
  const server = await startStaticServer(site.dist);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bodies: Promise<Buffer | null>[] = [];
  page.on('response', (response) => bodies.push(response.body().catch(() => null)));
  // The app's entry script, waited for by name: once, under load, `networkidle` came before it was even asked for,
  // and the figure counted a page without its JavaScript.
  const entry = page.waitForResponse((response) => /\/assets\/index-[\w-]+\.js$/.test(response.url()), { timeout: 30_000 });
  await page.goto(`${server.url}/`);
  await page.getByRole('heading', { level: 1, name: '乐山日报' }).waitFor();
  await entry;
  await page.waitForLoadState('networkidle');
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  const view: FirstView = { gzip: 0, brotli: 0, raw: 0, requests: 0, elements };
  for (const body of await Promise.all(bodies)) {
    if (!body) continue;
    view.requests++;
    view.raw += body.length;
    view.gzip += gzipSync(body, { level: 9 }).length;
    view.brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  await context.close();
  await server.close();
  return view;
}

console.log('\nFirst view of / (every response until the network is idle; desktop)');
const views: Record<string, FirstView> = {};
for (const site of [one, ten]) {
  const v = (views[site.name] = await firstView(site));
  console.log(
    `${site.name.padEnd(15)} ${String(v.requests).padStart(3)} requests  raw ${kb(v.raw).padStart(9)}  gzip ${kb(v.gzip).padStart(8)}  brotli ${kb(v.brotli).padStart(8)}  ${v.elements} DOM elements`,
  );
}

console.log('\nOpen the 往期 calendar on an edition of a year that is not the latest (click → frame after its day links appear)');
const server = await startStaticServer(ten.dist);
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const oldDate = addDays(FROM, Math.min(600, Math.floor(DAYS / 3)));
await page.goto(server.url + urls.edition(SLUG, oldDate));
await page.getByRole('heading', { level: 1, name: '乐山日报' }).waitFor();
await page.waitForLoadState('networkidle');
// No named inner functions in the page: tsx compiles them with a __name helper the page does not have.
const openCalendar = () =>
  page.evaluate(
    () =>
      new Promise<number>((done) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === '往期')!;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('[role="dialog"] td a') === null) return;
          observer.disconnect();
          requestAnimationFrame(() => done(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        button.click();
      }),
  );
const cold = await openCalendar();
const warm: number[] = [];
for (let i = 0; i < 9; i++) {
  await page.keyboard.press('Escape');
  await page.waitForSelector('[role="dialog"]', { state: 'detached' });
  warm.push(await openCalendar());
}
console.log(
  `year ${oldDate.slice(0, 4)}: cold ${Math.round(cold)} ms (its code and the year's file fetched on the click), warm ${Math.round(median(warm))} ms median of ${warm.length}`,
);
await context.close();
await server.close();
await browser.close();

// Targets
const target = (ok: boolean, text: string) => console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
const tenView = views[ten.name]!;
const oneView = views[one.name]!;
const growth = (a: number, b: number) => `${(((a - b) / b) * 100).toFixed(1)} %`;
console.log('\nTargets');
target(builds[ten.name]! <= 60_000, `full build of ${DAYS} editions ≤ 60 s: ${seconds(builds[ten.name]!)}`);
target(prerenders[ten.name]!.ms <= 60_000, `prerendering ${DAYS} editions adds ≤ 60 s to the full build: ${seconds(prerenders[ten.name]!.ms)}`);
const idle = (prerenders[ten.name]!.cpu * 1000) / cpus().length;
target(idle <= 60_000, `  the same from its CPU time, on ${cpus().length} idle cores: ${seconds(idle)}`);
target(pageAdds[ten.name]! <= 2_000, `one added edition's pages ≤ 2 s: ${seconds(pageAdds[ten.name]!)}`);
target(
  adds[ten.name]![2]! <= 2_000,
  `one added edition ≤ 2 s (a day's run; the first after a build ${seconds(adds[ten.name]![0]!)}): ${seconds(adds[ten.name]![2]!)}`,
);
target(tenView.gzip <= oneView.gzip * 1.05, `first view within +5 % gzip: ${growth(tenView.gzip, oneView.gzip)}`);
target(tenView.brotli <= oneView.brotli * 1.05, `first view within +5 % brotli: ${growth(tenView.brotli, oneView.brotli)}`);
target(tenView.elements <= oneView.elements * 1.05, `first view within +5 % DOM elements: ${growth(tenView.elements, oneView.elements)}`);
target(median(warm) <= 100, `calendar open warm ≤ 100 ms: ${Math.round(median(warm))} ms`);
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

if (values.keep) console.log(`\nkept ${root}`);
else rmSync(root, { recursive: true, force: true });
