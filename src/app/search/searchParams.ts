/**
 * A search as the URL holds it: `/search?q=…&paper=…&section=…&page=…&from=…&to=…` (src/schema/urls.ts). Values
 * that are not what a filter takes are ignored, so a hand-edited URL still searches.
 */
import type { SearchFilters } from './search.ts';

export interface SearchState {
  query: string;
  filters: SearchFilters;
}

const SLUG = /^[a-z0-9-]{1,64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD that names a real day: not 2023-06-99, 2023-06-00 or 2023-02-30 (which Date would roll into March). */
function isDay(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

export function readSearchParams(params: URLSearchParams): SearchState {
  const text = (name: string, pattern: RegExp, valid: (value: string) => boolean = () => true) => {
    const value = params.get(name);
    return value !== null && pattern.test(value) && valid(value) ? value : null;
  };
  const page = Number(params.get('page'));
  return {
    query: (params.get('q') ?? '').trim().slice(0, 200),
    filters: {
      paper: text('paper', SLUG),
      section: text('section', SLUG),
      page: Number.isInteger(page) && page > 0 && page < 1000 ? page : null,
      from: text('from', DATE, isDay),
      to: text('to', DATE, isDay),
    },
  };
}

/** The URL's search part for a query and its filters, empty filters left out, in a fixed order. */
export function searchParamsOf({ query, filters }: SearchState): URLSearchParams {
  const params = new URLSearchParams({ q: query });
  for (const name of ['paper', 'section', 'page', 'from', 'to'] as const) {
    const value = filters[name];
    if (value !== null && value !== undefined && value !== '') params.set(name, String(value));
  }
  return params;
}

/** The filters as a stable query key: the same filters in any order are the same search. */
export function filtersKey(filters: SearchFilters): (string | number | null)[] {
  return [filters.paper ?? null, filters.section ?? null, filters.page ?? null, filters.from ?? null, filters.to ?? null];
}
