import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useLoaderData } from 'react-router';
import { editionQuery } from '../data/queries.ts';
import type { FrontPageData } from './frontPageLoader.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { useDocumentTitle } from '../shell/useDocumentTitle.ts';
import { pageLabel } from '../ui/pageLabel.ts';
import { FrontPageLayout } from '../ui/FrontPageLayout.tsx';
import { PageContents } from './PageContents.tsx';
import { SaveEditionButton } from './SaveEditionButton.tsx';
import { SectionFilter } from './SectionFilter.tsx';
import { editionTitle } from '../ui/titles.ts';
import { chunkGone } from '../data/newBuild.ts';

/** 版面导航, only for editions with page images: its code stays out of a text edition's first view. */
const PageThumbnails = lazy(async () => ({ default: (await import('../printed-page/PageThumbnails.tsx').catch(chunkGone)).PageThumbnails }));

/** 头版: page 1 in full, then the 要目 of the other pages. */
export function FrontPage() {
  const { paper, date } = useLoaderData<FrontPageData>();
  const { data: edition } = useSuspenseQuery(editionQuery(paper, date));
  const first = edition.pages[0]!;
  const articles = edition.articles.filter((article) => article.page === first.number);

  useDocumentTitle(editionTitle(edition));

  return (
    <>
      <PageHeader paper={paper} edition={edition} currentPage={first.number} titleIsHeading />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 outline-none">
        <SectionFilter edition={edition} active={null} />
        <div className="mt-4 flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm font-bold tracking-widest text-muted">
            <bdi>{pageLabel(first)}</bdi>
          </p>
          <SaveEditionButton edition={edition} />
        </div>
        {first.thumbnail ? (
          <Suspense>
            <PageThumbnails edition={edition} current={first.number} />
          </Suspense>
        ) : null}
        <FrontPageLayout paper={paper} date={date} articles={articles} />
        <PageContents edition={edition} />
      </main>
    </>
  );
}
