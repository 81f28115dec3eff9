import { QueryClient, queryOptions } from '@tanstack/react-query';
import { dataPaths } from '../../schema/dataPaths.ts';
import type { ArchiveYear, ArticleFile, EditionIndex, Site } from '../../schema/edition.ts';
import { ENVELOPES, versionChecked, type DataCheck } from '../../schema/version.ts';
import { dataUrl } from './dataUrl.ts';
import { fetchJson, isTransient } from './fetchJson.ts';

/**
 * How each data file is checked before use. In the browser, its schemaVersion and its envelope (versionChecked):
 * a file of another build or another kind fails the fetch, a state the reader recovers from. Its whole shape was
 * checked against the full schema when ingest wrote it and when the prerenderer drew its pages, so the first view
 * does without zod (~5 KB gzip of a 120 KB budget). The prerenderer installs the full schemas (checkShapesWith).
 */
const checks: { site: DataCheck<Site>; edition: DataCheck<EditionIndex>; article: DataCheck<ArticleFile>; archive: DataCheck<ArchiveYear> } = {
  site: versionChecked(ENVELOPES.site),
  edition: versionChecked(ENVELOPES.edition),
  article: versionChecked(ENVELOPES.article),
  archive: versionChecked(ENVELOPES.archive),
};

export function checkShapesWith(schemas: typeof checks): void {
  Object.assign(checks, schemas);
}

// An edition never changes once printed, so its files never go stale in a visit. site.json and the archive
// years grow by a day at a time: a reload, or a visit the next day, picks that up.
export const siteQuery = () =>
  queryOptions({
    queryKey: ['site'],
    queryFn: ({ signal }) => fetchJson(dataUrl(dataPaths.site()), checks.site, signal),
    staleTime: Infinity,
  });

export const editionQuery = (paper: string, date: string) =>
  queryOptions({
    queryKey: ['edition', paper, date],
    queryFn: ({ signal }) => fetchJson(dataUrl(dataPaths.editionIndex(paper, date)), checks.edition, signal),
    staleTime: Infinity,
  });

export const articleQuery = (paper: string, date: string, id: string) =>
  queryOptions({
    queryKey: ['article', paper, date, id],
    queryFn: ({ signal }) => fetchJson(dataUrl(dataPaths.article(paper, date, id)), checks.article, signal),
    staleTime: Infinity,
  });

export const archiveYearQuery = (paper: string, year: number) =>
  queryOptions({
    queryKey: ['archive', paper, year],
    queryFn: ({ signal }) => fetchJson(dataUrl(dataPaths.archiveYear(paper, year)), checks.archive, signal),
    staleTime: Infinity,
  });

/**
 * The data files that many pages share: site.json (every page) and an edition's index (every page of that edition).
 * A prerendered page names these by query key instead of holding a copy (src/app/server.tsx), so ten years of pages
 * do not each carry them, and the browser fetches each once, from its HTTP cache after that, for all the pages it
 * opens. Anything else a page uses (its article, its archive year) is its own and travels inside its HTML.
 */
export function sharedFileOf(queryKey: readonly unknown[]): string | null {
  if (queryKey[0] === 'site' && queryKey.length === 1) return dataPaths.site();
  if (queryKey[0] === 'edition' && queryKey.length === 3) return dataPaths.editionIndex(String(queryKey[1]), String(queryKey[2]));
  return null;
}

/** Fetches (or finds in the cache) a shared query named by its key, with the same options as everywhere else. */
export function ensureShared(queryClient: QueryClient, queryKey: readonly unknown[]): Promise<unknown> {
  if (sharedFileOf(queryKey) === null) return Promise.reject(new Error(`not a shared query: ${JSON.stringify(queryKey)}`));
  return queryKey[0] === 'site'
    ? queryClient.ensureQueryData(siteQuery())
    : queryClient.ensureQueryData(editionQuery(String(queryKey[1]), String(queryKey[2])));
}

export interface QueryClientTuning {
  /** Milliseconds before retry `attempt` (0-based); tests pass `() => 0`. */
  retryDelay?: (attempt: number) => number;
}

/** Exponential backoff 0.5 s, 1 s, 2 s; 404s and schema failures fail at once. */
export function createQueryClient(tuning: QueryClientTuning = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => isTransient(error) && failureCount < 3,
        retryDelay: tuning.retryDelay ?? ((attempt) => Math.min(500 * 2 ** attempt, 4000)),
        refetchOnWindowFocus: false,
      },
    },
  });
}
