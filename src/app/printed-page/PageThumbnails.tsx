import { Link } from '../ui/Link.tsx';
import type { EditionIndex } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { pageLabel } from '../ui/pageLabel.ts';
import { useCurrentInView } from '../ui/useCurrentInView.ts';
import { srcSet } from './imageSources.ts';

interface PageThumbnailsProps {
  edition: EditionIndex;
  /** The page on screen, marked; null on the front page. */
  current: number | null;
}

/**
 * 版面导航: the edition's printed pages as thumbnails, each opening its page view. Only for editions whose pages
 * have images (PDF editions); a text edition keeps the masthead's list and the 要目. A strip that scrolls sideways,
 * or beside the page on a wide screen a grid that scrolls down (styles.css, .page-spread); either way, the current
 * page's thumbnail is scrolled into view inside it.
 */
export function PageThumbnails({ edition, current }: PageThumbnailsProps) {
  const list = useCurrentInView<HTMLOListElement>(current, 'centre');
  if (!edition.pages.some((page) => page.thumbnail)) return null;
  return (
    <nav aria-label="版面导航" className="mt-4 print:hidden">
      {/* The padding keeps the current page's outline inside the scrolling box, which would clip it. */}
      <ol ref={list} className="page-thumbnails flex gap-3 overflow-x-auto p-1 pb-2">
        {edition.pages.map((page) => (
          <li key={page.number} className="w-20 shrink-0">
            <Link
              to={urls.page(edition.paper.slug, edition.date, page.number)}
              aria-current={page.number === current ? 'page' : undefined}
              className="group block text-center text-xs leading-tight hover:text-accent aria-[current=page]:font-bold aria-[current=page]:text-accent"
            >
              {page.thumbnail ? (
                <img
                  src={srcSet(page.thumbnail).split(' ')[0]}
                  srcSet={srcSet(page.thumbnail)}
                  sizes="80px"
                  width={page.thumbnail.width}
                  height={page.thumbnail.height}
                  alt=""
                  loading="lazy"
                  className="mb-1 h-auto w-full border border-rule bg-white group-aria-[current=page]:outline-3 group-aria-[current=page]:outline-accent"
                />
              ) : null}
              <bdi>{pageLabel(page)}</bdi>
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
