/**
 * The search index as it was built before 2026-11-25 (commit 12f86e2), kept for bench:search to measure against
 * in the same run: one shard per year, each by Pagefind's command-line indexer over one temporary HTML file per
 * article, up to two indexers at once. It writes no shards.json; it is not used by build or update-site. The page
 * each article becomes and the way Pagefind is run are the builder's own (unchanged since).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SearchDocument } from '../../src/search/searchDocument.ts';
import { documentHtml, INDEX_LANGUAGE, KEEP, runPagefind } from '../../src/search/buildSearchIndex.ts';
import { searchWords } from '../../src/search/searchWords.ts';

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
