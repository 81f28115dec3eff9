import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { EditionIndex } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { pageLabel } from '../ui/pageLabel.ts';

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
  const list = useCurrentInView(currentPage);
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

/**
 * Scrolls the row (never the window) so that the current page's link is in it when it is not wholly in view: at
 * once on the first view, smoothly after a move to another page unless the reader asked for less motion.
 */
function useCurrentInView(current: number | null) {
  const list = useRef<HTMLUListElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    const row = list.current;
    const item = row?.querySelector<HTMLElement>('[aria-current="page"]')?.parentElement;
    if (!row || !item) return;
    const still = !moved.current || (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);
    moved.current = true;
    const outer = row.getBoundingClientRect();
    const inner = item.getBoundingClientRect();
    // Sideways (a phone): centred. Down (from sm up, two rows in view): its row on top, whole, with the next under it.
    const left =
      inner.left < outer.left || inner.right > outer.right
        ? row.scrollLeft + inner.left - outer.left - (outer.width - inner.width) / 2
        : row.scrollLeft;
    const top =
      inner.top < outer.top || inner.bottom > outer.bottom
        ? row.scrollTop + inner.top - outer.top - parseFloat(getComputedStyle(row).paddingTop)
        : row.scrollTop;
    if (left !== row.scrollLeft || top !== row.scrollTop) row.scrollTo({ left, top, behavior: still ? 'instant' : 'smooth' });
  }, [current]);
  return list;
}
