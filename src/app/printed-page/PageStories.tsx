import { Link } from '../ui/Link.tsx';
import type { ArticleSummary } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { cjkPunctuation } from '../ui/cjkPunctuation.ts';
import { displayHeadline } from '../ui/displayHeadline.ts';
import { PhraseText } from '../ui/PhraseText.tsx';
import { summaryText } from '../ui/summaryText.ts';

interface PageStoriesProps {
  paper: string;
  date: string;
  /** The page's articles in printed order. */
  articles: ArticleSummary[];
  /** The story last pointed at, focused or picked (the lead before any): its headline and summary lead the column. */
  shown: ArticleSummary | undefined;
  /** A story of the list pointed at or focused (its id), or left (null): the page outlines it. */
  onActive: (id: string | null) => void;
}

/**
 * Beside the page on a wide screen (an e-paper's right-hand column): the story pointed at on the page, its
 * headline and summary, over the page's stories as a list; pointing at one of those outlines it on the page. The
 * story's box keeps its height whatever it holds, so the list under it never moves.
 */
export function PageStories({ paper, date, articles, shown, onActive }: PageStoriesProps) {
  return (
    <section aria-label="本版文章" className="page-stories hidden font-sans lg:block print:hidden">
      {shown ? (
        <div className="h-52 overflow-hidden border-b border-rule pb-3">
          <p className="line-clamp-1 min-h-5 text-sm text-muted">{shown.kicker ? cjkPunctuation(shown.kicker) : null}</p>
          <p className="mt-1 line-clamp-3 font-serif text-xl leading-snug font-bold">
            <PhraseText text={displayHeadline(shown.headline)} />
          </p>
          <p className="mt-2 line-clamp-4 font-serif leading-relaxed text-muted">{summaryText(shown.summary)}</p>
        </div>
      ) : null}
      <h2 className="mt-4 mb-2 text-sm font-bold tracking-widest text-muted">本版文章</h2>
      <ol className="space-y-1">
        {articles.map((article) => (
          <li key={article.id}>
            <Link
              to={urls.article(paper, date, article.id)}
              onMouseEnter={() => onActive(article.id)}
              onFocus={() => onActive(article.id)}
              onMouseLeave={() => onActive(null)}
              onBlur={() => onActive(null)}
              data-shown={article.id === shown?.id || undefined}
              className="block rounded px-2 py-1.5 leading-snug hover:bg-accent-soft hover:text-accent data-shown:bg-accent-soft data-shown:text-accent"
            >
              {/* Breaks between phrases, as every list of headlines does: never one character alone on a line. */}
              <PhraseText text={displayHeadline(article.headline)} />
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
