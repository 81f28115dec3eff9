/**
 * Writing the reader's data: a full build (`ingest`) and the daily incremental update (`update-site`). Both take
 * their files from the pure functions of src/ingest/siteFiles.ts; this module only decides what to write and
 * writes it so that a reader never meets a half-written file.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dataPaths, yearOf } from '../schema/dataPaths.ts';
import { ArchiveYearSchema, EditionIndexSchema, SCHEMA_VERSION, type Edition, type EditionIndex } from '../schema/edition.ts';
import {
  archiveEntryOf,
  archiveFiles,
  editionFiles,
  neighboursIn,
  siteFiles,
  siteOf,
  type ArchiveEntry,
  type PaperSummary,
} from '../ingest/siteFiles.ts';
import { mustFix } from '../ingest/noteRules.ts';
import { InputError } from '../node/InputError.ts';
import { swapFolderIn, writeFileAtomically } from '../node/files.ts';
import type { LoadedEdition } from './loadEdition.ts';
import { addSourceFiles } from './sourceFiles.ts';
import { addAssetFiles, FileCopy } from './siteAssets.ts';
import { contentOf, readPublished, stateOf, type PublishState } from './publishState.ts';
import { listSite, loadPaperEdition, type EditionFolder, type PaperFolder, type SiteData } from './loadSite.ts';

export interface PublishSummary {
  papers: number;
  editions: number;
  /** Editions parsed in this run (all of them in a full build). */
  parsed: number;
  articles: number;
  notes: number;
  removed: number;
  filesWritten: number;
  /** Editions whose index was written in this run (new, changed, or a neighbour's prev/next): their pages change. */
  touched: { paper: string; date: string }[];
  /** Editions and papers taken away. */
  removedEditions: { paper: string; date: string }[];
  removedPapers: string[];
  /** Archive years written. */
  years: { paper: string; year: number }[];
  /** The editions this run parsed or removed (every edition in a full build): the search index rebuilds their years. */
  indexed: { paper: string; date: string }[];
}

export interface PublishOptions {
  dataDir: string;
  /** The data folder to write: public/data for a build, dist/data for update-site. */
  outDir: string;
  /** Fail on any parser note, before anything is written. */
  strict?: boolean;
  /** Publish a PDF page with no usable text layer as its image alone, with a note (else it stops the run). */
  imageOnly?: boolean;
  /** The render cache of PDF pages (src/pdf/renderCache.ts). */
  cacheDir?: string;
}

/** Every edition of a paper, loaded one after another (PDF pages render one at a time). */
async function loadAll(site: SiteData, paper: PaperFolder, folders: readonly EditionFolder[], options: PublishOptions): Promise<LoadedEdition[]> {
  const loaded: LoadedEdition[] = [];
  for (const folder of folders)
    loaded.push(await loadPaperEdition(site, paper, folder, { imageOnly: options.imageOnly ?? false, cacheDir: options.cacheDir }));
  return loaded;
}

/** An edition's own files: its JSON, each article's 原文, and its PDF pages' images, photos and PDFs. */
function ownFiles(files: Map<string, unknown>, loaded: LoadedEdition, folder: string): void {
  addSourceFiles(files, loaded.edition, folder, loaded.texts);
  addAssetFiles(files, loaded.assets);
}

/** The whole site's data, written to a temporary folder and moved into place when all of it is written. */
export async function publishAll(options: PublishOptions): Promise<PublishSummary> {
  const { dataDir, outDir, strict = false } = options;
  const site = listSite(dataDir);
  const loaded: { paper: PaperFolder; editions: LoadedEdition[] }[] = [];
  for (const paper of site.papers) loaded.push({ paper, editions: await loadAll(site, paper, paper.editions, options) });
  const editions = loaded.flatMap((p) => p.editions.map((e) => e.edition));
  if (strict) failOnNotes(dataDir, editions);
  const files = siteFiles(
    loaded.map(({ paper, editions: list }) => ({ slug: paper.slug, config: paper.config, editions: list.map((e) => e.edition) })),
  );
  files.set(dataPaths.publishState(), stateOf(site));
  for (const { paper, editions: list } of loaded) list.forEach((edition, i) => ownFiles(files, edition, paper.editions[i]!.folder));

  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [name, value] of files) writeJson(join(tmp, name), value);
    swapFolderIn(tmp, outDir);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  return {
    papers: site.papers.length,
    editions: editions.length,
    parsed: editions.length,
    articles: editions.reduce((n, e) => n + e.articles.length, 0),
    notes: editions.reduce((n, e) => n + e.warnings.length, 0),
    removed: 0,
    filesWritten: files.size,
    touched: editions.map((e) => ({ paper: e.paper.slug, date: e.date })),
    indexed: editions.map((e) => ({ paper: e.paper.slug, date: e.date })),
    removedEditions: [],
    removedPapers: [],
    years: [],
  };
}

/**
 * Whether publishUpdate would publish anything: an edition or paper added, changed or removed, or a new parser,
 * schema or taxonomy. Content hashes only (file stamps alone do not count). update-site asks first, so that a day
 * with nothing new makes no new generation of the site.
 */
export function updatePending({ dataDir, outDir }: Pick<PublishOptions, 'dataDir' | 'outDir'>): { pending: boolean; editions: number } {
  const { previous, site, next } = readPublished(dataDir, outDir);
  return { pending: contentOf(previous) !== contentOf(next), editions: site.papers.reduce((n, p) => n + p.editions.length, 0) };
}

/**
 * The daily path: re-parses only the editions whose inputs changed, and rewrites only what depends on them: their
 * own files, the editions either side of them (their prev/next), their archive years and site.json.
 *
 * Order matters for a reader who loads a page meanwhile: new edition folders first (nothing links to them yet),
 * then the neighbours, the archive years and site.json, which makes the new edition the latest; the state file
 * last, so a run killed before it is simply redone. Each file is replaced by a rename, never rewritten in place.
 */
export async function publishUpdate(options: PublishOptions): Promise<PublishSummary> {
  const { dataDir, outDir, strict = false } = options;
  const { previous, site, next } = readPublished(dataDir, outDir);
  const plans = await planUpdate(site, previous, next, options);
  const removedPapers = Object.keys(previous.papers).filter((slug) => !site.papers.some((p) => p.slug === slug));
  const changed = plans.flatMap((p) => p.changed.map((e) => e.edition));
  if (strict) failOnNotes(dataDir, changed);

  const out = dataWriter(outDir);
  const summaries: PaperSummary[] = [];
  const lateRemovals: string[] = [];
  const touched: PublishSummary['touched'] = [];
  const writtenYears: PublishSummary['years'] = [];
  for (const plan of plans) {
    const slug = plan.paper.slug;
    const update = updatePaper(out, previous, plan);
    for (const date of update.touched) touched.push({ paper: slug, date });
    for (const year of update.years) writtenYears.push({ paper: slug, year });
    if (!update.summary) continue;
    summaries.push(update.summary);
    for (const date of plan.removed) lateRemovals.push(dataPaths.editionFolder(slug, date));
  }
  // 4. site.json: from here on readers see the new latest edition. 5. The state.
  out.write(dataPaths.site(), siteOf(summaries));
  out.write(dataPaths.publishState(), next);
  // 6. What no file links to any more.
  for (const folder of lateRemovals) rmSync(join(outDir, folder), { recursive: true, force: true });
  for (const slug of removedPapers) rmSync(join(outDir, slug), { recursive: true, force: true });

  return {
    papers: site.papers.length,
    editions: site.papers.reduce((n, p) => n + p.editions.length, 0),
    parsed: changed.length,
    articles: changed.reduce((n, e) => n + e.articles.length, 0),
    notes: changed.reduce((n, e) => n + e.warnings.length, 0),
    removed: plans.reduce((n, p) => n + p.removed.length, 0) + removedPapers.length,
    filesWritten: out.written(),
    touched,
    removedEditions: plans.flatMap((p) => p.removed.map((date) => ({ paper: p.paper.slug, date }))),
    removedPapers,
    years: writtenYears,
    indexed: [
      ...plans.flatMap((p) => [...p.changed.map((e) => e.edition.date), ...p.removed].map((date) => ({ paper: p.paper.slug, date }))),
      ...removedPapers.flatMap((slug) => Object.keys(previous.papers[slug]!.editions).map((date) => ({ paper: slug, date }))),
    ],
  };
}

/** One paper's part of an update: its editions to publish (loaded), and the dates it no longer has. */
interface PaperPlan {
  paper: PaperFolder;
  changed: LoadedEdition[];
  removed: string[];
}

/**
 * Each paper's changed editions, loaded, and its removed dates. A new parser, schema or taxonomy redoes every
 * edition; a paper's changed paper.json redoes that paper's.
 */
async function planUpdate(site: SiteData, previous: PublishState, next: PublishState, options: PublishOptions): Promise<PaperPlan[]> {
  const redoAll = previous.schemaVersion !== SCHEMA_VERSION || previous.ingestVersion !== next.ingestVersion || previous.taxonomy !== next.taxonomy;
  const plans: PaperPlan[] = [];
  for (const paper of site.papers) {
    const before = previous.papers[paper.slug];
    const all = redoAll || before?.config !== next.papers[paper.slug]!.config;
    const changedFolders: EditionFolder[] = paper.editions.filter(
      (e) => all || before?.editions[e.date]?.hash !== next.papers[paper.slug]!.editions[e.date]!.hash,
    );
    const present = new Set(paper.editions.map((e) => e.date));
    const removed = Object.keys(before?.editions ?? {}).filter((date) => !present.has(date));
    plans.push({ paper, changed: await loadAll(site, paper, changedFolders, options), removed });
  }
  return plans;
}

/** Writes into the published data folder, counting the files written. */
interface DataWriter {
  outDir: string;
  write(path: string, value: unknown): void;
  /** An edition's files, as a whole folder swapped in. */
  swapEdition(slug: string, date: string, files: Map<string, unknown>): void;
  written(): number;
}

function dataWriter(outDir: string): DataWriter {
  let written = 0;
  return {
    outDir,
    write(path, value) {
      writeJson(join(outDir, path), value);
      written++;
    },
    swapEdition(slug, date, files) {
      swapFolder(join(outDir, dataPaths.editionFolder(slug, date)), files, slug, date);
      written += files.size;
    },
    written: () => written,
  };
}

/** What one paper's update wrote: the editions whose index changed, the archive years, and its line in site.json (none once it has no edition). */
interface PaperUpdate {
  touched: string[];
  years: Set<number>;
  summary: PaperSummary | null;
}

/** Steps 1 to 3 of publishUpdate for one paper. */
function updatePaper(out: DataWriter, previous: PublishState, { paper, changed: loadedEditions, removed }: PaperPlan): PaperUpdate {
  const slug = paper.slug;
  const editions = loadedEditions.map((e) => e.edition);
  const oldDates = Object.keys(previous.papers[slug]?.editions ?? {}).sort();
  const entries = new Map<string, ArchiveEntry>(readArchive(out.outDir, slug, oldDates).map((e) => [e.date, e]));
  for (const date of removed) entries.delete(date);
  for (const edition of editions) entries.set(edition.date, archiveEntryOf(edition));
  const dates = [...entries.keys()].sort();
  const sorted = dates.map((d) => entries.get(d)!);

  // 1. The changed editions, each as a whole folder swapped in.
  const indexes = new Map<string, EditionIndex>();
  for (const loaded of loadedEditions) {
    const edition = loaded.edition;
    const files = editionFiles(edition, neighboursIn(dates, edition.date));
    ownFiles(files, loaded, join(paper.folder, edition.date));
    out.swapEdition(slug, edition.date, files);
    indexes.set(edition.date, files.get(dataPaths.editionIndex(slug, edition.date)) as EditionIndex);
  }
  // 2. Unchanged editions whose neighbours changed: their prev/next.
  const changedDates = new Set(editions.map((e) => e.date));
  rewriteNeighbours(out, slug, { oldDates, dates, changedDates }, indexes);
  // 3. The archive years that gained or lost an edition, and any missing between the first and the latest.
  const years = archiveYearsToWrite(out.outDir, slug, dates, [...changedDates, ...removed]);
  for (const [path, value] of archiveFiles(slug, sorted, years)) out.write(path, value);

  const latestDate = dates.at(-1);
  const summary =
    latestDate === undefined
      ? null
      : { slug, config: paper.config, entries: sorted, latest: indexes.get(latestDate) ?? readIndex(out.outDir, slug, latestDate) };
  return { touched: [...indexes.keys()], years, summary };
}

/** Rewrites the index of each unchanged edition whose previous or next edition changed, and adds it to `indexes`. */
function rewriteNeighbours(
  out: DataWriter,
  slug: string,
  { oldDates, dates, changedDates }: { oldDates: readonly string[]; dates: readonly string[]; changedDates: ReadonlySet<string> },
  indexes: Map<string, EditionIndex>,
): void {
  for (const date of dates) {
    if (changedDates.has(date)) continue;
    const was = neighboursIn(oldDates, date);
    const now = neighboursIn(dates, date);
    if (was.previous === now.previous && was.next === now.next) continue;
    const index = { ...readIndex(out.outDir, slug, date), ...now };
    out.write(dataPaths.editionIndex(slug, date), EditionIndexSchema.parse(index));
    indexes.set(date, index);
  }
}

/**
 * The archive years that gained or lost an edition, and any year between the first and the latest that has no
 * file yet (an edition years older than the first): the reader asks for every year in that span.
 */
function archiveYearsToWrite(outDir: string, slug: string, dates: readonly string[], changed: readonly string[]): Set<number> {
  const years = new Set(changed.map(yearOf));
  for (let year = yearOf(dates[0] ?? '0000'); dates.length > 0 && year <= yearOf(dates.at(-1)!); year++) {
    if (!existsSync(join(outDir, dataPaths.archiveYear(slug, year)))) years.add(year);
  }
  return years;
}

/** --strict: refuses the notes a person must fix (noteRules.ts mustFix); the parser's sure-enough guesses stay notes in the report. */
function failOnNotes(dataDir: string, editions: readonly Edition[]): void {
  const notes = editions.flatMap((e) => e.warnings.filter((w) => mustFix(w.message)).map((w) => ({ e, w })));
  const first = notes[0];
  if (!first) return;
  throw new InputError(
    join(dataDir, 'papers', first.e.paper.slug, first.e.date, first.w.file),
    first.w.line,
    `--strict: ${notes.length} parser note(s) to fix, the first: ${first.w.message} (see them all with \`npm run report\`)`,
  );
}

function readArchive(outDir: string, slug: string, dates: readonly string[]): ArchiveEntry[] {
  const years = [...new Set(dates.map(yearOf))];
  return years.flatMap((year) => {
    const path = join(outDir, dataPaths.archiveYear(slug, year));
    return ArchiveYearSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).editions;
  });
}

function readIndex(outDir: string, slug: string, date: string): EditionIndex {
  return EditionIndexSchema.parse(JSON.parse(readFileSync(join(outDir, dataPaths.editionIndex(slug, date)), 'utf8')));
}

/** Writes an edition's files beside its folder, then swaps the folder in with renames. */
function swapFolder(folder: string, files: Map<string, unknown>, slug: string, date: string): void {
  const prefix = `${dataPaths.editionFolder(slug, date)}/`;
  const tmp = `${folder}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const [path, value] of files) writeJson(join(tmp, path.slice(prefix.length)), value);
  swapFolderIn(tmp, folder);
}

/**
 * Writes beside the target and renames over it: a reader gets the old file or the new one, never half. A FileCopy
 * (a page image, a photo, a page PDF) is copied as bytes; everything else is written as JSON.
 */
function writeJson(path: string, value: unknown): void {
  writeFileAtomically(path, value instanceof FileCopy ? readFileSync(value.from) : JSON.stringify(value));
}
