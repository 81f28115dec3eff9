import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { urls } from '../../schema/urls.ts';
import { notFound } from '../data/notFound.ts';
import { siteQuery } from '../data/queries.ts';
import { ISO_DATE } from '../data/resolve.ts';

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
      // Loaded on demand: old links on a site of several papers are rare, and the first view has no room to spare.
      const paper =
        site.papers.length === 1 ? site.papers[0] : await (await import('./paperHolding.ts')).paperHolding(queryClient, site.papers, date, kind, key);
      // The splat comes decoded: encoded again, segment by segment, so that a %00 or %0A in the URL cannot end up
      // raw in the Location header, which refuses it (a TypeError, shown as "加载失败").
      const path = rest.split('/').map(encodeURIComponent).join('/');
      if (paper) throw redirect(`${urls.paper(paper.slug)}${path}${new URL(request.url).search}`);
    }
    notFound('route');
  };
