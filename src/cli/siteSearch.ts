/**
 * The site's search index, from its published data: every edition's articles as search documents
 * (src/search/searchDocument.ts), indexed one shard per year, and the newest edition's month as a shard of its
 * own (src/search/searchIndexFiles.ts), by src/search/buildSearchIndex.ts into a folder beside the data folder,
 * never inside it (ingest replaces the data folder whole):
 *
 *   build         public/data → public/pagefind   (Vite copies it to dist/pagefind)
 *   update-site   dist/data   → dist/pagefind     only the shards holding an edition it added, changed or removed:
 *                                                 a day of the newest month re-indexes that month; the first day
 *                                                 of a new month also folds the month that closed into its year
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataPaths, yearOf } from '../schema/dataPaths.ts';
import { ArchiveYearSchema, EditionSchema, SiteSchema } from '../schema/edition.ts';
import { buildSearchIndex, readManifest, type SearchIndexReport } from '../search/buildSearchIndex.ts';
import { searchDocumentsOf, type SearchDocument } from '../search/searchDocument.ts';
import { SEARCH_FOLDER, isMonthShard, shardOf, shardYear } from '../search/searchIndexFiles.ts';
import { withLock } from '../node/lock.ts';

/** Where `build` writes the index: public/, so that Vite copies it into dist/. */
export const BUILD_SEARCH_DIR = join('public', SEARCH_FOLDER);

/** The search folder that goes with a data folder: its sibling (dist/data → dist/pagefind). */
export const searchDirOf = (dataDir: string): string => join(dirname(dataDir), SEARCH_FOLDER);

export interface SiteSearchReport extends SearchIndexReport {
  documents: number;
  /** Every shard was rebuilt (a full build, or an update of a site that had no index of this version yet). */
  full: boolean;
}

/**
 * Indexes the site in `dataDir` into `searchDir`. Without `touched`, every shard; with it (update-site: the
 * editions it wrote or removed), only the shards those editions are in, plus, when the newest month changed,
 * the month that closed (folded into its year) and the new one. The other shards stay as they are. A site
 * that has no index yet (or one of an older version) is indexed whole either way.
 */
export async function buildSiteSearch(dataDir: string, searchDir: string, touched?: readonly { date: string }[]): Promise<SiteSearchReport> {
  return withLock(join(searchDir, '.build.lock'), 'building this search index', async () => {
    const previous = touched !== undefined ? readManifest(searchDir) : null;
    const editions = publishedEditions(dataDir);
    const newest = editions.reduce<string | null>((max, e) => (max === null || e.date > max ? e.date : max), null);
    const recentMonth = newest?.slice(0, 7) ?? null;
    let rebuild: Set<string> | null = null; // null: every shard
    if (previous && touched) {
      rebuild = new Set(touched.map(({ date }) => shardOf(date, recentMonth)));
      const listed = new Set(previous.shards.map((s) => s.id));
      for (const { date } of editions) if (!listed.has(shardOf(date, recentMonth))) rebuild.add(shardOf(date, recentMonth));
      const previousMonth = previous.shards.find((s) => isMonthShard(s.id))?.id ?? null;
      if (previousMonth !== recentMonth) {
        // The newest month moved: the month that closed goes into its year, the new month leaves its year.
        for (const month of [previousMonth, recentMonth]) if (month) rebuild.add(shardYear(month));
        if (previousMonth) rebuild.add(previousMonth);
      }
      if (rebuild.size === 0) return { shards: [], ms: 0, documents: 0, full: false };
    }
    const documents: SearchDocument[] = [];
    for (const { paper, date } of editions) {
      if (rebuild && !rebuild.has(shardOf(date, recentMonth))) continue;
      documents.push(...searchDocumentsOf(EditionSchema.parse(readJson(join(dataDir, dataPaths.editionFull(paper, date))))));
    }
    const report = await buildSearchIndex(documents, searchDir, rebuild ? { incremental: true, recentMonth, shards: [...rebuild] } : { recentMonth });
    return { ...report, documents: documents.length, full: rebuild === null };
  });
}

/** Every published edition, paper and date, read from the data folder's site and archive files (not the editions). */
function publishedEditions(dataDir: string): { paper: string; date: string }[] {
  const site = SiteSchema.parse(readJson(join(dataDir, dataPaths.site())));
  const editions: { paper: string; date: string }[] = [];
  for (const paper of site.papers) {
    for (let year = yearOf(paper.first); year <= yearOf(paper.latest.date); year++) {
      const archive = join(dataDir, dataPaths.archiveYear(paper.slug, year));
      if (!existsSync(archive)) continue;
      for (const { date } of ArchiveYearSchema.parse(readJson(archive)).editions) editions.push({ paper: paper.slug, date });
    }
  }
  return editions;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}
