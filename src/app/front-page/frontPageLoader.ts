import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { urls } from '../../schema/urls.ts';
import { notFound } from '../data/notFound.ts';
import { siteQuery } from '../data/queries.ts';
import { ISO_DATE, resolveEdition, resolvePaper, resolvePaperEdition } from '../data/resolve.ts';

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
