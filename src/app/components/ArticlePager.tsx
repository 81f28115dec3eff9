import type { ArticleSummary } from '../../schema/edition.ts';
import { ArticleLink } from './ArticleLink.tsx';

interface ArticlePagerProps {
  date: string;
  previous: ArticleSummary | undefined;
  next: ArticleSummary | undefined;
}

/** 上一篇 / 下一篇 in the edition's reading order. */
export function ArticlePager({ date, previous, next }: ArticlePagerProps) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="上一篇和下一篇" className="mt-10 grid gap-4 border-t border-rule pt-6 sm:grid-cols-2">
      {previous ? (
        <ArticleLink date={date} id={previous.id} className="group block min-w-0">
          <span className="block text-sm text-muted">上一篇<span className="sr-only">:</span></span>
          <span className="font-serif font-bold group-hover:text-accent group-hover:underline">
            {previous.headline || '(无标题)'}
          </span>
        </ArticleLink>
      ) : (
        <span />
      )}
      {next ? (
        <ArticleLink date={date} id={next.id} className="group block min-w-0 sm:text-right">
          <span className="block text-sm text-muted">下一篇<span className="sr-only">:</span></span>
          <span className="font-serif font-bold group-hover:text-accent group-hover:underline">
            {next.headline || '(无标题)'}
          </span>
        </ArticleLink>
      ) : null}
    </nav>
  );
}
