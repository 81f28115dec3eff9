import type { ArticleSummary } from '../../schema/edition.ts';
import { BriefList } from './BriefList.tsx';
import { LeadStory } from './LeadStory.tsx';
import { StoryCard } from './StoryCard.tsx';

interface FrontPageLayoutProps {
  paper: string;
  date: string;
  /** In printed order; the first story leads. */
  articles: ArticleSummary[];
}

/**
 * Desktop: lead story over two thirds with the other stories in two columns below it, briefs down the right.
 * Phone: one column in reading order, lead first.
 */
export function FrontPageLayout({ paper, date, articles }: FrontPageLayoutProps) {
  const stories = articles.filter((article) => article.kind === 'story');
  const briefs = articles.filter((article) => article.kind === 'brief');
  const [lead, ...others] = stories;

  // DOM order is reading order (lead, briefs, other stories) for phones and screen readers; on wide screens the
  // grid lifts the other stories under the lead and lets the briefs run down the right-hand column.
  const withBriefs = briefs.length > 0;
  const mainColumn = withBriefs ? 'lg:col-span-2 lg:col-start-1' : 'lg:col-span-3';
  return (
    <div className="grid gap-x-8 gap-y-10 py-6 lg:grid-cols-3">
      {lead ? (
        <div className={`${mainColumn} lg:row-start-1`}>
          <LeadStory paper={paper} date={date} article={lead} />
        </div>
      ) : null}
      {withBriefs ? (
        <div className={`border-rule lg:col-start-3 lg:row-span-2 lg:row-start-1 ${lead ? 'lg:border-l lg:pl-8' : ''}`}>
          <BriefList paper={paper} date={date} briefs={briefs} />
        </div>
      ) : null}
      {others.length > 0 ? (
        <section
          aria-labelledby="more-stories"
          className={`${mainColumn} border-t-4 border-double border-ink pt-4 ${lead ? 'lg:row-start-2' : 'lg:row-start-1'}`}
        >
          <h2 id="more-stories" className="mb-4 font-sans text-lg font-bold tracking-[0.2em]">
            更多报道
          </h2>
          <div className="grid gap-8 md:grid-cols-2">
            {others.map((article) => (
              <StoryCard key={article.id} paper={paper} date={date} article={article} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
