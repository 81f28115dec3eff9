import type { ArticleSummary } from '../../schema/edition.ts';
import { ArticleLink } from './ArticleLink.tsx';
import { HeadlineGroup, type HeadlineGroupProps } from './HeadlineGroup.tsx';
import { SeriesBanner } from './SeriesBanner.tsx';

interface StoryHeadlineProps {
  paper: string;
  date: string;
  article: ArticleSummary;
  as: HeadlineGroupProps['as'];
  size: HeadlineGroupProps['size'];
}

/** A story's series banner and headline group, the headline linking to the article. */
export function StoryHeadline({ paper, date, article, as, size }: StoryHeadlineProps) {
  return (
    <>
      {article.series ? <SeriesBanner text={article.series} /> : null}
      <HeadlineGroup
        as={as}
        size={size}
        headingId={`headline-${article.id}`}
        kicker={article.kicker}
        headline={article.headline}
        subheadline={article.subheadline}
        renderHeadline={(content) => (
          <ArticleLink paper={paper} date={date} id={article.id} className="hover:text-accent hover:underline">
            {content}
          </ArticleLink>
        )}
      />
    </>
  );
}
