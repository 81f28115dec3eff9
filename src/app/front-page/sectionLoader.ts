import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import type { Section } from '../../schema/edition.ts';
import { notFound } from '../data/notFound.ts';
import { resolvePaperEdition } from '../data/resolve.ts';

export interface SectionPageData {
  paper: string;
  date: string;
  section: Section;
}

/** `/<paper>/<date>/section/<slug>`: one topic section of an edition, across its pages. */
export const sectionLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs): Promise<SectionPageData> => {
    const { paper, edition } = await resolvePaperEdition(queryClient, params);
    const section = edition.sections.find((candidate) => candidate.slug === params.section);
    if (!section) notFound('section');
    return { paper: paper.slug, date: edition.date, section };
  };
