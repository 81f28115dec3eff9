import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '../ui/Link.tsx';
import { urls } from '../../schema/urls.ts';
import { siteQuery } from '../data/queries.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { useDocumentTitle } from '../shell/useDocumentTitle.ts';
import { ArticleLink } from '../ui/ArticleLink.tsx';
import { formatEditionDate } from '../ui/dates.ts';
import { displayHeadline } from '../ui/displayHeadline.ts';
import { PhraseText } from '../ui/PhraseText.tsx';
import { papersTitle } from '../ui/titles.ts';

const HEADLINES = 3;

/** `/` on a site of several papers: each paper's masthead, its latest edition and that edition's first stories. */
export function PaperList() {
  const { data: site } = useSuspenseQuery(siteQuery());
  useDocumentTitle(papersTitle());
  return (
    <>
      <PageHeader paper={null} edition={null} currentPage={null} titleIsHeading />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 outline-none">
        <h2 className="sr-only">本站的报纸</h2>
        <ul className="grid gap-8 md:grid-cols-2">
          {site.papers.map((paper) => (
            <li key={paper.slug} className="min-w-0 border-t-4 border-double border-ink pt-3">
              <h3 className="font-serif text-3xl font-black tracking-[0.2em] text-accent">
                <Link to={urls.paper(paper.slug)} className="hover:opacity-80">
                  {paper.name}
                </Link>
              </h3>
              {paper.description ? <p className="text-sm text-muted">{paper.description}</p> : null}
              <p className="mt-2 text-sm">
                最新一期：
                <Link to={urls.paper(paper.slug)} className="font-bold text-accent underline underline-offset-4">
                  {formatEditionDate(paper.latest.date)}
                </Link>
                <span className="text-muted">
                  {' '}
                  · 共{paper.latest.pages.length}版 · 往期{paper.editionCount}期
                </span>
              </p>
              <ul className="mt-3 space-y-1.5">
                {paper.latest.articles.slice(0, HEADLINES).map((article) => (
                  <li key={article.id} className="font-serif leading-snug text-pretty">
                    <ArticleLink paper={paper.slug} date={paper.latest.date} id={article.id} className="hover:text-accent hover:underline">
                      <PhraseText text={displayHeadline(article.headline)} />
                    </ArticleLink>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
