import { useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import type { Section } from '../../schema/edition.ts';
import { notFound } from '../data/notFound.ts';
import { editionQuery } from '../data/queries.ts';
import { resolvePaperEdition } from '../data/resolve.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { useDocumentTitle } from '../shell/useDocumentTitle.ts';
import { formatEditionDate } from '../ui/dates.ts';
import { FrontPageLayout } from '../ui/FrontPageLayout.tsx';
import { SectionFilter } from './SectionFilter.tsx';

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

export function SectionPage() {
  const { paper, date, section } = useLoaderData<SectionPageData>();
  const { data: edition } = useSuspenseQuery(editionQuery(paper, date));
  const articles = edition.articles.filter((article) => article.sections.includes(section.slug));

  useDocumentTitle(`${section.name} - ${edition.paper.name} ${formatEditionDate(date)}`);

  return (
    <>
      <PageHeader paper={paper} edition={edition} currentPage={null} titleIsHeading />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 outline-none">
        <SectionFilter edition={edition} active={section.slug} />
        <p role="status" className="mt-4 text-sm text-muted">
          栏目「<bdi>{section.name}</bdi>」，共{articles.length}篇
        </p>
        <FrontPageLayout paper={paper} date={date} articles={articles} />
      </main>
    </>
  );
}
