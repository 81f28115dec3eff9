import { summaryText } from './summaryText.ts';
import type { ArticleSummary } from '../../schema/edition.ts';
import { ArticleByline } from './ArticleByline.tsx';
import { ArticleLink } from './ArticleLink.tsx';
import { ArticleMeta } from './ArticleMeta.tsx';
import { displayHeadline } from './displayHeadline.ts';
import { StoryHeadline } from './StoryHeadline.tsx';

interface LeadStoryProps {
  paper: string;
  date: string;
  article: ArticleSummary;
}

/** 头条: the first story of the edition, set large with its summary. */
export function LeadStory({ paper, date, article }: LeadStoryProps) {
  return (
    <article aria-labelledby={`headline-${article.id}`} className="min-w-0">
      <StoryHeadline paper={paper} date={date} article={article} as="h2" size="lead" />
      <div className="mt-3 flex flex-wrap items-baseline gap-x-4">
        <div className="text-sm">
          <ArticleByline authors={article.authors} byline={article.byline} />
        </div>
        <ArticleMeta article={article} />
      </div>
      <p className="mt-4 font-serif text-[1.125rem] leading-[1.8] indent-[2em] text-justify">{summaryText(article.summary)}</p>
      <p className="mt-3">
        <ArticleLink paper={paper} date={date} id={article.id} className="font-bold text-accent underline underline-offset-4">
          {/* a teaser from an overview page is all there is: no full text to promise */}
          {article.teaser ? '阅读摘要' : '阅读全文'}
          <span className="sr-only">：{displayHeadline(article.headline)}</span>
        </ArticleLink>
      </p>
    </article>
  );
}
