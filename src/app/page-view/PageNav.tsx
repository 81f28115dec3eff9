import { Link } from '../ui/Link.tsx';
import type { EditionIndex, Page } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { pageLabel } from '../ui/pageLabel.ts';

interface PageNavProps {
  edition: EditionIndex;
  previous: Page | undefined;
  next: Page | undefined;
}

/** 上一版 / 下一版, and back to the front page. */
export function PageNav({ edition, previous, next }: PageNavProps) {
  const paper = edition.paper.slug;
  const link = (page: Page, label: string, className = '') => (
    <Link to={urls.page(paper, edition.date, page.number)} className={`group block min-w-0 ${className}`}>
      <span className="block text-sm text-muted">
        {label}
        <span className="sr-only">：</span>
      </span>
      <bdi className="font-bold group-hover:text-accent group-hover:underline">{pageLabel(page)}</bdi>
    </Link>
  );
  return (
    <nav aria-label="上一版和下一版" className="mt-10 grid gap-4 border-t border-rule pt-6 sm:grid-cols-3">
      {previous ? link(previous, '上一版') : <span />}
      <p className="sm:text-center">
        <Link to={urls.edition(paper, edition.date)} className="font-bold text-accent underline underline-offset-4">
          返回头版
        </Link>
      </p>
      {next ? link(next, '下一版', 'sm:text-right') : null}
    </nav>
  );
}
