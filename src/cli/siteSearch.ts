/**
 * The site's search index, from its published data: every edition's articles as search documents
 * (src/search/searchDocument.ts), indexed one year per shard by src/search/buildSearchIndex.ts into a folder
 * beside the data folder, never inside it (ingest replaces the data folder whole):
 *
 *   build         public/data → public/pagefind   (Vite copies it to dist/pagefind)
 *   update-site   dist/data   → dist/pagefind     only the years holding an edition it added, changed or removed
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataPaths, yearOf } from '../schema/dataPaths.ts';
import { ArchiveYearSchema, EditionSchema, SiteSchema, type Edition } from '../schema/edition.ts';
import { buildSearchIndex, type SearchIndexReport } from '../search/buildSearchIndex.ts';
import { searchDocumentsOf, type SearchDocument } from '../search/searchDocument.ts';
import { SEARCH_FOLDER, SHARDS_FILE } from '../search/searchIndexFiles.ts';
import { withLock } from './lock.ts';

/** Where `build` writes the index: public/, so that Vite copies it into dist/. */
export const BUILD_SEARCH_DIR = join('public', SEARCH_FOLDER);

/** The search folder that goes with a data folder: its sibling (dist/data → dist/pagefind). */
export const searchDirOf = (dataDir: string): string => join(dirname(dataDir), SEARCH_FOLDER);

export interface SiteSearchReport extends SearchIndexReport {
  documents: number;
  /** Every year was rebuilt (a full build, or an update of a site that had no index yet). */
  full: boolean;
}

/**
 * Indexes the site in `dataDir` into `searchDir`. Without `touched`, every year; with it (update-site: the
 * editions it wrote or removed), only those editions' years, and the other shards stay as they are. A site
 * that has no index yet is indexed whole either way.
 */
export async function buildSiteSearch(
  dataDir: string,
  searchDir: string,
  touched?: readonly { date: string }[],
): Promise<SiteSearchReport> {
  const incremental = touched !== undefined && existsSync(join(searchDir, SHARDS_FILE));
  const years = incremental ? new Set(touched.map((e) => yearOf(e.date))) : null;
  if (years?.size === 0) return { shards: [], ms: 0, documents: 0, full: false };
  const documents: SearchDocument[] = [];
  for (const edition of publishedEditions(dataDir, years)) documents.push(...searchDocumentsOf(edition));
  const report = await withLock(join(searchDir, '.build.lock'), 'building this search index', () =>
    buildSearchIndex(documents, searchDir, years ? { incremental: true, years: [...years].map(String) } : {}),
  );
  return { ...report, documents: documents.length, full: !incremental };
}

/** Every published edition (of the given years only, when given), read from the data folder's own files. */
function* publishedEditions(dataDir: string, years: ReadonlySet<number> | null): Generator<Edition> {
  const site = SiteSchema.parse(readJson(join(dataDir, dataPaths.site())));
  for (const paper of site.papers) {
    for (let year = yearOf(paper.first); year <= yearOf(paper.latest.date); year++) {
      if (years && !years.has(year)) continue;
      const archive = join(dataDir, dataPaths.archiveYear(paper.slug, year));
      if (!existsSync(archive)) continue;
      for (const { date } of ArchiveYearSchema.parse(readJson(archive)).editions) {
        yield EditionSchema.parse(readJson(join(dataDir, dataPaths.editionFull(paper.slug, date))));
      }
    }
  }
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}
