/**
 * The search index as it was built before 2026-11-25 (commit 12f86e2), for bench:search to measure against in the
 * same run: one shard per year (no month apart), the indexer's input pages in the temp folder on disk (not
 * /dev/shm), up to two indexers at once, no shard kept from an earlier build. Each shard is built by the
 * builder's own buildShard (src/search/buildSearchIndex.ts), so the pages and the indexer's flags are today's.
 * It writes no shards.json; it is not used by build or update-site.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { SearchDocument } from '../../src/search/searchDocument.ts';
import { buildShard } from '../../src/search/buildSearchIndex.ts';

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
    for (let next = queue.shift(); next; next = queue.shift()) await buildShard(next[0], next[1], '', outDir, tmpdir());
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, worker));
}
