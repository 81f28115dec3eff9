import { Link } from '../ui/Link.tsx';
import type { Image, Page, Rect } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { AreaRects } from '../ui/AreaRects.tsx';
import { pageLabel } from '../ui/pageLabel.ts';
import { srcSet } from '../printed-page/imageSources.ts';

interface PageLocatorProps {
  paper: string;
  date: string;
  id: string;
  page: Page;
  area: Rect[] | undefined;
}

/** 在版面中: a small picture of the printed page with the article's area marked, opening the page with it outlined. */
export function PageLocator({ paper, date, id, page, area }: PageLocatorProps) {
  const picture: Image | undefined = page.thumbnail ?? page.image;
  if (!picture || !area || area.length === 0) return null;
  return (
    <section aria-labelledby="page-locator-heading" className="mt-6 mb-6 font-sans text-sm">
      <h2 id="page-locator-heading" className="mb-2 font-bold text-muted">
        在版面中
      </h2>
      <Link to={`${urls.page(paper, date, page.number)}#${encodeURIComponent(id)}`} className="group inline-flex items-end gap-3 hover:text-accent">
        <span className="relative block w-20 shrink-0 border border-rule bg-white">
          <img
            src={srcSet(picture).split(' ')[0]}
            srcSet={srcSet(picture)}
            sizes="80px"
            width={picture.width}
            height={picture.height}
            alt=""
            loading="lazy"
            className="block h-auto w-full dark:brightness-85 dark:group-hover:brightness-100"
          />
          {/* SVG, as on the page view: its geometry is attributes, which the site's CSP allows and style attributes are not. */}
          <svg viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true" className="absolute inset-0 size-full">
            <AreaRects area={area} strokeWidth={2} className="fill-accent/30 stroke-accent" />
          </svg>
        </span>
        <span className="text-accent underline underline-offset-4">
          在<bdi>{pageLabel(page)}</bdi>上看本文
        </span>
      </Link>
    </section>
  );
}
