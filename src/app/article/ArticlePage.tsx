import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLoaderData } from 'react-router';
import { ArticleBody } from '../components/ArticleBody.tsx';
import { ArticleByline } from '../components/ArticleByline.tsx';
import { ArticlePager } from '../components/ArticlePager.tsx';
import { ArticleSectionLinks } from '../components/ArticleSectionLinks.tsx';
import { HeadlineGroup } from '../components/HeadlineGroup.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { SeriesBanner } from '../components/SeriesBanner.tsx';
import { formatEditionDate, readingMinutes } from '../lib/dates.ts';
import { editionPath } from '../lib/paths.ts';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';
import { articleQuery, editionQuery } from '../queries.ts';
import type { ArticlePageData } from './loaders.ts';
import { displayHeadline } from '../lib/displayHeadline.ts';

export function ArticlePage() {
  const { date, id } = useLoaderData() as ArticlePageData;
  const { data: edition } = useSuspenseQuery(editionQuery(date));
  const {
    data: { article, paper },
  } = useSuspenseQuery(articleQuery(date, id));
  const position = edition.articles.findIndex((candidate) => candidate.id === id);
  const characters = article.blocks.reduce((sum, block) => sum + (block.type === 'figure' ? 0 : block.text.length), 0);

  useDocumentTitle(`${displayHeadline(article.headline)} - ${paper}`);

  return (
    <>
      <PageHeader date={date} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-[40em] px-4 py-6 outline-none">
        <p className="mb-6 text-sm">
          <Link to={editionPath(date)} className="text-accent underline underline-offset-4">
            ‹ 返回{formatEditionDate(date).split(' ')[0]}头版
          </Link>
        </p>
        <article aria-labelledby="article-headline">
          <header className="mb-6 border-b border-rule pb-4">
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
            <div className="mt-4 space-y-1 text-sm">
              <ArticleByline authors={article.authors} byline={article.byline} />
              <p className="text-muted">
                {[paper, `第${article.page}版`, `约${readingMinutes(characters)}分钟读完`].join(' · ')}
              </p>
            </div>
          </header>
          <ArticleBody blocks={article.blocks} dateline={article.dateline} />
          <footer className="mt-8">
            <ArticleSectionLinks date={date} names={article.sections} sections={edition.sections} />
          </footer>
        </article>
        <ArticlePager
          date={date}
          previous={position > 0 ? edition.articles[position - 1] : undefined}
          next={position >= 0 ? edition.articles[position + 1] : undefined}
        />
        <p className="mt-8 text-center">
          <Link to={editionPath(date)} className="font-bold text-accent underline underline-offset-4">
            返回头版
          </Link>
        </p>
      </main>
    </>
  );
}
