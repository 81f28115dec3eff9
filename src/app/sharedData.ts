/**
 * The data files many prerendered pages share (site.json, an edition's index: see sharedFileOf): read once for a run
 * of pages, and named in each page's hydration state and preloads rather than copied into it.
 */
import type { QueryClient, QueryPersister } from '@tanstack/react-query';
import type { Site } from '../schema/edition.ts';
import { sharedFileOf, siteQuery } from './data/queries.ts';

/**
 * The files that many pages share (site.json, an edition's index) are read and checked once for a run of pages, not
 * once a page. A prerender run goes edition by edition, so a few recent ones are kept.
 */
const sharedData = new Map<string, Promise<unknown>>();
const SHARED_KEPT = 8;
export const readShared: QueryPersister = (queryFn, context, query) => {
  if (sharedFileOf(query.queryKey) === null) return Promise.resolve(queryFn(context));
  let data = sharedData.get(query.queryHash);
  if (!data) {
    data = Promise.resolve(queryFn(context));
    data.catch(() => sharedData.delete(query.queryHash));
    sharedData.set(query.queryHash, data);
    if (sharedData.size > SHARED_KEPT) sharedData.delete(sharedData.keys().next().value!);
  }
  return data;
};

/** Starts a run of pages: the data files may have changed since the last (another site, a day added). */
export function forgetSharedData(): void {
  sharedData.clear();
}

/** The shared files the page used: the browser needs each before it takes the page over. */
export function sharedQueries(queryClient: QueryClient): (readonly unknown[])[] {
  return queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.status === 'success' && sharedFileOf(query.queryKey) !== null)
    .map((query) => query.queryKey);
}

/**
 * The shared files to fetch with the page: not a paper's latest index, which is inside site.json (the browser takes
 * it from there while site.json still names this edition the latest, and fetches it once a newer day has come).
 */
export function preloadOf(queryClient: QueryClient, shared: (readonly unknown[])[]): string[] {
  const site = queryClient.getQueryData<Site>(siteQuery().queryKey);
  const insideSite = (key: readonly unknown[]) => key[0] === 'edition' && site?.papers.some((p) => p.slug === key[1] && p.latest.date === key[2]);
  return shared.filter((key) => !insideSite(key)).map((key) => sharedFileOf(key)!);
}
