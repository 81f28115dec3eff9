import type { ArticleSummary } from '../../schema/edition.ts';
import { displayHeadline } from '../ui/displayHeadline.ts';
import { ArticleLink } from '../ui/ArticleLink.tsx';
import { PhraseText } from '../ui/PhraseText.tsx';

interface ArticlePagerProps {
  paper: string;
  date: string;
  previous: ArticleSummary | undefined;
  next: ArticleSummary | undefined;
}

/** 上一篇 / 下一篇 in the edition's reading order. */
export function ArticlePager({ paper, date, previous, next }: ArticlePagerProps) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="上一篇和下一篇" className="mt-10 grid gap-4 border-t border-rule pt-6 sm:grid-cols-2">
      {previous ? <PagerLink paper={paper} date={date} article={previous} label="上一篇" /> : <span />}
      {next ? <PagerLink paper={paper} date={date} article={next} label="下一篇" className="sm:text-right" /> : null}
    </nav>
  );
}

function PagerLink({
  paper,
  date,
  article,
  label,
  className = '',
}: {
  paper: string;
  date: string;
  article: ArticleSummary;
  label: string;
  className?: string;
}) {
  return (
    <ArticleLink paper={paper} date={date} id={article.id} className={`group block min-w-0 ${className}`}>
      <span className="block text-sm text-muted">
        {label}
        <span className="sr-only">：</span>
      </span>
      {/* Breaks between phrases, and no last line of one character (…签约仪式举 / 行). */}
      <span className="block font-serif font-bold text-pretty group-hover:text-accent group-hover:underline">
        <PhraseText text={displayHeadline(article.headline)} />
      </span>
    </ArticleLink>
  );
}
