import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { notFound } from '../data/notFound.ts';
import { archiveYearQuery } from '../data/queries.ts';
import { resolvePaper } from '../data/resolve.ts';

export interface ArchivePageData {
  paper: string;
  year: number;
}

/** `/<paper>/archive/<year>`: a year of the paper's first to latest edition. */
export const archiveLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs): Promise<ArchivePageData> => {
    const paper = await resolvePaper(queryClient, params.paper);
    const year = /^\d{4}$/.test(params.year ?? '') ? Number(params.year) : NaN;
    if (!(year >= Number(paper.first.slice(0, 4)) && year <= Number(paper.latest.date.slice(0, 4)))) notFound('archive');
    await queryClient.ensureQueryData(archiveYearQuery(paper.slug, year));
    return { paper: paper.slug, year };
  };
