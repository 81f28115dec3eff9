import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLoaderData, useLocation, useSearchParams } from 'react-router';
import { FrontPageLayout } from '../components/FrontPageLayout.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { SectionFilter } from '../components/SectionFilter.tsx';
import { formatEditionDate } from '../lib/dates.ts';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';
import { editionQuery } from '../queries.ts';
import type { FrontPageData } from './loaders.ts';

/** 头版: one edition's articles, optionally narrowed to one 栏目 by ?section=. */
export function FrontPage() {
  const { date } = useLoaderData() as FrontPageData;
  const { data: edition } = useSuspenseQuery(editionQuery(date));
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const section = edition.sections.find((candidate) => candidate.slug === searchParams.get('section')) ?? null;
  const articles = section
    ? edition.articles.filter((article) => article.sections.includes(section.name))
    : edition.articles;

  useDocumentTitle(`${section ? `${section.name} - ` : ''}${edition.paper} ${formatEditionDate(date)}`);

  return (
    <>
      <PageHeader date={date} titleIsHeading />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 outline-none">
        <SectionFilter edition={edition} active={section?.slug ?? null} />
        {section ? (
          <p role="status" className="mt-4 text-sm text-muted">
            栏目「{section.name}」,共{articles.length}篇
          </p>
        ) : null}
        {articles.length > 0 ? (
          <FrontPageLayout date={date} articles={articles} banners={section ? [] : edition.banners} />
        ) : (
          <div className="py-16 text-center">
            <p className="text-lg">本期「{section?.name}」栏目没有文章。</p>
            <p className="mt-4">
              <Link to={pathname} preventScrollReset className="font-bold text-accent underline underline-offset-4">
                查看全部文章
              </Link>
            </p>
          </div>
        )}
      </main>
    </>
  );
}
