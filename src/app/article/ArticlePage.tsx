import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { Link, useHref, useLoaderData, useNavigate } from 'react-router';
import { urls } from '../../schema/urls.ts';
import { articleQuery, editionQuery } from '../data/queries.ts';
import { PageHeader } from '../shell/PageHeader.tsx';
import { useDocumentTitle } from '../shell/useDocumentTitle.ts';
import { ArticleByline } from '../ui/ArticleByline.tsx';
import { cjkPunctuation } from '../ui/cjkPunctuation.ts';
import { formatEditionDate, readingMinutes } from '../ui/dates.ts';
import { HeadlineGroup } from '../ui/HeadlineGroup.tsx';
import { pageLabel } from '../ui/pageLabel.ts';
import { SeriesBanner } from '../ui/SeriesBanner.tsx';
import { ArticleBody } from './ArticleBody.tsx';
import { ArticlePager } from './ArticlePager.tsx';
import type { ArticlePageData } from './articleLoader.ts';
import { ArticleSectionLinks } from './ArticleSectionLinks.tsx';
import { articleTitle } from '../ui/titles.ts';
import { useClientValue } from '../ui/useClientValue.ts';
import { displayHeadline } from '../ui/displayHeadline.ts';
import { KeysHelp } from './KeysHelp.tsx';
import { PageLocator } from './PageLocator.tsx';
import { ReadAloudBar } from './ReadAloudBar.tsx';
import { ReadAloudButton } from './ReadAloudButton.tsx';
import { ShareButton } from './ShareButton.tsx';
import { SourceDisclosure } from './SourceDisclosure.tsx';
import { spokenTexts } from './spokenTexts.ts';
import { useArticleKeys } from './useArticleKeys.ts';

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
  const position = edition.articles.findIndex((candidate) => candidate.id === id);
  const previous = position > 0 ? edition.articles[position - 1] : undefined;
  const next = position >= 0 ? edition.articles[position + 1] : undefined;
  const page = edition.pages.find((candidate) => candidate.number === article.page) ?? { number: article.page, name: null, articleCount: 0 };
  const isFrontPage = article.page === edition.pages[0]?.number;
  const pageUrl = isFrontPage ? urls.edition(paper, date) : urls.page(paper, date, article.page);
  // Reading time is ingest's figure (the summary's length), the one the front page shows, never counted again here.
  const summary = position >= 0 ? edition.articles[position] : undefined;
  const title = displayHeadline(article.headline);
  // The full address needs the browser's origin: the prerendered page holds the path until it hydrates.
  const href = useHref(urls.article(paper, date, id));
  const address = useClientValue(() => new URL(href, window.location.href).href, href);
  // Only while 朗读 plays: worked out for every article drawn, it was a fiftieth of prerendering one.
  const texts = useMemo(() => (aloud ? spokenTexts(article.blocks, article.dateline) : []), [aloud, article]);
  const closePlayer = useCallback(() => setAloudFor(null), []);

  useDocumentTitle(articleTitle(edition, article));
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
          <header className="mb-3 border-b border-rule pb-3 sm:mb-6 sm:pb-4">
            {article.series ? <SeriesBanner text={article.series} /> : null}
            <HeadlineGroup
              as="h1"
              size="page"
              headingId="article-headline"
              focusTarget
              kicker={article.kicker}
              headline={article.headline}
              subheadline={article.subheadline}
            />
            <div className="mt-2 space-y-1 text-sm sm:mt-4">
              <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
                <ArticleByline authors={article.authors} byline={article.byline} />
                <p className="ml-auto flex gap-2 print:hidden">
                  <ReadAloudButton active={aloud} onToggle={() => setAloudFor(aloud ? null : id)} />
                  <ShareButton title={title} path={urls.article(paper, date, id)} />
                </p>
              </div>
              <p className="text-muted">
                {edition.paper.name} · {formatEditionDate(date).split(' ')[0]} ·{' '}
                <Link to={pageUrl} className="underline underline-offset-4 hover:text-accent">
                  <bdi>{pageLabel(page)}</bdi>
                </Link>
                {summary ? ` · 约${readingMinutes(summary.length)}分钟读完` : null}
                {article.teaser ? ' · 摘要，非全文' : null}
              </p>
            </div>
          </header>
          <ArticleBody blocks={article.blocks} dateline={article.dateline} reading={reading} />
          {/* A teaser from a page's overview (数字报 版面概览) stops mid-sentence: say so where it stops. */}
          {article.teaser ? (
            <p role="note" className="mt-4 border-l-4 border-rule pl-3 text-sm text-muted">
              以上是版面上的内容提要，报纸在此截断，并非全文。
            </p>
          ) : null}
          {/* Printed, the article says where it lives online; on screen the address bar does. */}
          <p className="mt-6 hidden text-sm print:block">本文网址：{address}</p>
          {/* The source line the page printed with the byline (人民日报's web pages: 《人民日报》（…第 18 版）), as printed. */}
          {article.printedIn ? <p className="mt-6 text-sm text-muted">出处：<bdi>{cjkPunctuation(article.printedIn)}</bdi></p> : null}
          <footer className="mt-8 print:hidden">
            <PageLocator paper={paper} date={date} id={id} page={page} area={article.area} />
            <ArticleSectionLinks paper={paper} date={date} slugs={article.sections} sections={edition.sections} />
            <SourceDisclosure key={id} paper={paper} date={date} id={id} />
          </footer>
        </article>
        <div className="print:hidden">
          <ArticlePager paper={paper} date={date} previous={previous} next={next} />
        </div>
        <p className="mt-8 flex print:hidden flex-wrap items-baseline justify-center gap-x-6 gap-y-2">
          <Link to={urls.edition(paper, date)} className="font-bold text-accent underline underline-offset-4">
            返回头版
          </Link>
          <button type="button" onClick={() => setHelpOpen(true)} className="hidden text-sm text-muted underline underline-offset-4 hover:text-accent sm:inline">
            快捷键（?）
          </button>
        </p>
      </main>
      {aloud ? <ReadAloudBar texts={texts} onReading={setReading} onClose={closePlayer} /> : null}
      {helpOpen ? <KeysHelp onClose={() => setHelpOpen(false)} /> : null}
    </>
  );
}
