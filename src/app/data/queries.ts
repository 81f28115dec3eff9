import { QueryClient, queryOptions } from '@tanstack/react-query';
import { ArticleFileSchema, EditionIndexSchema, EditionListSchema } from '../schema/edition.ts';
import { dataUrl } from './lib/dataUrl.ts';
import { fetchJson, isTransient } from './lib/fetchJson.ts';

// Editions never change once printed, so nothing here goes stale; only the list of editions can grow, and a
// reload picks that up.
export const editionsQuery = () =>
  queryOptions({
    queryKey: ['editions'],
    queryFn: ({ signal }) => fetchJson(dataUrl('editions.json'), EditionListSchema, signal),
    staleTime: Infinity,
  });

export const editionQuery = (date: string) =>
  queryOptions({
    queryKey: ['edition', date],
    queryFn: ({ signal }) => fetchJson(dataUrl(`${date}/index.json`), EditionIndexSchema, signal),
    staleTime: Infinity,
  });

export const articleQuery = (date: string, id: string) =>
  queryOptions({
    queryKey: ['article', date, id],
    queryFn: ({ signal }) => fetchJson(dataUrl(`${date}/articles/${id}.json`), ArticleFileSchema, signal),
    staleTime: Infinity,
  });

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
