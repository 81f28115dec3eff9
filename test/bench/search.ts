/**
 * `npm run bench:search [-- --editions 3650 --rounds 5]`: the search index on the generated ten-year archive
 * (test/bench/archive.ts), beside a one-edition index (the seed edition) built and measured in the same run.
 * Prints figures and PASS/FAIL budget lines; asserts nothing (exit 0 unless it cannot run). docs/search.md.
 *
 * 1. Build: buildSearchIndex over every document (wall time, CPU seconds of this process and the indexers it
 *    starts, bytes and files on disk, per shard), after the same documents built the way they were before
 *    2026-11-25 (searchBuildWithCli.ts: by year, input HTML on disk) as the baseline; then what `update-site`
 *    does: one edition added to the newest month (its shard re-indexed), against the whole year re-indexed as
 *    before. After the browser part: the first edition of a new month (the closed month folded into its year).
 * 2. In Debian's Chromium (never a downloaded browser), served by src/cli/staticServer.ts (gzip/brotli, the
 *    app's CSP from the _headers the build writes, src/cli/securityHeaders.ts): a page that bundles the reader's search client (search-harness.ts).
 *    Cold: a fresh browser context's first query; bytes are every response the query caused, as sent (brotli).
 *    Warm: further queries on the same page, timed from the call to the frame after the results are drawn.
 */
import { headersFile } from '../../src/cli/securityHeaders.ts';
import { cpSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM, CHROMIUM_FLAGS } from '../e2e/chromium.ts';
import { startStaticServer } from '../../src/cli/staticServer.ts';
import { buildSearchIndex, type SearchIndexReport } from '../../src/search/buildSearchIndex.ts';
import { cpuSeconds } from './cpuSeconds.ts';
import { buildSearchIndexWithCli } from './searchBuildWithCli.ts';
import { searchDocumentsOf, type SearchDocument } from '../../src/search/searchDocument.ts';
import { SEARCH_FOLDER } from '../../src/search/searchIndexFiles.ts';
import { generateArchive } from './archive.ts';

const { values } = parseArgs({
  options: {
    editions: { type: 'string', default: '3650' },
    rounds: { type: 'string', default: '5' },
    /** Build the baseline (the build as it was before 2026-11-25) first, to compare in the same run. */
    baseline: { type: 'boolean', default: true },
    'no-baseline': { type: 'boolean', default: false },
    concurrency: { type: 'string', default: String(availableParallelism()) },
    /** Build before and now this many times, alternately (the machine's load varies): medians are compared. */
    'build-rounds': { type: 'string', default: '1' },
    /** The archive's last day (default the seed's, 2024-07-05); a month's last day puts a full month in the recent shard. */
    'last-date': { type: 'string' },
  },
});
const EDITIONS = Number(values.editions);
const ROUNDS = Number(values.rounds);
const CONCURRENCY = Number(values.concurrency);
const OUT = resolve('bench-out/search');
const QUERIES = ['暑假', '核技术', '政协 提案', '张清', '5G', '2024年'];
const TARGETS: Record<string, string> = { 暑假: '网络对话:快乐过暑假 娃娃安全不放假', 核技术: '夹江县:创新为“核” 跑出高质量发展“加速度”' };
const BUDGET = { warmMs: 50, firstQueryBytes: 300 * 1024, buildMs: 60_000 };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

function diskUsage(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = diskUsage(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

console.log(`bench:search, ${new Date().toISOString().slice(0, 10)}; load average at start: ${load()}`);
rmSync(OUT, { recursive: true, force: true });

// 1. Documents and build ------------------------------------------------------------------------------------------
const start = performance.now();
const editions = [...generateArchive({ editions: EDITIONS, ...(values['last-date'] ? { lastDate: values['last-date'] } : {}) })];
const documents: SearchDocument[] = editions.flatMap((e) => searchDocumentsOf(e));
const seedDocuments = searchDocumentsOf(editions.at(-1)!);
const chars = documents.reduce((n, d) => n + d.headline.length + d.text.length, 0);
console.log(
  `archive: ${editions.length} editions ${editions[0]!.date} … ${editions.at(-1)!.date}, ${documents.length} articles, ` +
    `${(chars / 1e6).toFixed(1)} M characters (generated in ${s(performance.now() - start)})`,
);

const roots = { archive: join(OUT, 'archive'), baseline: join(OUT, 'one-edition') };

/** Runs `work`, returning its wall time and the CPU seconds it cost (with the indexers it ran), and the load around it. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; cpu: number | null; load: string }> {
  const before = { cpu: cpuSeconds(), load: loadavg()[0]!.toFixed(1), at: performance.now() };
  const value = await work();
  const after = cpuSeconds();
  return {
    value,
    ms: performance.now() - before.at,
    cpu: after !== null && before.cpu !== null ? after - before.cpu : null,
    load: `${before.load}→${loadavg()[0]!.toFixed(1)}`,
  };
}
const cpu = (seconds: number | null) =>
  seconds === null ? 'CPU n/a' : `CPU ${seconds.toFixed(1)} s (≥ ${(seconds / 2).toFixed(1)} s on two idle cores)`;

console.log(`\nindex build (${CONCURRENCY} indexers at once; CPU = user + system of this process and the indexers it ran):`);
const befores: Awaited<ReturnType<typeof timed>>[] = [];
const nows: Awaited<ReturnType<typeof timed<SearchIndexReport>>>[] = [];
for (let round = 0; round < Number(values['build-rounds']); round++) {
  if (values.baseline && !values['no-baseline']) {
    const before = await timed(() => buildSearchIndexWithCli(documents, join(OUT, 'cli-baseline'), CONCURRENCY));
    rmSync(join(OUT, 'cli-baseline'), { recursive: true, force: true });
    befores.push(before);
    console.log(`  before (by year, HTML on disk): ${s(before.ms)}, ${cpu(before.cpu)}, load ${before.load}`);
  }
  rmSync(join(roots.archive, SEARCH_FOLDER), { recursive: true, force: true });
  const now = await timed(() => buildSearchIndex(documents, join(roots.archive, SEARCH_FOLDER), { concurrency: CONCURRENCY }));
  nows.push(now);
  console.log(`  now:                           ${s(now.ms)}, ${cpu(now.cpu)}, load ${now.load}`);
}
const medianOf = (runs: { ms: number; cpu: number | null }[]) => ({
  ms: median(runs.map((r) => r.ms)),
  cpu: runs.every((r) => r.cpu !== null) ? median(runs.map((r) => r.cpu!)) : null,
});
const now = medianOf(nows);
const report = nows.at(-1)!.value;
const disk = diskUsage(join(roots.archive, SEARCH_FOLDER));
if (befores.length) {
  const before = medianOf(befores);
  console.log(
    `  median of ${befores.length}: before ${s(before.ms)}, ${cpu(before.cpu)}; now ${s(now.ms)}, ${cpu(now.cpu)}: ` +
      `now/before ${(now.ms / before.ms).toFixed(2)}× wall${before.cpu !== null && now.cpu !== null ? `, ${(now.cpu / before.cpu).toFixed(2)}× CPU` : ''}`,
  );
}
console.log(`  now: ${mb(disk.bytes)} in ${disk.files} files   ${verdict(now.ms <= BUDGET.buildMs)} (budget ${s(BUDGET.buildMs)} wall)`);
const again = await timed(() => buildSearchIndex(documents, join(roots.archive, SEARCH_FOLDER), { concurrency: CONCURRENCY }));
console.log(
  `  again, nothing changed: ${s(again.ms)}, ${cpu(again.cpu)} (${again.value.shards.filter((x) => x.reused).length} of ${again.value.shards.length} shards unchanged and kept)`,
);
const baselineReport = await buildSearchIndex(seedDocuments, join(roots.baseline, SEARCH_FOLDER));
const baselineDisk = diskUsage(join(roots.baseline, SEARCH_FOLDER));
console.log(`  one edition: ${s(baselineReport.ms)}, ${kb(baselineDisk.bytes)} in ${baselineDisk.files} files`);
console.log(`  per shard: ${report.shards.map((shard) => `${shard.id} ${s(shard.ms)} (${shard.documents})`).join(', ')}`);

// update-site's search step: one edition added to the newest month.
const lastDate = editions.at(-1)!.date;
const recentMonth = lastDate.slice(0, 7);
const nextDay = new Date(Date.parse(`${lastDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const [newEdition] = [...generateArchive({ editions: 1, lastDate: nextDay, seed: 7 })];
const newDocuments = searchDocumentsOf(newEdition!);
const opensMonth = nextDay.slice(0, 7) !== recentMonth;
const inYear = documents.filter((d) => d.date.startsWith(recentMonth.slice(0, 4)));
if (opensMonth) {
  console.log(`  update-site, one edition added: the next day (${nextDay}) opens a month; see the fold at the end`);
} else {
  const inMonth = [...documents.filter((d) => d.date.startsWith(recentMonth)), ...newDocuments];
  inYear.push(...newDocuments);
  const yearBefore = await timed(() => buildSearchIndexWithCli(inYear, join(OUT, 'cli-update'), 1));
  rmSync(join(OUT, 'cli-update'), { recursive: true, force: true });
  const day = await timed(() =>
    buildSearchIndex(inMonth, join(roots.archive, SEARCH_FOLDER), { incremental: true, recentMonth, shards: [recentMonth] }),
  );
  console.log(
    `  update-site, one edition (${newDocuments.length} articles) added on ${nextDay}:\n` +
      `    before, its year re-indexed (${inYear.length} articles): ${s(yearBefore.ms)}, ${cpu(yearBefore.cpu)}\n` +
      `    now, its month re-indexed (${inMonth.length} articles):  ${s(day.ms)}, ${cpu(day.cpu)}`,
  );
}

// 2. In Chromium --------------------------------------------------------------------------------------------------
const harness = join(OUT, 'harness');
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: harness,
    emptyOutDir: true,
    minify: true,
    lib: { entry: resolve('test/bench/search-harness.ts'), formats: ['es'], fileName: () => 'harness.js' },
  },
});
const harnessBytes = statSync(join(harness, 'harness.js')).size;
for (const root of Object.values(roots)) {
  cpSync(join(harness, 'harness.js'), join(root, 'harness.js'));
  writeFileSync(join(root, '_headers'), headersFile('/'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>search bench</title>' +
      '<script type="module" src="./harness.js"></script></head><body><ol id="results"></ol></body></html>',
  );
}

interface Measured {
  coldMs: number;
  coldBytes: number;
  coldFiles: number;
  warm: Map<string, number[]>;
  answers: Map<string, { count: number; complete: boolean; headlines: string[] }>;
}

async function measure(browser: Browser, root: string): Promise<Measured> {
  const server = await startStaticServer(root);
  try {
    const result: Measured = { coldMs: 0, coldBytes: 0, coldFiles: 0, warm: new Map(), answers: new Map() };
    const colds: { ms: number; bytes: number; files: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => typeof window.benchQuery === 'function');
      const responses: Promise<number>[] = [];
      page.on('requestfinished', (request) => responses.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize)));
      const query = QUERIES[round % QUERIES.length]!;
      const cold = await page.evaluate((q) => window.benchQuery(q), query);
      const bytes = (await Promise.all(responses)).reduce((a, b) => a + b, 0);
      colds.push({ ms: cold.ms, bytes, files: responses.length });
      page.removeAllListeners('requestfinished');
      // Warm: every query, in turns, on the page that has searched once.
      for (let turn = 0; turn < 3; turn++) {
        for (const q of QUERIES) {
          const warm = await page.evaluate((text) => window.benchQuery(text), q);
          result.warm.set(q, [...(result.warm.get(q) ?? []), warm.ms]);
          result.answers.set(q, { count: warm.count, complete: warm.complete, headlines: warm.headlines });
        }
      }
      if (errors.length) throw new Error(`the harness page failed: ${errors.join('; ')}`);
      await context.close();
    }
    result.coldMs = median(colds.map((c) => c.ms));
    result.coldBytes = Math.max(...colds.map((c) => c.bytes));
    result.coldFiles = Math.max(...colds.map((c) => c.files));
    return result;
  } finally {
    await server.close();
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const archive = await measure(browser, roots.archive);
const baseline = await measure(browser, roots.baseline);
await browser.close();

console.log(`\nin Chromium (${CHROMIUM}), unthrottled; the search client bundle: ${kb(harnessBytes)} minified, fetched once`);
console.log('                               ten years      one edition');
const row = (label: string, a: string, b: string) => console.log(`  ${label.padEnd(29)}${a.padEnd(15)}${b}`);
row('first query, bytes (max)', kb(archive.coldBytes), kb(baseline.coldBytes));
row('first query, files (max)', String(archive.coldFiles), String(baseline.coldFiles));
row(`first query, ms (median of ${ROUNDS})`, `${archive.coldMs.toFixed(0)} ms`, `${baseline.coldMs.toFixed(0)} ms`);
const warmAll = (m: Measured) => median([...m.warm.values()].flat());
row('warm query → painted, median', `${warmAll(archive).toFixed(1)} ms`, `${warmAll(baseline).toFixed(1)} ms`);
row(
  'warm, slowest query median',
  `${Math.max(...[...archive.warm.values()].map(median)).toFixed(1)} ms`,
  `${Math.max(...[...baseline.warm.values()].map(median)).toFixed(1)} ms`,
);
console.log(
  `  ${verdict(archive.coldBytes <= BUDGET.firstQueryBytes)} first query ≤ ${kb(BUDGET.firstQueryBytes)}; ${verdict(warmAll(archive) <= BUDGET.warmMs)} warm ≤ ${BUDGET.warmMs} ms`,
);

console.log('\nqueries on the ten-year index (first page of 10; count is of the years searched to fill it):');
for (const q of QUERIES) {
  const answer = archive.answers.get(q)!;
  const one = baseline.answers.get(q)!;
  const target = TARGETS[q];
  const place = target ? answer.headlines.indexOf(target) : -1;
  console.log(
    `  ${q.padEnd(8)} ${median(archive.warm.get(q)!).toFixed(1).padStart(6)} ms  ${String(answer.count).padStart(5)}${answer.complete ? ' ' : '+'} found` +
      `${target ? `, ${target.slice(0, 12)}… ${place === -1 ? 'not on page 1' : `#${place + 1}`}` : ''}; one edition: ${one.count} (${one.headlines.slice(0, 2).join(' / ')})`,
  );
  console.log(`           top: ${answer.headlines.slice(0, 3).join(' / ')}`);
}
// The first edition of the next month: the month that closed is folded into its year (once a month).
const firstOfMonth = new Date(Date.UTC(Number(recentMonth.slice(0, 4)), Number(recentMonth.slice(5, 7)), 1)).toISOString().slice(0, 10);
const nextMonth = firstOfMonth.slice(0, 7);
const [monthEdition] = [...generateArchive({ editions: 1, lastDate: firstOfMonth, seed: 8 })];
const fold = await timed(() =>
  buildSearchIndex([...inYear, ...searchDocumentsOf(monthEdition!)], join(roots.archive, SEARCH_FOLDER), {
    incremental: true,
    recentMonth: nextMonth,
    shards: [recentMonth, recentMonth.slice(0, 4), nextMonth],
  }),
);
console.log(
  `\nupdate-site, the first edition of a month (${firstOfMonth}): ${fold.value.shards.map((x) => `${x.id} (${x.documents})`).join(' and ')} re-indexed, ` +
    `${s(fold.ms)}, ${cpu(fold.cpu)}, once a month`,
);
console.log(`\nload average at end: ${load()}`);
