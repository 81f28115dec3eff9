/**
 * The reader's search, over the static index that src/search/buildSearchIndex.ts writes to `<base>pagefind/`.
 * Import it lazily (`import('./search/search.ts')`): it is never part of the first view, and Pagefind's own
 * script and wasm are fetched from the index folder on the first query, not bundled.
 *
 * A query is split into the words the index was built from (searchWords.ts); each space-separated part of the
 * query is searched as an exact phrase (核技术 → "核 技术"), and every part must match. Years are searched
 * newest first, only as far as the page asked for needs: within a year, headline matches come first, then
 * the newest editions; an older year's results come after a newer year's. The newest year may be two shards
 * (its recent month apart, searchIndexFiles.ts), whose results form the year's one list. Every shard is searched
 * through one Pagefind (one script, one worker, one wasm), each merged in when a search first reaches it.
 */
// First: zod must be told before any schema is defined (see the file).
import '../data/zodJitless.ts';
import { fetchJson } from '../data/fetchJson.ts';
import { searchWords } from '../../search/searchWords.ts';
import {
  FILTER,
  SEARCH_FOLDER,
  SHARDS_FILE,
  SORT_KEY,
  SearchIndexManifestSchema,
  shardScript,
  shardYear,
  type SearchIndexManifest,
  type Shard,
} from '../../search/searchIndexFiles.ts';
import { snippetSegments, type SnippetSegment } from './snippetSegments.ts';

export interface SearchFilters {
  /** A paper's slug. */
  paper?: string | null;
  /** A topic section's (栏目) slug. */
  section?: string | null;
  page?: number | null;
  /** YYYY-MM-DD, inclusive. */
  from?: string | null;
  to?: string | null;
}

export interface SearchPage {
  offset?: number;
  limit?: number;
}

export interface SearchResult {
  /** The article's path in the app (no base path): give it to a <Link>. */
  url: string;
  headline: string;
  paper: string;
  date: string;
  page: number;
  pageName: string | null;
  sections: string[];
  snippet: SnippetSegment[];
  /** The article's photo, a data path of a small file (PDF editions only). */
  image?: string;
}

export interface SearchResponse {
  results: SearchResult[];
  /** Matches in the years searched so far. */
  count: number;
  /** Every year in the date range was searched: `count` is the total. Otherwise asking for more may find more. */
  complete: boolean;
}

/** What this module uses of Pagefind's client (pagefind.js in each shard folder). */
export interface PagefindModule {
  options(options: { basePath?: string; mergeFilter?: Record<string, string> }): Promise<void>;
  /** Adds another index to this one's searches; `mergeFilter` gives all of its documents that filter value. */
  mergeIndex(indexPath: string, options?: { mergeFilter?: Record<string, string> }): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string | { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

export interface PagefindResult {
  id: string;
  /** Word positions of the match in the document. */
  words: number[];
  /** `content`: the indexed text, words one space apart; `locations`: the word positions matched in it. */
  data(): Promise<{ content: string; locations: number[]; meta: Record<string, string | undefined> }>;
}

interface Hit {
  /** The result whose locations hold every word of the query. */
  result: PagefindResult;
}

export interface SearchFunction {
  (query: string, filters?: SearchFilters, page?: SearchPage): Promise<SearchResponse>;
  /** Every topic section (栏目) in the index, for the section filter. */
  sections(): Promise<{ slug: string; name: string }[]>;
}

/**
 * A search over the index at `indexUrl` (ending in `/`). `load` imports a shard's pagefind.js; tests pass one
 * that maps the URL to a file.
 */
export function createSearch(
  indexUrl: string,
  load: (scriptUrl: string) => Promise<PagefindModule> = (url) => import(/* @vite-ignore */ url) as Promise<PagefindModule>,
): SearchFunction {
  let manifest: Promise<SearchIndexManifest> | null = null;
  const pagefinds = onePagefind(indexUrl, load);
  // Keep the recent queries' rankings (load more, back and forth between filters), not every one of a session.
  const ranked = recentPromises<Hit[]>(64);

  /**
   * After a failure, the next search starts afresh: shards.json read again (an update may have folded the month
   * it listed into its year, or removed a shard), and Pagefind imported anew.
   */
  const forget = () => {
    manifest = null;
    pagefinds.forget();
    ranked.clear();
  };

  const manifestOnce = () => {
    manifest ??= fetchJson(`${indexUrl}${SHARDS_FILE}`, SearchIndexManifestSchema).catch((error: unknown) => {
      manifest = null; // let a later query retry
      throw error;
    });
    return manifest;
  };

  /** Every match in one year, in reading order: headline matches, then the rest; each newest first. */
  const hitsIn = (year: Year, terms: string[][], filters: SearchFilters): Promise<Hit[]> =>
    ranked.get(JSON.stringify([year.parts.map((s) => s.id), terms, filters]), async () => rankYear(await pagefinds.get(year), year, terms, filters));

  const sections = async () => sectionsOf((await manifestOnce()).shards);

  const run = async (query: string, filters: SearchFilters = {}, { offset = 0, limit = 10 }: SearchPage = {}): Promise<SearchResponse> => {
    const terms = queryTerms(query);
    if (terms.length === 0) return { results: [], count: 0, complete: true };
    const { shards: all } = await manifestOnce();
    const inRange = yearsOf(all).filter((year) => year.parts.some((shard) => inDateRange(shard, filters)));
    const hits: Hit[] = [];
    let searched = 0;
    try {
      for (const year of inRange) {
        if (hits.length >= offset + limit) break;
        searched++;
        hits.push(...(await hitsIn(year, terms, filters)));
      }
      const results = await Promise.all(hits.slice(offset, offset + limit).map(({ result }) => result.data().then(toResult)));
      return { results, count: hits.length, complete: searched === inRange.length };
    } catch (error) {
      // A shard's files failed to load (the network, or an update replaced them).
      forget();
      throw error;
    }
  };
  return Object.assign(run, { sections });
}

/** Promises by key, the latest `limit` kept; one that rejects is dropped, so that asking again tries again. */
function recentPromises<T>(limit: number) {
  const promises = new Map<string, Promise<T>>();
  const get = (key: string, make: () => Promise<T>): Promise<T> => {
    let promise = promises.get(key);
    if (!promise) {
      promise = make();
      promise.catch(() => promises.delete(key));
      promises.set(key, promise);
      if (promises.size > limit) promises.delete(promises.keys().next().value!);
    }
    return promise;
  };
  return { get, clear: () => promises.clear() };
}

/** The query's space-separated parts, each as the words the index was built from; parts with no word dropped. */
function queryTerms(query: string): string[][] {
  return query
    .split(/\s+/)
    .map(searchWords)
    .filter((words) => words.length > 0);
}

/**
 * One Pagefind for every shard: the script (and so the worker and the wasm) of the first shard a search reads,
 * with each other shard merged in (`mergeIndex`) the first time a search reaches it. Every index gets the
 * filter shard=<its id>, so a search can ask for one shard's results. A shard merged in stays in: a later search
 * loads the word chunks of every shard merged so far (a few KB each), not their scripts or wasm again.
 */
function onePagefind(indexUrl: string, load: (scriptUrl: string) => Promise<PagefindModule>) {
  let current: { pagefind: Promise<PagefindModule>; shards: Map<string, Promise<void>> } | null = null;
  /** How many times a search failed: a retry imports pagefind.js anew under `?retry=<n>`. */
  let failures = 0;

  const start = (first: Shard) => {
    const url = `${indexUrl}${shardScript(first.id)}${failures ? `?retry=${failures}` : ''}`;
    const pagefind = load(url).then(async (module) => {
      await module.options({ basePath: `${indexUrl}${first.id}/`, mergeFilter: { [FILTER.shard]: first.id } });
      // An empty search waits for the first index to load and throws if it did not: mergeIndex would wait forever.
      await module.search('');
      return module;
    });
    return { pagefind, shards: new Map([[first.id, pagefind.then(() => undefined)]]) };
  };

  /** The Pagefind, with every shard of `year` in it. */
  const get = async (year: Year): Promise<PagefindModule> => {
    const session = (current ??= start(year.parts[0]!));
    for (const shard of year.parts) {
      let merged = session.shards.get(shard.id);
      if (!merged) {
        merged = session.pagefind.then((p) => p.mergeIndex(`${indexUrl}${shard.id}/`, { mergeFilter: { [FILTER.shard]: shard.id } }));
        session.shards.set(shard.id, merged);
      }
      await merged;
    }
    return session.pagefind;
  };

  /**
   * Pagefind's `mergeIndex` keeps an index that failed to load in its list, so the same module would rethrow the
   * old error on every later search, even once the files are back; a module imported under another URL is a new
   * instance.
   */
  const forget = () => {
    if (current) failures++;
    current = null;
  };
  return { get, forget };
}

/** A year's shards are newest first and each is newer than the next: their lists, one after the other, are newest first. */
async function rankYear(pagefind: PagefindModule, year: Year, terms: string[][], filters: SearchFilters): Promise<Hit[]> {
  const headlines: Hit[] = [];
  const rest: Hit[] = [];
  for (const shard of year.parts) {
    if (!inDateRange(shard, filters)) continue;
    const one = await rankShard(pagefind, shard, terms, filters);
    headlines.push(...one.headlines);
    rest.push(...one.rest);
  }
  return [...headlines, ...rest];
}

async function rankShard(pagefind: PagefindModule, shard: Shard, terms: string[][], filters: SearchFilters) {
  const options = { filters: pagefindFilters(shard, filters), sort: { [SORT_KEY]: 'desc' as const } };
  const lists: PagefindResult[][] = [];
  for (const words of terms) lists.push((await pagefind.search(`"${words.join(' ')}"`, options))?.results ?? []);
  // An exact search reports a phrase's first place only; a plain search of all the words reports every place,
  // so its locations mark each occurrence of every part in the snippet.
  const marked = new Map(((await pagefind.search(terms.flat().join(' '), options))?.results ?? []).map((r) => [r.id, r]));
  const others = lists.slice(1).map((list) => new Map(list.map((r) => [r.id, r])));
  const inTitle = (r: PagefindResult) => r.words.some((position) => position < shard.titleSlots);
  const headlines: Hit[] = [];
  const rest: Hit[] = [];
  for (const result of lists[0] ?? []) {
    const parts = [result, ...others.map((m) => m.get(result.id))];
    if (parts.some((part) => part === undefined)) continue;
    const hit = { result: marked.get(result.id) ?? result };
    (parts.every((part) => inTitle(part!)) ? headlines : rest).push(hit);
  }
  return { headlines, rest };
}

/** Every topic section (栏目) in the index, each once, by its first name. */
function sectionsOf(shards: readonly Shard[]): { slug: string; name: string }[] {
  const named = new Map<string, string>();
  for (const shard of shards) for (const { slug, name } of shard.sections) if (!named.has(slug)) named.set(slug, name);
  return [...named].map(([slug, name]) => ({ slug, name }));
}

/** The shards of one year, newest first: the year's shard, with the recent month's before it when the year has it. */
interface Year {
  id: string;
  parts: Shard[];
}

function yearsOf(shards: readonly Shard[]): Year[] {
  const years: Year[] = [];
  for (const shard of shards) {
    const id = shardYear(shard.id);
    if (years.at(-1)?.id === id) years.at(-1)!.parts.push(shard);
    else years.push({ id, parts: [shard] });
  }
  return years;
}

function inDateRange(shard: Shard, filters: SearchFilters): boolean {
  return (!filters.from || shard.to >= filters.from) && (!filters.to || shard.from <= filters.to);
}

/**
 * Pagefind filters for one shard: this shard's documents only; paper, section and page as they are; a date range
 * as the dates it covers in the shard.
 */
function pagefindFilters(shard: Shard, filters: SearchFilters): Record<string, string | { any: string[] }> {
  const out: Record<string, string | { any: string[] }> = { [FILTER.shard]: shard.id };
  if (filters.paper) out[FILTER.paper] = filters.paper;
  if (filters.section) out[FILTER.section] = filters.section;
  if (filters.page) out[FILTER.page] = String(filters.page);
  const from = filters.from && filters.from > shard.from ? filters.from : null;
  const to = filters.to && filters.to < shard.to ? filters.to : null;
  if (from || to) out[FILTER.date] = { any: datesBetween(from ?? shard.from, to ?? shard.to) };
  return out;
}

function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  const day = new Date(`${from}T00:00:00Z`);
  for (let iso = from; iso <= to && dates.length < 400; iso = day.toISOString().slice(0, 10)) {
    dates.push(iso);
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return dates;
}

function toResult({ content, locations, meta }: { content: string; locations: number[]; meta: Record<string, string | undefined> }): SearchResult {
  let sections: string[] = [];
  try {
    const parsed: unknown = JSON.parse(meta.sections ?? '[]');
    if (Array.isArray(parsed)) sections = parsed.filter((s): s is string => typeof s === 'string');
  } catch {
    // a malformed list shows no sections
  }
  return {
    url: meta.url ?? '',
    headline: meta.title ?? '',
    paper: meta.paper ?? '',
    date: meta.date ?? '',
    page: Number(meta.page) || 0,
    pageName: meta.pageName || null,
    sections,
    snippet: snippetSegments(content, locations),
    ...(meta.image ? { image: meta.image } : {}),
  };
}

let siteSearch: SearchFunction | null = null;

/** The site's own index, at `<BASE_URL>pagefind/`, created on first use. */
export function search(): SearchFunction {
  siteSearch ??= createSearch(`${import.meta.env.BASE_URL}${SEARCH_FOLDER}/`);
  return siteSearch;
}
