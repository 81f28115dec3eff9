import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { redirect, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { urls } from '../../schema/urls.ts';
import { notFound } from '../data/notFound.ts';
import { editionQuery, siteQuery } from '../data/queries.ts';
import { ISO_DATE, resolveEdition, resolvePaper, resolvePaperEdition } from '../data/resolve.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { useDocumentTitle } from '../shell/useDocumentTitle.ts';
import { pageLabel } from '../ui/pageLabel.ts';
import { FrontPageLayout } from '../ui/FrontPageLayout.tsx';
import { PageContents } from './PageContents.tsx';
import { SaveEditionButton } from './SaveEditionButton.tsx';
import { SectionFilter } from './SectionFilter.tsx';
import { editionTitle } from '../ui/titles.ts';
import { chunkGone } from '../data/newBuild.ts';

export interface FrontPageData {
  paper: string;
  date: string;
}

/** `?section=` was the section URL before `/section/<slug>`: old links still land on the section. */
function redirectOldSectionLink(request: Request, paper: string, date: string, sections: { slug: string }[]): void {
  const slug = new URL(request.url).searchParams.get('section');
  if (slug === null) return;
  if (!sections.some((section) => section.slug === slug)) notFound('section');
  throw redirect(urls.section(paper, date, slug));
}

/** `/<paper>/<date>/`: an edition's front page. */
export const editionLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs): Promise<FrontPageData> => {
    const { paper, edition } = await resolvePaperEdition(queryClient, params);
    redirectOldSectionLink(request, paper.slug, edition.date, edition.sections);
    return { paper: paper.slug, date: edition.date };
  };

/**
 * `/<paper>/`: the paper's latest edition. A bare date (`/2024-07-05`, the URL before papers had slugs) moves on to the
 * paper with that edition, when only one has it.
 */
export const paperLatestLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs): Promise<FrontPageData> => {
    const site = await queryClient.ensureQueryData(siteQuery());
    const date = params.paper;
    if (date && ISO_DATE.test(date) && !site.papers.some((paper) => paper.slug === date)) {
      // Loaded on demand, as for the other old links (unknownPath.ts): a site of several papers looks the date up.
      const holder =
        site.papers.length === 1 ? site.papers[0] : await (await import('../shell/paperHolding.ts')).onlyPaperWith(queryClient, site.papers, date);
      if (holder) throw redirect(`${urls.edition(holder.slug, date)}${new URL(request.url).search}`);
    }
    const paper = await resolvePaper(queryClient, params.paper);
    const edition = await resolveEdition(queryClient, paper, paper.latest.date);
    redirectOldSectionLink(request, paper.slug, edition.date, edition.sections);
    return { paper: paper.slug, date: edition.date };
  };

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
