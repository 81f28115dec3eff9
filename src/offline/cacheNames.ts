/**
 * The caches this app writes besides Workbox's precache, named once for the worker (src/sw/sw.ts), 保存本期 and
 * the schema check. Kept apart from cacheRules.ts so the first-view bundle carries the names alone.
 */
export const CACHES = {
  /** Prerendered HTML of pages the reader opened or saved: network first, so a new day's page wins. */
  pages: 'reader-pages',
  /** site.json and the archive years, which grow every day: network first. */
  live: 'reader-data-live',
  /**
   * An edition's files: printed once, but a re-ingest may correct one. Served from the cache at once and checked
   * with the network behind it (stale while revalidate), so a correction reaches a reader on the next opening.
   */
  editions: 'reader-editions',
} as const;

/** The caches whose entries carry data shapes (JSON, and HTML with its data inside): emptied on a schema change. */
export const DATA_CACHES: readonly string[] = [CACHES.pages, CACHES.live, CACHES.editions];

/** A bare copy of index.html (no page drawn into it) that the worker precaches for pages never opened online. */
export const SHELL_FILE = 'offline.html';
