import { Link } from '../ui/Link.tsx';
import type { Article, ArticleSummary, EditionIndex, Page } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { ArticleByline } from '../ui/ArticleByline.tsx';
import { formatEditionDate, readingMinutes } from '../ui/dates.ts';
import { displayHeadline } from '../ui/displayHeadline.ts';
import { HeadlineGroup } from '../ui/HeadlineGroup.tsx';
import { pageLabel } from '../ui/pageLabel.ts';
import { SeriesBanner } from '../ui/SeriesBanner.tsx';
import { ReadAloudButton } from './ReadAloudButton.tsx';
import { ShareButton } from './ShareButton.tsx';

/** What the article view's parts above and under the text are drawn from. */
export interface ArticleViewProps {
  paper: string;
  date: string;
  id: string;
  article: Article;
  edition: EditionIndex;
  page: Page;
}

interface ArticleHeaderProps extends ArticleViewProps {
  pageUrl: string;
  /** The article's line in the edition's index, whose length gives the reading time. */
  summary: ArticleSummary | undefined;
  aloud: boolean;
  onToggleAloud: () => void;
}

/** The article's headline, byline, 朗读 and share buttons, and where and when it was printed. */
export function ArticleHeader({ paper, date, id, article, edition, page, pageUrl, summary, aloud, onToggleAloud }: ArticleHeaderProps) {
  return (
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
            <ReadAloudButton active={aloud} onToggle={onToggleAloud} />
            <ShareButton title={displayHeadline(article.headline)} path={urls.article(paper, date, id)} />
          </p>
        </div>
        <p className="text-muted">
          {edition.paper.name} · {formatEditionDate(date).split(' ')[0]} ·{' '}
          <Link to={pageUrl} className="underline underline-offset-4 hover:text-accent">
            <bdi>{pageLabel(page)}</bdi>
          </Link>
          {/* Reading time is ingest's figure (the summary's length), the one the front page shows, never counted again here. */}
          {summary ? ` · 约${readingMinutes(summary.length)}分钟读完` : null}
          {article.teaser ? ' · 摘要，非全文' : null}
        </p>
      </div>
    </header>
  );
}
