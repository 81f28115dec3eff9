/**
 * What every route under /<paper>/<date>/ does first: find the paper in site.json, then the edition. Unknown
 * ones throw the 404 response the route's error element draws. A date outside the paper's first and latest
 * editions never reaches the network; one between them is asked for, and a 404 for it is the 404 view.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { EditionIndex, SitePaper } from '../../schema/edition.ts';
import { yearOf } from '../../schema/dataPaths.ts';
import { notFound, orNotFound } from './notFound.ts';
import { archiveYearQuery, editionQuery, siteQuery } from './queries.ts';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function resolvePaper(queryClient: QueryClient, slug: string | undefined): Promise<SitePaper> {
  const site = await queryClient.ensureQueryData(siteQuery());
  const paper = site.papers.find((candidate) => candidate.slug === slug);
  if (!paper) notFound('paper');
  return paper;
}

/** A paper's latest edition is inside site.json: it goes in the cache under its edition's key, with no second fetch. */
export function cacheLatestEdition(queryClient: QueryClient, paper: SitePaper): void {
  const { queryKey } = editionQuery(paper.slug, paper.latest.date);
  if (!queryClient.getQueryData(queryKey)) queryClient.setQueryData(queryKey, paper.latest);
}

/** The edition's index. The latest edition of each paper is inside site.json, so it costs no second fetch. */
export async function resolveEdition(queryClient: QueryClient, paper: SitePaper, date: string | undefined): Promise<EditionIndex> {
  if (date === undefined || !ISO_DATE.test(date) || date < paper.first || date > paper.latest.date) notFound('edition');
  const query = editionQuery(paper.slug, date);
  if (date === paper.latest.date) cacheLatestEdition(queryClient, paper);
  return orNotFound(queryClient.ensureQueryData(query), 'edition', async () => {
    const year = await queryClient.ensureQueryData(archiveYearQuery(paper.slug, yearOf(date)));
    return year.editions.some((edition) => edition.date === date);
  });
}

export async function resolvePaperEdition(queryClient: QueryClient, params: { paper?: string; date?: string }) {
  const paper = await resolvePaper(queryClient, params.paper);
  const edition = await resolveEdition(queryClient, paper, params.date);
  return { paper, edition };
}
