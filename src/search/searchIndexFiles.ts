/**
 * The search index's files, named in one place for the indexer, the client and the tests:
 *
 *   pagefind/shards.json             which shards exist, newest first (this schema)
 *   pagefind/<year>/pagefind.js      one Pagefind index per year of editions (the client loads one shard's script and wasm)
 *   pagefind/<year>-<month>/…        the recent shard: the newest edition's month, apart from its year
 *
 * A year is a shard so that a query fetches one year's small files first (the 300 KB budget: Pagefind's page
 * list grows ~10 bytes per article, too large for ten years at once). The newest month is a shard of its own so
 * that adding a day re-indexes that month (a few hundred articles), not its year; when a new month begins, the
 * month that closed is folded into its year (one year re-indexed, once a month). Every edition is in exactly
 * one shard. The client searches every shard through one Pagefind (one script, one worker, one wasm, from the
 * first shard it reads; the others merged in): a year's results are one list, whichever of its shards holds them.
 */
import { z } from 'zod/mini';

export const SEARCH_INDEX_VERSION = 3;

/**
 * The index folder, beside data/ in public/ and dist/. Not `search/`: static hosts resolve a folder before
 * `<name>.html`, so a `search/` folder would shadow the prerendered `/search` page (search.html). `pagefind` is a
 * reserved paper slug (src/schema/manifest.ts).
 */
export const SEARCH_FOLDER = 'pagefind';
export const SHARDS_FILE = 'shards.json';

export function shardScript(shardId: string): string {
  return `${shardId}/pagefind.js`;
}

/** The shard that holds an edition of `date`: the recent shard for a date in `recentMonth` ('YYYY-MM'), else its year's. */
export function shardOf(date: string, recentMonth: string | null): string {
  const month = date.slice(0, 7);
  return month === recentMonth ? month : date.slice(0, 4);
}

/** True for the recent shard's id ('2024-07'), false for a year's ('2024'). */
export const isMonthShard = (id: string): boolean => id.length === 7;

/** The year a shard's editions belong to. */
export const shardYear = (id: string): string => id.slice(0, 4);

/**
 * Fills the headline's word slots up to the shard's `titleSlots` (one at least), so that a match at a word
 * position below `titleSlots` is a headline match: the client ranks those first without fetching any article.
 * A private-use character: no query contains it. Snippets drop everything up to the last one (the headline,
 * which a result shows anyway).
 */
export const TITLE_FILLER = '\uE000';

/**
 * Another private-use character, on the last word of the kicker, the subheadline and the byline: where one field
 * ends and the next begins, so a snippet shows `精神 · 记者张清 · 连日来` and not `精神记者张清连日来`. Pagefind strips
 * it from the word, as it strips punctuation: it changes no word position and no match.
 */
export const FIELD_END = '\uE001';

export const ShardSchema = z.strictObject({
  /** The folder name: a year ('2024'), or the recent shard's month ('2024-07'). */
  id: z.string().check(z.regex(/^\d{4}(-\d{2})?$/)),
  /** First and last edition date in the shard. */
  from: z.string(),
  to: z.string(),
  documents: z.int().check(z.gte(0)),
  /** Word positions 0…titleSlots-1 of every document hold its headline (and filler). */
  titleSlots: z.int().check(z.gte(1)),
  /**
   * A hash of what the shard was built from (its documents, the index's format, Pagefind's version): a build
   * that finds the same hash for a shard already on disk keeps it instead of re-indexing it.
   */
  hash: z.string(),
  /** The topic sections (栏目) of the shard's articles, for the section filter, in first-seen order. */
  sections: z.array(z.strictObject({ slug: z.string(), name: z.string() })),
});

export const SearchIndexManifestSchema = z.strictObject({
  version: z.literal(SEARCH_INDEX_VERSION),
  /** Newest first: the recent shard (if any) before its year. */
  shards: z.array(ShardSchema),
});

export type Shard = z.infer<typeof ShardSchema>;
export type SearchIndexManifest = z.infer<typeof SearchIndexManifestSchema>;

/**
 * Pagefind filter names. Values: the paper's slug, a section's slug, the page number, the date. `shard` is not in
 * the index: the client gives each Pagefind index it loads the filter shard=<its id> (Pagefind's `mergeFilter`),
 * so that it can ask a year's Pagefind for the results of one of the year's two shards.
 */
export const FILTER = { paper: 'paper', section: 'section', page: 'page', date: 'date', shard: 'shard' } as const;
/** Sort key: newest date first, then page 1 before page 2. */
export const SORT_KEY = 'order';
