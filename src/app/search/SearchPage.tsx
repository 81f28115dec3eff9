import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { siteQuery } from '../data/queries.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { useDocumentTitle } from '../shell/useDocumentTitle.ts';
import { useHydrated } from '../shell/useHydrated.ts';
import { searchTitle } from '../ui/titles.ts';
import type { SearchFilters } from './search.ts';
import { filtersKey, readSearchParams, searchParamsOf } from './searchParams.ts';
import { SearchResults } from './SearchResults.tsx';

const PAGE_SIZE = 10;

/** The search client and Pagefind come on the first search, never with the page. */
const siteSearch = async () => (await import('./search.ts')).search();

/**
 * `/search?q=…`: the results of a query, with its filters in the URL. Prerendered without a query as a page that
 * says search needs JavaScript; with script, that message gives way to the search as soon as the page hydrates.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const { query, filters } = readSearchParams(params);
  const hydrated = useHydrated();
  useDocumentTitle(searchTitle(query));

  const { data: site } = useQuery(siteQuery());
  const sections = useSearchSections(hydrated && query !== '');
  const results = useSearchResults(query, filters, hydrated && query !== '');

  const setFilters = (next: SearchFilters) => setParams(searchParamsOf({ query, filters: next }), { replace: true, preventScrollReset: true });
  const pages = results.data?.pages ?? [];
  const last = pages.at(-1);

  return (
    <>
      <PageHeader paper={null} edition={null} currentPage={null} titleIsHeading={false} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none">
        <h1 tabIndex={-1} className="font-serif text-2xl font-bold sm:text-3xl">
          {query ? (
            <>
              搜索：<bdi>{query}</bdi>
            </>
          ) : (
            '搜索'
          )}
        </h1>
        {!hydrated ? (
          <div className="py-12 text-center">
            <p className="font-serif text-xl">搜索需要浏览器启用 JavaScript。</p>
            <p className="mt-2 text-sm text-muted">请启用 JavaScript 后重新打开本页；不用脚本，也可以从每期报纸的版面和往期日历找到文章。</p>
          </div>
        ) : query === '' ? (
          <p className="py-12 text-center text-muted">在上面的搜索框输入词语，搜索本站所有报纸的每一期。多个词用空格分开，文章须包含每一个词。</p>
        ) : results.isError && !results.data ? (
          <SearchUnavailable retrying={results.isFetching} onRetry={() => void results.refetch()} />
        ) : (
          <SearchResults
            query={query}
            results={pages.flatMap((page) => page.results)}
            count={last?.count ?? 0}
            complete={last?.complete ?? false}
            loading={results.isFetching}
            onLoadMore={() => void results.fetchNextPage()}
            loadMoreFailed={results.isFetchNextPageError}
            filters={filters}
            onFiltersChange={setFilters}
            papers={site?.papers.map(({ slug, name }) => ({ slug, name })) ?? []}
            sections={sections.data ?? []}
          />
        )}
      </main>
    </>
  );
}

/** Every topic section in the index, for the section filter: asked for once the page searches. */
function useSearchSections(enabled: boolean) {
  return useQuery({
    queryKey: ['search', 'sections'],
    queryFn: async () => (await siteSearch()).sections(),
    staleTime: Infinity,
    enabled,
  });
}

/** The query's results, PAGE_SIZE at a time: a next page while the years searched so far may hold more. */
function useSearchResults(query: string, filters: SearchFilters, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ['search', 'results', query, ...filtersKey(filters)],
    queryFn: async ({ pageParam }) => (await siteSearch())(query, filters, { offset: pageParam, limit: PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, page) => n + page.results.length, 0);
      return loaded < last.count || !last.complete ? loaded : undefined;
    },
    staleTime: Infinity,
    enabled,
    // A changed filter keeps the old list on screen (marked busy) until the new one is there.
    placeholderData: keepPreviousData,
  });
}

/** The index failed to load (the network, or an update under way), with 重试. */
function SearchUnavailable({ retrying, onRetry }: { retrying: boolean; onRetry: () => void }) {
  return (
    <div role="alert" className="py-12 text-center">
      <p className="font-serif text-xl">搜索暂时无法使用</p>
      <p className="mt-2 text-sm text-muted">没能载入搜索索引，可能是网络不通或网站正在更新。</p>
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className="mt-6 rounded bg-accent px-4 py-2 font-bold text-paper disabled:opacity-60"
      >
        {retrying ? '正在重试…' : '重试'}
      </button>
    </div>
  );
}
