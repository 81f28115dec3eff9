/**
 * What the service worker (src/sw/sw.ts) does with each request, and the caches it keeps. Pure, so the page
 * (保存本期, the first visit) and the worker file things under the same names, and Vitest can pin the rules.
 * Data paths come from src/schema/dataPaths.ts: the patterns below are built from it, never written out.
 */
import { DATA_FOLDER, dataPaths } from '../schema/dataPaths.ts';
import { CACHES } from './cacheNames.ts';
import { escapeRegExp } from '../schema/escapeRegExp.ts';

export type CacheRule =
  | { strategy: 'network-first'; cache: typeof CACHES.pages | typeof CACHES.live | typeof CACHES.editions }
  | { strategy: 'stale-while-revalidate'; cache: typeof CACHES.editions }
  /** Left to the precache (the app shell) or to the network (search index, anything else). */
  | { strategy: 'pass' };

const PAPER = 'paperslugxx';
const DATE = '1999-12-31';
const YEAR = 1888;
/** A dataPaths function's output with its placeholders turned into patterns (the paper and the date named). */
const pattern = (path: string, tail = '') =>
  new RegExp(
    `^${escapeRegExp(path)
      .replace(PAPER, '(?<paper>[a-z0-9]+(?:-[a-z0-9]+)*)')
      .replace(escapeRegExp(DATE), '(?<date>\\d{4}-\\d{2}-\\d{2})')
      .replace(String(YEAR), '\\d{4}')}${tail}$`,
  );

const LIVE = [pattern(dataPaths.site()), pattern(dataPaths.archiveYear(PAPER, YEAR))];
/** An edition's index: rewritten the day after (its 后一期), and by a re-ingest. */
const EDITION_INDEX = pattern(dataPaths.editionIndex(PAPER, DATE));
/** Anything else inside an edition's folder: the whole edition, articles, 原文, page images and photos. */
const EDITION = pattern(dataPaths.editionFolder(PAPER, DATE), '/[^?#]+\\.(?:json|webp|avif)');

/**
 * The rule for a same-origin GET, given its path below the worker's scope (the base path) and whether it is a
 * page load. Only JSON under the data folder and page loads are cached at run time.
 */
export function cacheRuleFor(pathInScope: string, navigation: boolean): CacheRule {
  if (navigation) return { strategy: 'network-first', cache: CACHES.pages };
  if (!pathInScope.startsWith(DATA_FOLDER)) return { strategy: 'pass' };
  const path = pathInScope.slice(DATA_FOLDER.length);
  if (LIVE.some((rule) => rule.test(path))) return { strategy: 'network-first', cache: CACHES.live };
  // Network first, so a page drawn from the index agrees with the HTML it came with; kept with its edition.
  if (EDITION_INDEX.test(path)) return { strategy: 'network-first', cache: CACHES.editions };
  if (EDITION.test(path)) return { strategy: 'stale-while-revalidate', cache: CACHES.editions };
  return { strategy: 'pass' };
}

/**
 * The index of the edition a file belongs to (`data/lsrb/2024-07-05/articles/a.json` →
 * `data/lsrb/2024-07-05/index.json`), given the file's path below the scope; null for a path outside an edition.
 * The latest edition's index comes inside site.json, so the reader's pages never fetch it: the worker fetches it
 * beside the first file of the edition it keeps, so the edition still opens offline once site.json has moved on.
 */
export function editionIndexOf(pathInScope: string): string | null {
  if (!pathInScope.startsWith(DATA_FOLDER)) return null;
  const { paper, date } = EDITION.exec(pathInScope.slice(DATA_FOLDER.length))?.groups ?? {};
  return paper && date ? `${DATA_FOLDER}${dataPaths.editionIndex(paper, date)}` : null;
}

/** A URL's path below the scope (`/sub/data/x.json` under `/sub/` → `data/x.json`), or null outside it. */
export function pathInScope(url: URL, scope: URL): string | null {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  return url.pathname.slice(scope.pathname.length);
}
