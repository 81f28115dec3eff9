import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useLoaderData, useNavigate } from 'react-router';
import { Link } from '../ui/Link.tsx';
import type { Article, ArticleSummary, EditionIndex } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { chunkGone } from '../data/newBuild.ts';
import { articleQuery, editionQuery } from '../data/queries.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { useDocumentTitle } from '../shell/useDocumentTitle.ts';
import { ArticleBody, loadArticlePhoto } from './ArticleBody.tsx';
import { ArticleHeader, type ArticleViewProps } from './ArticleHeader.tsx';
import { ArticlePager } from './ArticlePager.tsx';
import type { ArticlePageData } from './articleLoader.ts';
import { ArticleSectionLinks } from './ArticleSectionLinks.tsx';
import { ArticleSourceNotes } from './ArticleSourceNotes.tsx';
import { articleTitle } from '../ui/titles.ts';
import { whenReady } from '../ui/whenReady.ts';
import { SourceDisclosure } from './SourceDisclosure.tsx';
import { useArticleKeys } from './useArticleKeys.ts';

// What only some articles or some readers use is a chunk of its own, so the article's first view (the chunk that
// must load before hydration, main.tsx) stays small: 朗读's player and the keyboard help draw nothing until opened;
// 在版面中 draws only for an article of a printed page (an area and the page's picture).
const ReadAloudBar = lazy(async () => ({ default: (await import('./ReadAloudBar.tsx').catch(chunkGone)).ReadAloudBar }));
const KeysHelp = lazy(async () => ({ default: (await import('./KeysHelp.tsx').catch(chunkGone)).KeysHelp }));
const loadPageLocator = () => import('./PageLocator.tsx').catch(chunkGone);
const PageLocator = lazy(async () => ({ default: (await loadPageLocator()).PageLocator }));

/**
 * In an edition of printed pages, the photo's and 在版面中's code once the page is ready and idle: an article opened
 * later then draws them at once, where a chunk fetched on the way would draw them a moment late, moving the text.
 */
function usePrintedPageCode(edition: EditionIndex): void {
  const printed = edition.pages.some((page) => page.image);
  useEffect(() => {
    if (printed) whenReady(() => void Promise.all([loadArticlePhoto(), loadPageLocator()]).catch(() => {}));
  }, [printed]);
}

export function ArticlePage() {
  const { paper, date, id } = useLoaderData<ArticlePageData>();
  const { data: edition } = useSuspenseQuery(editionQuery(paper, date));
  const {
    data: { article },
  } = useSuspenseQuery(articleQuery(paper, date, id));
  const navigate = useNavigate();
  const [helpOpen, setHelpOpen] = useState(false);
  // 朗读 belongs to one article: opening another stops it.
  const [aloudFor, setAloudFor] = useState<string | null>(null);
  const aloud = aloudFor === id;
  const [reading, setReading] = useState<number | null>(null);
  const { previous, next, summary, page, isFrontPage } = placeInEdition(edition, article, id);
  const pageUrl = isFrontPage ? urls.edition(paper, date) : urls.page(paper, date, article.page);
  const closePlayer = useCallback(() => setAloudFor(null), []);

  useDocumentTitle(articleTitle(edition, article));
  usePrintedPageCode(edition);
  useArticleKeys({
    previous: previous ? () => void navigate(urls.article(paper, date, previous.id)) : null,
    next: next ? () => void navigate(urls.article(paper, date, next.id)) : null,
    help: () => setHelpOpen(true),
  });

  return (
    <>
      <PageHeader paper={paper} edition={edition} currentPage={article.page} titleIsHeading={false} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-[40em] px-4 pt-3 pb-6 outline-none sm:pt-6">
        {/* On a phone the masthead's 版面 list, just above, has the same link marked: the story starts higher. */}
        <p className="mb-6 hidden text-sm sm:block print:hidden">
          <Link to={pageUrl} className="text-accent underline underline-offset-4">
            ‹ 返回{isFrontPage ? '头版' : `第${article.page}版`}
          </Link>
        </p>
        <article aria-labelledby="article-headline">
          <ArticleHeader
            paper={paper}
            date={date}
            id={id}
            article={article}
            edition={edition}
            page={page}
            pageUrl={pageUrl}
            summary={summary}
            aloud={aloud}
            onToggleAloud={() => setAloudFor(aloud ? null : id)}
          />
          <ArticleBody blocks={article.blocks} dateline={article.dateline} reading={reading} />
          <ArticleSourceNotes paper={paper} date={date} id={id} article={article} />
          <ArticleFooter paper={paper} date={date} id={id} article={article} edition={edition} page={page} />
        </article>
        <ArticleEndLinks paper={paper} date={date} previous={previous} next={next} onHelp={() => setHelpOpen(true)} />
      </main>
      <Suspense>
        {aloud ? <ReadAloudBar blocks={article.blocks} dateline={article.dateline} onReading={setReading} onClose={closePlayer} /> : null}
        {helpOpen ? <KeysHelp onClose={() => setHelpOpen(false)} /> : null}
      </Suspense>
    </>
  );
}

/** Where the article sits in its edition: its neighbours in reading order, its line in the index, its page. */
function placeInEdition(edition: EditionIndex, article: Article, id: string) {
  const position = edition.articles.findIndex((candidate) => candidate.id === id);
  return {
    previous: position > 0 ? edition.articles[position - 1] : undefined,
    next: position >= 0 ? edition.articles[position + 1] : undefined,
    summary: position >= 0 ? edition.articles[position] : undefined,
    page: edition.pages.find((candidate) => candidate.number === article.page) ?? { number: article.page, name: null, articleCount: 0 },
    isFrontPage: article.page === edition.pages[0]?.number,
  };
}

/** Under the text: 在版面中 (for an article of a printed page), its sections, 原文与解析记录. */
function ArticleFooter({ paper, date, id, article, edition, page }: ArticleViewProps) {
  return (
    <footer className="mt-8 print:hidden">
      {(page.thumbnail ?? page.image) && article.area?.length ? (
        <Suspense>
          <PageLocator paper={paper} date={date} id={id} page={page} area={article.area} />
        </Suspense>
      ) : null}
      <ArticleSectionLinks paper={paper} date={date} slugs={article.sections} sections={edition.sections} />
      <SourceDisclosure key={id} paper={paper} date={date} id={id} />
    </footer>
  );
}

interface ArticleEndLinksProps {
  paper: string;
  date: string;
  previous: ArticleSummary | undefined;
  next: ArticleSummary | undefined;
  onHelp: () => void;
}

/** After the article: the articles either side, back to the front page, and the keyboard help. */
function ArticleEndLinks({ paper, date, previous, next, onHelp }: ArticleEndLinksProps) {
  return (
    <>
      <div className="print:hidden">
        <ArticlePager paper={paper} date={date} previous={previous} next={next} />
      </div>
      <p className="mt-8 flex print:hidden flex-wrap items-baseline justify-center gap-x-6 gap-y-2">
        <Link to={urls.edition(paper, date)} className="font-bold text-accent underline underline-offset-4">
          返回头版
        </Link>
        <button type="button" onClick={onHelp} className="hidden text-sm text-muted underline underline-offset-4 hover:text-accent sm:inline">
          快捷键（?）
        </button>
      </p>
    </>
  );
}
