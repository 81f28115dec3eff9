/**
 * `npm run bench:ingest [-- --mb 100]`: parse throughput over a generated archive of seed-like pages, beside a
 * bare `split('\n')` pass over the same strings in the same run (the floor any line-based parser pays).
 * The archive is written to a temporary folder and read back, as `npm run ingest` would; timings cover
 * parsing only, not disk I/O.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parsePage } from '../../src/ingest/parsePage.ts';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '100' }, runs: { type: 'string', default: '3' } } });
const targetBytes = Number(values.mb) * 1024 * 1024;
const runs = Number(values.runs);
const seed = readFileSync('data/papers/lsrb/2024-07-05/leshan-daily-2024-07-05.txt', 'utf8');

// Seed-like pages: the seed's blocks in a shuffled order (a deterministic LCG), so no two pages are equal.
const blocks = seed.split(/\n{2,}/);
let state = 42;
const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
let written = 0;
for (let n = 0; written < targetBytes; n++) {
  const page = [...blocks].sort(() => random() - 0.5).join('\n\n');
  writeFileSync(join(dir, `page-${String(n).padStart(5, '0')}.txt`), page);
  written += Buffer.byteLength(page);
}
const pages = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
rmSync(dir, { recursive: true, force: true });
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
const mb = bytes / 1024 / 1024;

function time(fn: () => number): { ms: number; check: number } {
  const start = process.hrtime.bigint();
  const check = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, check };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const splitRuns: number[] = [];
const parseRuns: number[] = [];
let articles = 0;
let lines = 0;
for (let r = 0; r < runs; r++) {
  const s = time(() => pages.reduce((n, p) => n + p.split('\n').length, 0));
  lines = s.check;
  splitRuns.push(s.ms);
  const p = time(() => pages.reduce((n, page) => n + parsePage(page).articles.length, 0));
  articles = p.check;
  parseRuns.push(p.ms);
}
const splitMs = median(splitRuns);
const parseMs = median(parseRuns);
console.log(`archive: ${pages.length} pages, ${mb.toFixed(1)} MB (UTF-8), ${lines} lines, ${articles} articles parsed`);
console.log(`split('\\n') baseline: ${splitMs.toFixed(0)} ms  ${(mb / (splitMs / 1000)).toFixed(0)} MB/s   (median of ${runs})`);
console.log(`parsePage:            ${parseMs.toFixed(0)} ms  ${(mb / (parseMs / 1000)).toFixed(1)} MB/s   (median of ${runs})`);
console.log(`parsePage costs ${(parseMs / splitMs).toFixed(0)}× the bare split; ${((parseMs / pages.length) * 1000).toFixed(0)} µs per page`);
