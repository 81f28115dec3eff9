import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { urls } from '../../schema/urls.ts';
import { notFound } from '../data/notFound.ts';
import { siteQuery } from '../data/queries.ts';
import { ISO_DATE } from '../data/resolve.ts';

/**
 * Any path no route matched. Before papers had slugs, URLs began with the date (`/2024-07-05/article/x`): on a
 * site of one paper those still lead to the same page. Everything else is the 404 view.
 */
export const unknownPathLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs): Promise<never> => {
    const rest = params['*'] ?? '';
    const [first] = rest.split('/');
    if (first && ISO_DATE.test(first)) {
      const site = await queryClient.ensureQueryData(siteQuery());
      const only = site.papers.length === 1 ? site.papers[0] : undefined;
      // The splat comes decoded: encoded again, segment by segment, so that a %00 or %0A in the URL cannot end up
      // raw in the Location header, which refuses it (a TypeError, shown as "加载失败").
      const path = rest.split('/').map(encodeURIComponent).join('/');
      if (only) throw redirect(`${urls.paper(only.slug)}${path}${new URL(request.url).search}`);
    }
    notFound('route');
  };
