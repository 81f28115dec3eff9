/**
 * Build time (Node only): search documents → a folder of static index files, one Pagefind index per shard plus
 * `shards.json` (searchIndexFiles.ts). A shard is a year of editions, or the recent shard: the newest edition's
 * month, kept apart from its year so that update-site re-indexes a month a day, not a year. Called by `build`
 * with every document of the archive, and by `update-site` with the documents of the shards an update touched
 * (`{ incremental: true }`): only those are rebuilt, the other shards stay as they are.
 *
 * Each shard is indexed by Pagefind's own indexer through its Node API (the `pagefind` package's binary, from
 * npm, offline, run as a service): every article goes in as a custom record, sent while the next ones are
 * still being split into words, so the indexer works while Node segments. No HTML is written or parsed: the
 * command-line indexer over one temporary HTML file per article cost 2 files created and removed per article,
 * and ext4's inode allocation after mass deletes was a third of the indexer's time (docs/search.md).
 * Each shard is written beside the old one and swapped in when complete, so a failed build leaves the old index.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { writeFileChecked } from '../cli/faults.ts';
import type { SearchDocument } from './searchDocument.ts';
import { searchWords, spacedText } from './searchWords.ts';
import {
  FILTER,
  SEARCH_INDEX_VERSION,
  SHARDS_FILE,
  SORT_KEY,
  SearchIndexManifestSchema,
  TITLE_FILLER,
  isMonthShard,
  shardOf,
  type SearchIndexManifest,
  type Shard,
} from './searchIndexFiles.ts';

/** The language tag Pagefind indexes under: one it neither segments nor stems (the text is already in words). */
export const INDEX_LANGUAGE = 'zxx';

/** Pagefind's client files the reader uses; the rest of its output (its own UIs) is not shipped. */
const KEEP = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|.*\.pf_meta|wasm\..*\.pagefind|index|fragment|filter)$/;

/** A shard's folder name, or a staging folder's (.tmp-…, .old-…). */
const SHARD_FOLDER = /^\d{4}(-\d{2})?$/;

export interface BuildSearchIndexOptions {
  /**
   * false (default): `documents` is the whole archive; every shard is rebuilt and shards with no document are
   * removed. true: `documents` holds every document of each shard it touches; those shards are rebuilt, the
   * others kept.
   */
  incremental?: boolean;
  /**
   * The month ('YYYY-MM') whose editions form the recent shard. Default: the newest document's month. An
   * incremental update passes the site's, since its documents need not hold the newest edition.
   */
  recentMonth?: string | null;
  /**
   * With `incremental`: the shards the update touched. A shard listed here with no document left (its editions
   * were removed, or its month was folded into its year) is removed.
   */
  shards?: readonly string[];
  /** Shards indexed at once; default 2 (docs/search.md: two use both cores; more only add memory). */
  concurrency?: number;
}

export interface SearchIndexReport {
  shards: { id: string; documents: number; ms: number }[];
  ms: number;
}

export async function buildSearchIndex(
  documents: readonly SearchDocument[],
  outDir: string,
  options: BuildSearchIndexOptions = {},
): Promise<SearchIndexReport> {
  const start = performance.now();
  const newest = documents.reduce<string | null>((max, doc) => (max === null || doc.date > max ? doc.date : max), null);
  const recentMonth = options.recentMonth !== undefined ? options.recentMonth : (newest?.slice(0, 7) ?? null);
  const byShard = new Map<string, SearchDocument[]>();
  for (const doc of documents) {
    const id = shardOf(doc.date, recentMonth);
    const list = byShard.get(id);
    if (list) list.push(doc);
    else byShard.set(id, [doc]);
  }
  mkdirSync(outDir, { recursive: true });
  const previous = options.incremental ? readManifest(outDir) : null;

  const built: Shard[] = [];
  const report: SearchIndexReport['shards'] = [];
  // Biggest first, so that the small recent shard fills a gap at the end instead of leaving one.
  const queue = [...byShard.entries()].sort(([, a], [, b]) => b.length - a.length);
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [id, docs] = next;
      const shardStart = performance.now();
      built.push(await buildShard(id, docs, outDir));
      report.push({ id, documents: docs.length, ms: Math.round(performance.now() - shardStart) });
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 2, queue.length));
  await Promise.all(Array.from({ length: workers }, worker));

  const rebuilt = new Set(built.map((s) => s.id));
  const removed = new Set((options.shards ?? []).filter((id) => !byShard.has(id)));
  // A month shard other than the recent one has been folded into its year.
  const kept = (previous?.shards ?? []).filter(
    (s) => !rebuilt.has(s.id) && !removed.has(s.id) && !(isMonthShard(s.id) && s.id !== recentMonth) && existsSync(join(outDir, s.id)),
  );
  const shards = [...built, ...kept].sort((a, b) => b.id.localeCompare(a.id));
  const manifest: SearchIndexManifest = { version: SEARCH_INDEX_VERSION, shards };
  const manifestTmp = join(outDir, `${SHARDS_FILE}.tmp-${process.pid}`);
  writeFileChecked(manifestTmp, JSON.stringify(manifest), join(outDir, SHARDS_FILE));
  renameSync(manifestTmp, join(outDir, SHARDS_FILE));
  // Shards no longer listed: after the manifest, so a reader never looks for one that is gone.
  const live = new Set(shards.map((s) => s.id));
  const listedBefore = new Set((previous?.shards ?? []).map((s) => s.id));
  for (const entry of readdirSync(outDir)) {
    if (SHARD_FOLDER.test(entry) && !live.has(entry) && (!options.incremental || removed.has(entry) || listedBefore.has(entry))) {
      rmSync(join(outDir, entry), { recursive: true, force: true });
    }
  }
  report.sort((a, b) => b.id.localeCompare(a.id));
  return { shards: report, ms: Math.round(performance.now() - start) };
}

/** The index's shards.json, or null when there is none or it is of another version (the index is then rebuilt whole). */
export function readManifest(outDir: string): SearchIndexManifest | null {
  const file = join(outDir, SHARDS_FILE);
  if (!existsSync(file)) return null;
  const parsed = SearchIndexManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : null;
}

/** Documents handed to the indexer between two yields to the event loop, which sends them on meanwhile. */
const BATCH = 128;

async function buildShard(id: string, docs: readonly SearchDocument[], outDir: string): Promise<Shard> {
  const titles = docs.map((doc) => searchWords(doc.headline));
  // One filler at least: it marks where the headline ends, and the client drops the headline from snippets.
  const titleSlots = 1 + Math.max(0, ...titles.map((words) => words.length));
  const staging = join(outDir, `.tmp-${id}-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`pagefind could not start an index: ${errors.join(' / ')}`);
  try {
    const added: Promise<pagefind.NewFileResponse>[] = [];
    for (let i = 0; i < docs.length; i++) {
      added.push(index.addCustomRecord(documentRecord(docs[i]!, titles[i]!, titleSlots)));
      // Let the records written so far reach the indexer (a pipe holds 64 KB) while the next ones are split.
      if (i % BATCH === BATCH - 1) await new Promise((resolve) => setImmediate(resolve));
    }
    const failed = (await Promise.all(added)).flatMap((response) => response.errors);
    if (failed.length) throw new Error(`pagefind refused ${failed.length} record(s): ${failed.slice(0, 3).join(' / ')}`);
    const written = await index.writeFiles({ outputPath: staging });
    if (written.errors.length) throw new Error(`pagefind could not write shard ${id}: ${written.errors.join(' / ')}`);
    for (const entry of readdirSync(staging)) if (!KEEP.test(entry)) rmSync(join(staging, entry), { recursive: true, force: true });
    const target = join(outDir, id);
    const old = `${target}.old-${process.pid}`;
    if (existsSync(target)) renameSync(target, old);
    renameSync(staging, target);
    rmSync(old, { recursive: true, force: true });
  } finally {
    await index.deleteIndex();
    rmSync(staging, { recursive: true, force: true });
  }
  const dates = docs.map((d) => d.date).sort();
  const sections = new Map(docs.flatMap((d) => d.sections).map((s) => [s.slug, s.name]));
  return { id, from: dates[0]!, to: dates.at(-1)!, documents: docs.length, titleSlots, sections: [...sections].map(([slug, name]) => ({ slug, name })) };
}

/**
 * One article as the record Pagefind indexes. Its text, in word positions: the headline's words, filler up to
 * `titleSlots`, then kicker, subheadline, byline and body, spaced into words. Everything shown in a result
 * (the real headline, the URL, date, paper, page, sections) travels as metadata.
 */
export function documentRecord(doc: SearchDocument, titleWords: readonly string[], titleSlots: number): pagefind.CustomRecord {
  const content = [
    titleWords.join(' '),
    Array.from({ length: titleSlots - titleWords.length }, () => TITLE_FILLER).join(' '),
    ...[doc.kicker, doc.subheadline, doc.byline, doc.text].map((field) => spacedText(field ?? '')),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    url: doc.url,
    content,
    language: INDEX_LANGUAGE,
    meta: {
      title: doc.headline,
      url: doc.url,
      paper: doc.paper,
      date: doc.date,
      page: String(doc.page),
      pageName: doc.pageName ?? '',
      sections: JSON.stringify(doc.sections.map((s) => s.name)),
    },
    filters: {
      [FILTER.paper]: [doc.paperSlug],
      [FILTER.page]: [String(doc.page)],
      [FILTER.date]: [doc.date],
      [FILTER.section]: doc.sections.map((s) => s.slug),
    },
    sort: { [SORT_KEY]: `${doc.date}-${String(999 - doc.page).padStart(3, '0')}` },
  };
}

/** Ends Pagefind's indexing service (one process for every index of this Node process); the next build starts it again. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
