import { summaryText } from '../lib/summaryText.ts';
import type { ArticleSummary } from '../../schema/edition.ts';
import { ArticleLink } from './ArticleLink.tsx';
import { ArticleMeta } from './ArticleMeta.tsx';
import { HeadlineGroup } from './HeadlineGroup.tsx';
import { SeriesBanner } from './SeriesBanner.tsx';

interface StoryCardProps {
  date: string;
  article: ArticleSummary;
}

/** A story below the lead, in one of the front page's columns. */
export function StoryCard({ date, article }: StoryCardProps) {
  return (
    <article aria-labelledby={`headline-${article.id}`} className="min-w-0">
      {article.series ? <SeriesBanner text={article.series} /> : null}
      <HeadlineGroup
        as="h3"
        size="card"
        headingId={`headline-${article.id}`}
        kicker={article.kicker}
        headline={article.headline}
        subheadline={article.subheadline}
        renderHeadline={(text) => (
          <ArticleLink date={date} id={article.id} className="hover:text-accent hover:underline">
            {text}
          </ArticleLink>
        )}
      />
      <div className="mt-2">
        <ArticleMeta article={article} />
      </div>
      <p className="mt-2 line-clamp-5 font-serif leading-[1.8] text-justify">{summaryText(article.summary)}</p>
    </article>
  );
}
