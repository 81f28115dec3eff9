/**
 * The search index as it was built before 2026-11-25 (commit 12f86e2), kept for bench:search to measure against
 * in the same run: one shard per year, each by Pagefind's command-line indexer over one temporary HTML file per
 * article, up to two indexers at once. It writes no shards.json; it is not used by build or update-site.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchDocument } from '../../src/search/searchDocument.ts';
import { searchWords, spacedText } from '../../src/search/searchWords.ts';
import { FILTER, SORT_KEY, TITLE_FILLER } from '../../src/search/searchIndexFiles.ts';

const INDEX_LANGUAGE = 'zxx';
const KEEP = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|.*\.pf_meta|wasm\..*\.pagefind|index|fragment|filter)$/;

/** Every document, one index per year into outDir/<year>, `concurrency` indexers at once (2 before). */
export async function buildSearchIndexWithCli(documents: readonly SearchDocument[], outDir: string, concurrency = 2): Promise<void> {
  const byYear = new Map<string, SearchDocument[]>();
  for (const doc of documents) {
    const year = doc.date.slice(0, 4);
    const list = byYear.get(year);
    if (list) list.push(doc);
    else byYear.set(year, [doc]);
  }
  mkdirSync(outDir, { recursive: true });
  const queue = [...byYear.entries()].sort(([a], [b]) => b.localeCompare(a));
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await buildShard(next[0], next[1], outDir);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, worker));
}

async function buildShard(year: string, docs: readonly SearchDocument[], outDir: string): Promise<void> {
  const titles = docs.map((doc) => searchWords(doc.headline));
  // One filler at least: it marks where the headline ends, and the client drops the headline from snippets.
  const titleSlots = 1 + Math.max(0, ...titles.map((words) => words.length));
  const site = mkdtempSync(join(tmpdir(), `search-${year}-`));
  const staging = join(outDir, `.tmp-${year}-${process.pid}`);
  try {
    docs.forEach((doc, i) => writeFileSync(join(site, `${i}.html`), documentHtml(doc, titles[i]!, titleSlots)));
    rmSync(staging, { recursive: true, force: true });
    await runPagefind(['--site', site, '--output-path', staging, '--force-language', INDEX_LANGUAGE, '--silent']);
    for (const entry of readdirSync(staging)) if (!KEEP.test(entry)) rmSync(join(staging, entry), { recursive: true, force: true });
    const target = join(outDir, year);
    const old = `${target}.old-${process.pid}`;
    if (existsSync(target)) renameSync(target, old);
    renameSync(staging, target);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(site, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * One article as the page Pagefind indexes. Its text, in word positions: the headline's words, filler up to
 * `titleSlots`, then kicker, subheadline, byline and body, spaced into words. Everything shown in a result
 * (the real headline, the URL, date, paper, page, sections) travels as metadata.
 */
function documentHtml(doc: SearchDocument, titleWords: readonly string[], titleSlots: number): string {
  const text = [
    titleWords.join(' '),
    Array.from({ length: titleSlots - titleWords.length }, () => TITLE_FILLER).join(' '),
    ...[doc.kicker, doc.subheadline, doc.byline, doc.text].map((field) => spacedText(field ?? '')),
  ]
    .filter(Boolean)
    .join(' ');
  const meta: Record<string, string> = {
    title: doc.headline,
    url: doc.url,
    paper: doc.paper,
    date: doc.date,
    page: String(doc.page),
    pageName: doc.pageName ?? '',
    sections: JSON.stringify(doc.sections.map((s) => s.name)),
  };
  const filters: [string, string][] = [
    [FILTER.paper, doc.paperSlug],
    [FILTER.page, String(doc.page)],
    [FILTER.date, doc.date],
    ...doc.sections.map((s): [string, string] => [FILTER.section, s.slug]),
  ];
  const order = `${doc.date}-${String(999 - doc.page).padStart(3, '0')}`;
  return [
    `<!doctype html><html lang="${INDEX_LANGUAGE}"><body><main data-pagefind-body>`,
    `<p>${escapeHtml(text)}</p>`,
    ...Object.entries(meta).map(([key, value]) => `<span data-pagefind-meta="${key}:${escapeHtml(value)}"></span>`),
    ...filters.map(([key, value]) => `<span data-pagefind-filter="${key}:${escapeHtml(value)}"></span>`),
    `<span data-pagefind-sort="${SORT_KEY}:${order}"></span>`,
    '</main></body></html>',
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The pagefind package's own launcher, which finds the platform binary it installed from npm. */
function pagefindLauncher(): string {
  let main: string;
  try {
    main = fileURLToPath(import.meta.resolve('pagefind'));
  } catch {
    main = join(process.cwd(), 'node_modules', 'pagefind', 'lib', 'index.js');
  }
  return join(dirname(main), 'runner', 'bin.cjs');
}

function runPagefind(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pagefindLauncher(), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`pagefind exited with ${code}: ${output.trim().split('\n').slice(-5).join(' / ')}`)),
    );
  });
}
