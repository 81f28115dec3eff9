import { Fragment, useId } from 'react';
import { Link } from '../ui/Link.tsx';
import { dataUrl } from '../data/dataUrl.ts';
import { formatEditionDate } from '../ui/dates.ts';
import { displayHeadline } from '../ui/displayHeadline.ts';
import { cjkPunctuationSegments } from './cjkPunctuationSegments.ts';
import { markQuery } from './markQuery.ts';
import { phraseSegments } from './phraseSegments.ts';
import { usePhrases } from '../ui/phrases.ts';
import type { SearchFilters, SearchResult } from './search.ts';
import type { SnippetSegment } from './snippetSegments.ts';

export interface SearchResultsProps {
  query: string;
  /** Results so far (every page loaded), in order. */
  results: SearchResult[];
  /** Matches in the years searched so far. */
  count: number;
  /** Every year was searched: `count` is the total. */
  complete: boolean;
  /** A search or a further page is on its way. */
  loading: boolean;
  onLoadMore: () => void;
  /** The last request for more failed (its years' files did not load): say so, and offer to try again. */
  loadMoreFailed?: boolean;
  /** Controlled: the caller keeps them in the URL and searches again when they change. */
  filters: SearchFilters;
  onFiltersChange: (filters: SearchFilters) => void;
  papers: { slug: string; name: string }[];
  sections: { slug: string; name: string }[];
}

/** The results of a search: a count, filters, each result with its headline link and a marked snippet, more on request. */
export function SearchResults(props: SearchResultsProps) {
  const { query, results, count, complete, loading, onLoadMore, loadMoreFailed = false } = props;
  const more = results.length < count || !complete;
  return (
    <section aria-labelledby="search-results-heading" aria-busy={loading} className="py-4">
      <h2 id="search-results-heading" className="sr-only">
        搜索结果
      </h2>
      <SearchFilterBar {...props} />
      <p role="status" className="mt-4 text-sm text-muted">
        {loading && results.length === 0
          ? '正在搜索…'
          : count === 0 && complete
            ? null
            : `找到${count}篇${complete ? '' : '，更早的年份在加载更多时继续搜索'}`}
      </p>
      {count === 0 && complete && !loading ? (
        <div className="py-12 text-center">
          <p className="font-serif text-xl">
            没有找到与「<bdi>{query}</bdi>」相关的文章
          </p>
          <p className="mt-2 text-sm text-muted">换个说法，少用几个词，或放宽筛选条件再试。</p>
        </div>
      ) : (
        <ol className="mt-2 divide-y divide-rule">
          {results.map((result) => (
            <SearchResultItem key={result.url} result={result} query={query} />
          ))}
        </ol>
      )}
      {more && results.length > 0 ? (
        // A failed next page: the same button, now 重试, in an alert of its own (a new element, so it is announced).
        <div key={loadMoreFailed ? 'failed' : 'more'} role={loadMoreFailed ? 'alert' : undefined} className="mt-6 text-center">
          {loadMoreFailed ? <p className="mb-3">没能载入更多结果，可能是网络不通或网站正在更新。上面的结果不受影响。</p> : null}
          <button
            type="button"
            onClick={onLoadMore}
            disabled={loading}
            className="min-h-11 rounded-full border border-rule px-6 py-2 text-sm hover:border-accent hover:text-accent disabled:opacity-60"
          >
            {loadMoreFailed ? (loading ? '正在重试…' : '重试') : loading ? '正在加载…' : '加载更多'}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function Marked({ segments }: { segments: SnippetSegment[] }) {
  return segments.map((segment, i) =>
    segment.match ? (
      <mark key={i} className="rounded-sm bg-mark px-0.5 text-ink">
        {segment.text}
      </mark>
    ) : (
      <Fragment key={i}>{segment.text}</Fragment>
    ),
  );
}

/**
 * A result's headline with the query marked, breaking only between phrases (BudouX, as PhraseText does for the
 * article's headline): `<wbr>` between phrases, `word-break: keep-all` inside. Plain marked text until the
 * phrases are known.
 */
function MarkedHeadline({ headline, query }: { headline: string; query: string }) {
  const segments = markQuery(headline, query);
  const phrases = usePhrases(headline);
  if (!phrases || phrases.length < 2) return <Marked segments={segments} />;
  return (
    <span className="break-keep" data-phrases={phrases.length}>
      {phraseSegments(segments, phrases).map((parts, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          <Marked segments={parts} />
        </Fragment>
      ))}
    </span>
  );
}

function SearchResultItem({ result, query }: { result: SearchResult; query: string }) {
  const where = [`第${result.page}版`, result.pageName, ...result.sections.filter((s) => s !== result.pageName)].filter(Boolean);
  return (
    <li className="py-4">
      <article className="flow-root">
        {/* The article's photo beside the result: decorative (the headline names the result), loaded when in view. */}
        {result.image ? (
          <img src={dataUrl(result.image)} alt="" loading="lazy" className="float-right ml-3 h-16 w-24 rounded bg-slot object-cover" />
        ) : null}
        {/* Breaks between phrases, and no last line of one character. */}
        <h3 className="font-serif text-lg font-bold leading-snug text-pretty">
          <Link to={result.url} className="hover:text-accent hover:underline">
            <MarkedHeadline headline={displayHeadline(result.headline)} query={query} />
          </Link>
        </h3>
        <p className="mt-1 text-sm text-muted">
          <bdi>{result.paper}</bdi> · <time dateTime={result.date}>{formatEditionDate(result.date)}</time> ·{' '}
          {where.map((part, i) => (
            <Fragment key={i}>
              {i > 0 ? ' · ' : null}
              <bdi>{part}</bdi>
            </Fragment>
          ))}
        </p>
        {result.snippet.length > 0 ? (
          <p className="mt-2 font-serif leading-[1.8]">
            <Marked segments={cjkPunctuationSegments(result.snippet)} />
          </p>
        ) : null}
      </article>
    </li>
  );
}

function SearchFilterBar({ filters, onFiltersChange, papers, sections }: SearchResultsProps) {
  const id = useId();
  const set = (change: Partial<SearchFilters>) => onFiltersChange({ ...filters, ...change });
  const field = 'min-h-9 rounded border border-muted bg-paper px-2 py-1.5 text-sm';
  return (
    <fieldset className="flex flex-wrap items-end gap-3 border-b border-rule pb-3">
      <legend className="sr-only">筛选</legend>
      {papers.length > 1 ? (
        <label className="flex flex-col gap-1 text-sm" htmlFor={`${id}-paper`}>
          报纸
          <select id={`${id}-paper`} className={field} value={filters.paper ?? ''} onChange={(e) => set({ paper: e.target.value || null })}>
            <option value="">全部</option>
            {papers.map((paper) => (
              <option key={paper.slug} value={paper.slug}>
                {paper.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="flex flex-col gap-1 text-sm" htmlFor={`${id}-section`}>
        话题
        <select id={`${id}-section`} className={field} value={filters.section ?? ''} onChange={(e) => set({ section: e.target.value || null })}>
          <option value="">全部</option>
          {sections.map((section) => (
            <option key={section.slug} value={section.slug}>
              {section.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm" htmlFor={`${id}-page`}>
        版次
        <input
          id={`${id}-page`}
          type="number"
          inputMode="numeric"
          min={1}
          className={`${field} w-20`}
          value={filters.page ?? ''}
          onChange={(e) => set({ page: Number(e.target.value) > 0 ? Math.floor(Number(e.target.value)) : null })}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm" htmlFor={`${id}-from`}>
        从
        <input id={`${id}-from`} type="date" className={field} value={filters.from ?? ''} onChange={(e) => set({ from: e.target.value || null })} />
      </label>
      <label className="flex flex-col gap-1 text-sm" htmlFor={`${id}-to`}>
        到
        <input id={`${id}-to`} type="date" className={field} value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value || null })} />
      </label>
    </fieldset>
  );
}
