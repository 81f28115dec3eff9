import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import type { EditionIndex, SitePaper } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { NotFoundError } from '../data/fetchJson.ts';
import { notFound } from '../data/notFound.ts';
import { editionQuery, siteQuery } from '../data/queries.ts';
import { cacheLatestEdition, ISO_DATE } from '../data/resolve.ts';

/**
 * Any path no route matched. Before papers had slugs, URLs began with the date (`/2024-07-05/article/x`): they
 * still lead to the same page, in the paper that has that edition and that article (page, section), however many
 * papers the site holds now. Everything else is the 404 view.
 */
export const unknownPathLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs): Promise<never> => {
    const rest = params['*'] ?? '';
    const [date, kind, key] = rest.split('/');
    if (date && ISO_DATE.test(date)) {
      const site = await queryClient.ensureQueryData(siteQuery());
      const paper = site.papers.length === 1 ? site.papers[0] : await paperHolding(queryClient, site.papers, date, kind, key);
      // The splat comes decoded: encoded again, segment by segment, so that a %00 or %0A in the URL cannot end up
      // raw in the Location header, which refuses it (a TypeError, shown as "加载失败").
      const path = rest.split('/').map(encodeURIComponent).join('/');
      if (paper) throw redirect(`${urls.paper(paper.slug)}${path}${new URL(request.url).search}`);
    }
    notFound('route');
  };

/** The first paper (in the site's order) with an edition of `date` that holds the article, page or section named. */
async function paperHolding(queryClient: QueryClient, papers: readonly SitePaper[], date: string, kind?: string, key?: string): Promise<SitePaper | undefined> {
  for (const paper of papers) {
    if (date < paper.first || date > paper.latest.date) continue;
    if (date === paper.latest.date) cacheLatestEdition(queryClient, paper);
    let edition: EditionIndex;
    try {
      edition = await queryClient.ensureQueryData(editionQuery(paper.slug, date));
    } catch (error) {
      if (error instanceof NotFoundError) continue; // no edition that day
      throw error;
    }
    if (holds(edition, kind, key)) return paper;
  }
  return undefined;
}

function holds(edition: EditionIndex, kind?: string, key?: string): boolean {
  switch (kind) {
    case 'article':
      return edition.articles.some((article) => article.id === key);
    case 'page':
      return edition.pages.some((page) => String(page.number) === key);
    case 'section':
      return edition.sections.some((section) => section.slug === key);
    default:
      return true; // the edition itself (`/2024-07-05`), or a path its route will answer with the 404 view
  }
}
