import { summaryText } from './summaryText.ts';
import type { ArticleSummary } from '../../schema/edition.ts';
import { ArticleMeta } from './ArticleMeta.tsx';
import { StoryHeadline } from './StoryHeadline.tsx';

interface StoryCardProps {
  paper: string;
  date: string;
  article: ArticleSummary;
}

/** A story below the lead, in one of the front page's columns. */
export function StoryCard({ paper, date, article }: StoryCardProps) {
  return (
    <article aria-labelledby={`headline-${article.id}`} className="min-w-0">
      <StoryHeadline paper={paper} date={date} article={article} as="h3" size="card" />
      <div className="mt-2">
        <ArticleMeta article={article} />
      </div>
      <p className="mt-2 line-clamp-5 font-serif leading-[1.8] text-justify">{summaryText(article.summary)}</p>
    </article>
  );
}
