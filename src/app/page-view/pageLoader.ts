import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { notFound } from '../data/notFound.ts';
import { resolvePaperEdition } from '../data/resolve.ts';

export interface PageViewData {
  paper: string;
  date: string;
  page: number;
}

/** `/<paper>/<date>/page/<n>`: one printed page (版). */
export const pageLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs): Promise<PageViewData> => {
    const { paper, edition } = await resolvePaperEdition(queryClient, params);
    const number = /^[1-9]\d{0,3}$/.test(params.page ?? '') ? Number(params.page) : NaN;
    if (!edition.pages.some((page) => page.number === number)) notFound('page');
    return { paper: paper.slug, date: edition.date, page: number };
  };
