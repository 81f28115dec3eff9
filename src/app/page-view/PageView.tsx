import { useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData } from 'react-router';
import { editionQuery } from '../data/queries.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { useDocumentTitle } from '../shell/useDocumentTitle.ts';
import { pageLabel } from '../ui/pageLabel.ts';
import { FrontPageLayout } from '../ui/FrontPageLayout.tsx';
import type { PageViewData } from './pageLoader.ts';
import { PageNav } from './PageNav.tsx';
import { pageTitle } from '../ui/titles.ts';
import { PageModeSwitch } from '../printed-page/PageModeSwitch.tsx';
import { PageThumbnails } from '../printed-page/PageThumbnails.tsx';
import { PrintedPage } from '../printed-page/PrintedPage.tsx';

/**
 * A page (版): the printed page with its stories to tap when the edition has page images (版面; 文字 hides it),
 * then its articles in printed order, its lead first, then the way to the pages either side.
 */
export function PageView() {
  const { paper, date, page: number } = useLoaderData<PageViewData>();
  const { data: edition } = useSuspenseQuery(editionQuery(paper, date));
  const at = edition.pages.findIndex((page) => page.number === number);
  const page = edition.pages[at]!;
  const articles = edition.articles.filter((article) => article.page === number);

  useDocumentTitle(pageTitle(edition, page));

  return (
    <>
      <PageHeader paper={paper} edition={edition} currentPage={number} titleIsHeading={false} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 outline-none">
        <div className="mt-6 flex flex-wrap items-end justify-between gap-2 border-b-2 border-ink pb-2">
          <h1 tabIndex={-1} className="font-sans text-2xl font-bold tracking-widest">
            <bdi>{pageLabel(page)}</bdi>
            <span className="ml-3 text-base font-normal tracking-normal text-muted">共{articles.length}篇</span>
          </h1>
          {page.image ? <PageModeSwitch /> : null}
        </div>
        {/* On a wide screen, the page large on the left, 版面导航 and the page's stories beside it (styles.css). Marked
            here, not found by the stylesheet from the printed page inside: a browser paints a page before it has all
            of it, and the layout must not change when the printed page arrives. */}
        <div className="page-spread" data-printed={page.image ? '' : undefined}>
          <PageThumbnails edition={edition} current={number} />
          {page.image ? <PrintedPage paper={paper} date={date} page={{ ...page, image: page.image }} articles={articles} /> : null}
        </div>
        <FrontPageLayout paper={paper} date={date} articles={articles} />
        <PageNav edition={edition} previous={edition.pages[at - 1]} next={edition.pages[at + 1]} />
      </main>
    </>
  );
}
