import { useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData } from 'react-router';
import { editionQuery } from '../data/queries.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { useDocumentTitle } from '../shell/useDocumentTitle.ts';
import { FrontPageLayout } from '../ui/FrontPageLayout.tsx';
import type { SectionPageData } from './sectionLoader.ts';
import { SectionFilter } from './SectionFilter.tsx';
import { sectionTitle } from '../ui/titles.ts';

export function SectionPage() {
  const { paper, date, section } = useLoaderData<SectionPageData>();
  const { data: edition } = useSuspenseQuery(editionQuery(paper, date));
  const articles = edition.articles.filter((article) => article.sections.includes(section.slug));

  useDocumentTitle(sectionTitle(edition, section));

  return (
    <>
      <PageHeader paper={paper} edition={edition} currentPage={null} titleIsHeading />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 outline-none">
        <SectionFilter edition={edition} active={section.slug} />
        <p role="status" className="mt-4 text-sm text-muted">
          话题「<bdi>{section.name}</bdi>」，共{articles.length}篇
        </p>
        <FrontPageLayout paper={paper} date={date} articles={articles} />
      </main>
    </>
  );
}
