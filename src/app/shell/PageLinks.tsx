import { Link } from '../ui/Link.tsx';
import type { EditionIndex } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { pageLabel } from '../ui/pageLabel.ts';
import { useCurrentInView } from '../ui/useCurrentInView.ts';

interface PageLinksProps {
  edition: EditionIndex;
  currentPage: number | null;
}

/**
 * The masthead's 版面: a link to each page of the edition, the current one marked, in little room however long the
 * edition (styles.css, .page-links): on a phone one row that scrolls sideways inside itself, from sm up at most two
 * centred rows that scroll down inside themselves; faded at an edge with more pages beyond it, the current page
 * scrolled into view. A 24-page edition once wrapped to 3 rows on a desktop and 8 on a phone, pushing the edition down
 * beside 版面导航, which lists the pages again (issue 22). Plain links, prerendered: without script the row scrolls
 * all the same, only not to the current page.
 */
export function PageLinks({ edition, currentPage }: PageLinksProps) {
  const list = useCurrentInView<HTMLUListElement>(currentPage, 'top');
  const first = edition.pages[0]?.number;
  return (
    <nav aria-label="版面" className="mt-1 text-sm sm:mt-2 print:hidden">
      {/* The padding keeps the focus ring inside the scrolling box, which would clip it; the negative margin takes it back out of the layout, so the header is as tall as with plain links (the phone's first screen is measured to the pixel). */}
      <ul ref={list} className="page-links mx-auto -my-1.5 flex w-max max-w-full gap-1 p-1.5">
        {edition.pages.map((page) => (
          <li key={page.number} className="shrink-0">
            <Link
              to={page.number === first ? urls.edition(edition.paper.slug, edition.date) : urls.page(edition.paper.slug, edition.date, page.number)}
              aria-current={page.number === currentPage ? 'page' : undefined}
              className="flex h-7 items-center rounded px-2 whitespace-nowrap sm:px-1.5 hover:bg-accent-soft hover:text-accent aria-[current=page]:bg-accent aria-[current=page]:text-paper"
            >
              <bdi>{pageLabel(page)}</bdi>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
