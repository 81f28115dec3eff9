import type { ArticleSummary, Banner } from '../../schema/edition.ts';
import { BriefList } from './BriefList.tsx';
import { LeadStory } from './LeadStory.tsx';
import { SeriesBanner } from './SeriesBanner.tsx';
import { StoryCard } from './StoryCard.tsx';

interface FrontPageLayoutProps {
  date: string;
  /** In edition order; the first story leads. */
  articles: ArticleSummary[];
  banners: Banner[];
}

/**
 * Desktop: lead story over two thirds with the briefs beside it, the other stories in ruled columns below.
 * Phone: one column in reading order, lead first.
 */
export function FrontPageLayout({ date, articles, banners }: FrontPageLayoutProps) {
  const stories = articles.filter((article) => article.kind === 'story');
  const briefs = articles.filter((article) => article.kind === 'brief');
  const [lead, ...others] = stories;

  return (
    <div className="space-y-10 py-6">
      {lead || briefs.length > 0 ? (
        <div className="grid gap-8 lg:grid-cols-3">
          {lead ? (
            <div className={briefs.length > 0 ? 'lg:col-span-2' : 'lg:col-span-3'}>
              <LeadStory date={date} article={lead} />
            </div>
          ) : null}
          {briefs.length > 0 ? (
            <div className={lead ? 'border-rule lg:border-l lg:pl-8' : 'lg:col-span-3'}>
              <BriefList date={date} briefs={briefs} />
            </div>
          ) : null}
        </div>
      ) : null}

      {others.length > 0 ? (
        <section aria-labelledby="more-stories" className="border-t-4 border-double border-ink pt-4">
          <h2 id="more-stories" className="mb-4 font-sans text-lg font-bold tracking-[0.2em]">
            更多报道
          </h2>
          <div className="grid gap-8 md:grid-cols-2 lg:grid-cols-3 md:[&>*+*]:border-l md:[&>*+*]:border-rule md:[&>*+*]:pl-8">
            {others.map((article) => (
              <StoryCard key={article.id} date={date} article={article} />
            ))}
          </div>
        </section>
      ) : null}

      {banners.length > 0 ? (
        <aside aria-label="专栏标识" className="border-t border-rule pt-4">
          {banners.map((banner, index) => (
            <SeriesBanner key={index} text={banner.text} note={`第${banner.page}版 · 本期未见正文`} />
          ))}
        </aside>
      ) : null}
    </div>
  );
}
