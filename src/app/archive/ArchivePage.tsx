import { useSuspenseQuery } from '@tanstack/react-query';
import { useLoaderData } from 'react-router';
import { Link } from '../ui/Link.tsx';
import { urls } from '../../schema/urls.ts';
import { archiveYearQuery, siteQuery } from '../data/queries.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { useDocumentTitle } from '../shell/useDocumentTitle.ts';
import { archiveTitle } from '../ui/titles.ts';
import type { ArchivePageData } from './archiveLoader.ts';
import { monthOf } from './calendar.ts';
import { MonthGrid } from './MonthGrid.tsx';

/** 往期: a year of one paper, month by month, every day with an edition a link. Works without script. */
export function ArchivePage() {
  const { paper: slug, year } = useLoaderData<ArchivePageData>();
  const { data: site } = useSuspenseQuery(siteQuery());
  const { data: archive } = useSuspenseQuery(archiveYearQuery(slug, year));
  const paper = site.papers.find((candidate) => candidate.slug === slug)!;
  const editions = new Set(archive.editions.map((edition) => edition.date));
  const months = [...new Set(archive.editions.map((edition) => monthOf(edition.date).month))];
  const first = Number(paper.first.slice(0, 4));
  const last = Number(paper.latest.date.slice(0, 4));

  useDocumentTitle(archiveTitle(paper.name, year));

  return (
    <>
      <PageHeader paper={slug} edition={null} currentPage={null} titleIsHeading={false} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 outline-none">
        <h1 tabIndex={-1} className="mt-6 border-b-2 border-ink pb-2 font-sans text-2xl font-bold tracking-widest">
          {year}年往期
          <span className="ml-3 text-base font-normal tracking-normal text-muted">共{archive.editions.length}期</span>
        </h1>
        <nav aria-label="年份" className="mt-3 flex flex-wrap gap-2 text-sm">
          {Array.from({ length: last - first + 1 }, (_, i) => last - i).map((y) => (
            <Link
              key={y}
              to={urls.archive(slug, y)}
              aria-current={y === year ? 'page' : undefined}
              className="rounded-full border border-rule px-3 py-1 hover:border-accent aria-[current=page]:border-accent aria-[current=page]:bg-accent aria-[current=page]:text-paper"
            >
              {y}年
            </Link>
          ))}
        </nav>
        <div className="mt-6 grid gap-x-8 gap-y-6 sm:grid-cols-2 lg:grid-cols-3">
          {months.map((month) => (
            <section key={month} aria-labelledby={`month-${month}`}>
              <h2 id={`month-${month}`} className="border-b border-rule pb-1 font-bold">
                {month}月
              </h2>
              <MonthGrid paper={slug} month={{ year, month }} editions={editions} caption={`${year}年${month}月，有报纸的日子可以点开`} />
            </section>
          ))}
        </div>
      </main>
    </>
  );
}
