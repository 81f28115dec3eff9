/**
 * Build time (Node only): search documents → a folder of static index files, one Pagefind index per shard plus
 * `shards.json` (searchIndexFiles.ts). A shard is a year of editions, or the recent shard: the newest edition's
 * month, kept apart from its year so that update-site re-indexes a month a day, not a year. Called by `build`
 * with every document of the archive, and by `update-site` with the documents of the shards an update touched
 * (`{ incremental: true }`): only those are rebuilt, the other shards stay as they are.
 *
 * Each shard is indexed by Pagefind's command-line indexer (the `pagefind` package's binary, from npm, offline)
 * over one small HTML file per article, written to a temporary folder in memory (/dev/shm) where there is one:
 * on disk, creating and deleting ~9,000 files a year made the kernel's inode allocation a large part of the
 * indexer's time (docs/search.md). Pagefind's Node API (custom records, no files) was measured too and was
 * slower. One indexer per core runs at once (each keeps about one core busy, with bursts of many threads).
 * Each shard is written beside the old one and swapped in when complete, so a failed build leaves the old index.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileChecked } from '../node/faults.ts';
import { escapeMarkup, swapFolderIn } from '../node/files.ts';
import { isAlive } from '../node/lock.ts';
import type { SearchDocument } from './searchDocument.ts';
import { searchWords, spacedText } from './searchWords.ts';
import {
  FIELD_END,
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
const INDEX_LANGUAGE = 'zxx';

/** Pagefind's client files the reader uses; the rest of its output (its own UIs) is not shipped. */
const KEEP = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|.*\.pf_meta|wasm\..*\.pagefind|index|fragment|filter)$/;

/** A shard's folder name ('2024', '2024-07'); staging folders (.tmp-…, .old-…) do not match. */
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
  /** Indexers run at once; default one per core. */
  concurrency?: number;
}

export interface SearchIndexReport {
  /** Every shard of the documents given: re-indexed, or `reused` (the same hash on disk already). */
  shards: { id: string; documents: number; ms: number; reused?: boolean }[];
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
  const byShard = groupByShard(documents, recentMonth);
  mkdirSync(outDir, { recursive: true });
  removeOrphanedInput(scratchDir());
  const previous = readManifest(outDir);
  const onDisk = new Map((previous?.shards ?? []).filter((s) => existsSync(join(outDir, s.id, 'pagefind.js'))).map((s) => [s.id, s]));

  const { built, report } = await buildShards(byShard, onDisk, outDir, options.concurrency ?? availableParallelism());

  const rebuilt = new Set(built.map((s) => s.id));
  const removed = new Set((options.shards ?? []).filter((id) => !byShard.has(id)));
  // A month shard other than the recent one has been folded into its year.
  const kept = (options.incremental ? (previous?.shards ?? []) : []).filter(
    (s) => !rebuilt.has(s.id) && !removed.has(s.id) && !(isMonthShard(s.id) && s.id !== recentMonth) && existsSync(join(outDir, s.id)),
  );
  const shards = [...built, ...kept].sort((a, b) => b.id.localeCompare(a.id));
  const manifest: SearchIndexManifest = { version: SEARCH_INDEX_VERSION, shards };
  const manifestTmp = join(outDir, `${SHARDS_FILE}.tmp-${process.pid}`);
  writeFileChecked(manifestTmp, JSON.stringify(manifest), join(outDir, SHARDS_FILE));
  renameSync(manifestTmp, join(outDir, SHARDS_FILE));
  // Shards no longer listed: after the manifest, so a reader never looks for one that is gone.
  removeUnlisted(outDir, shards, { previous, removed, incremental: options.incremental });
  report.sort((a, b) => b.id.localeCompare(a.id));
  return { shards: report, ms: Math.round(performance.now() - start) };
}

/** The documents by the shard they go in: the recent month's apart from their year's. */
function groupByShard(documents: readonly SearchDocument[], recentMonth: string | null): Map<string, SearchDocument[]> {
  const byShard = new Map<string, SearchDocument[]>();
  for (const doc of documents) {
    const id = shardOf(doc.date, recentMonth);
    const list = byShard.get(id);
    if (list) list.push(doc);
    else byShard.set(id, [doc]);
  }
  return byShard;
}

/**
 * Indexes each shard, `concurrency` at a time, reusing a shard on disk whose documents hash the same. Returns the
 * shards in the order they finished, and a line of the report for each.
 */
async function buildShards(
  byShard: ReadonlyMap<string, SearchDocument[]>,
  onDisk: ReadonlyMap<string, Shard>,
  outDir: string,
  concurrency: number,
): Promise<{ built: Shard[]; report: SearchIndexReport['shards'] }> {
  const built: Shard[] = [];
  const report: SearchIndexReport['shards'] = [];
  // Biggest first, so that the small recent shard fills a gap at the end instead of leaving one.
  const queue = [...byShard.entries()].sort(([, a], [, b]) => b.length - a.length);
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [id, docs] = next;
      const shardStart = performance.now();
      const hash = shardHash(docs);
      const same = onDisk.get(id);
      if (same?.hash === hash) {
        built.push(same);
        report.push({ id, documents: docs.length, ms: 0, reused: true });
        continue;
      }
      built.push(await buildShard(id, docs, hash, outDir));
      report.push({ id, documents: docs.length, ms: Math.round(performance.now() - shardStart) });
    }
  };
  const workers = Math.max(1, Math.min(concurrency, queue.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return { built, report };
}

/**
 * Removes the shard folders that shards.json no longer lists; an incremental update only those it was told were
 * removed or that the previous shards.json listed.
 */
function removeUnlisted(
  outDir: string,
  shards: readonly Shard[],
  { previous, removed, incremental }: { previous: SearchIndexManifest | null; removed: ReadonlySet<string>; incremental: boolean | undefined },
): void {
  const live = new Set(shards.map((s) => s.id));
  const listedBefore = new Set((previous?.shards ?? []).map((s) => s.id));
  for (const entry of readdirSync(outDir)) {
    if (SHARD_FOLDER.test(entry) && !live.has(entry) && (!incremental || removed.has(entry) || listedBefore.has(entry))) {
      rmSync(join(outDir, entry), { recursive: true, force: true });
    }
  }
}

/** The index's shards.json, or null when there is none, it is not JSON, or of another version (the index is then rebuilt whole). */
export function readManifest(outDir: string): SearchIndexManifest | null {
  const file = join(outDir, SHARDS_FILE);
  if (!existsSync(file)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null; // unreadable: rebuilt whole, as a missing one
  }
  const parsed = SearchIndexManifestSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** Where the indexer's input goes: memory where the system offers it (Linux's tmpfs), else the temp folder. */
function scratchDir(): string {
  try {
    if (statSync('/dev/shm').isDirectory()) return '/dev/shm';
  } catch {
    // no /dev/shm here
  }
  return tmpdir();
}

/** The input folder of one shard's indexer: pagefind-input-<pid>-<shard>-XXXXXX, so that a later build can tell whose it is. */
const INPUT_FOLDER = /^pagefind-input-(\d+)-/;

/** Input folders a killed build left (its process is gone): in /dev/shm they would hold memory until a reboot. */
function removeOrphanedInput(dir: string): void {
  for (const entry of readdirSync(dir)) {
    const owner = INPUT_FOLDER.exec(entry)?.[1];
    if (owner === undefined || isAlive(Number(owner))) continue;
    try {
      rmSync(join(dir, entry), { recursive: true, force: true });
    } catch {
      // another user's: theirs to remove
    }
  }
}

/**
 * What a shard is built from: its documents, in order, and everything else that shapes its files. Change
 * INDEX_FORMAT when documentHtml or the indexer's flags change, so that no build keeps a shard made the old way.
 */
const INDEX_FORMAT = `shards.json v${SEARCH_INDEX_VERSION}, html 2, pagefind ${pagefindVersion()}`;

function shardHash(docs: readonly SearchDocument[]): string {
  const hash = createHash('sha256').update(INDEX_FORMAT);
  for (const doc of docs) hash.update(JSON.stringify(doc));
  return hash.digest('hex').slice(0, 16);
}

function pagefindVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(dirname(pagefindLauncher()), '..', '..', 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

/**
 * Indexes one shard into outDir/<id>, swapped in when complete. `scratch` is where the indexer's input pages are
 * written (bench:search's baseline passes the temp folder on disk, as builds did before 2026-11-25).
 */
export async function buildShard(id: string, docs: readonly SearchDocument[], hash: string, outDir: string, scratch = scratchDir()): Promise<Shard> {
  const titles = docs.map((doc) => searchWords(doc.headline));
  // One filler at least: it marks where the headline ends, and the client drops the headline from snippets.
  const titleSlots = 1 + Math.max(0, ...titles.map((words) => words.length));
  const site = mkdtempSync(join(scratch, `pagefind-input-${process.pid}-${id}-`));
  const staging = join(outDir, `.tmp-${id}-${process.pid}`);
  try {
    docs.forEach((doc, i) => writeFileSync(join(site, `${i}.html`), documentHtml(doc, titles[i]!, titleSlots)));
    rmSync(staging, { recursive: true, force: true });
    await runPagefind(['--site', site, '--output-path', staging, '--force-language', INDEX_LANGUAGE, '--silent']);
    for (const entry of readdirSync(staging)) if (!KEEP.test(entry)) rmSync(join(staging, entry), { recursive: true, force: true });
    swapFolderIn(staging, join(outDir, id));
  } finally {
    rmSync(site, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  }
  const dates = docs.map((d) => d.date).sort();
  const sections = new Map(docs.flatMap((d) => d.sections).map((s) => [s.slug, s.name]));
  return {
    id,
    from: dates[0]!,
    to: dates.at(-1)!,
    documents: docs.length,
    titleSlots,
    hash,
    sections: [...sections].map(([slug, name]) => ({ slug, name })),
  };
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
    ...[doc.kicker, doc.subheadline, doc.byline].map((field) => (field ? spacedText(field) + FIELD_END : '')),
    spacedText(doc.text),
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
    ...(doc.image ? { image: doc.image } : {}),
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
    `<p>${escapeMarkup(text)}</p>`,
    ...Object.entries(meta).map(([key, value]) => `<span data-pagefind-meta="${key}:${escapeMarkup(value)}"></span>`),
    ...filters.map(([key, value]) => `<span data-pagefind-filter="${key}:${escapeMarkup(value)}"></span>`),
    `<span data-pagefind-sort="${SORT_KEY}:${order}"></span>`,
    '</main></body></html>',
  ].join('\n');
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

/** Pagefind's command-line indexer with `args`; rejects with the end of its output when it fails. */
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
