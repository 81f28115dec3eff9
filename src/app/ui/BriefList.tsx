import { summaryText } from './summaryText.ts';
import type { ArticleSummary } from '../../schema/edition.ts';
import { ArticleLink } from './ArticleLink.tsx';
import { displayHeadline } from './displayHeadline.ts';
import { PhraseText } from './PhraseText.tsx';

interface BriefListProps {
  paper: string;
  date: string;
  briefs: ArticleSummary[];
}

/** 简讯: short items as a compact list, headline and a line of summary each. */
export function BriefList({ paper, date, briefs }: BriefListProps) {
  return (
    <section aria-labelledby="briefs-heading" className="min-w-0">
      <h2 id="briefs-heading" className="border-b-2 border-ink pb-1 font-sans text-lg font-bold tracking-[0.2em]">
        简讯
      </h2>
      <ul className="divide-y divide-rule">
        {briefs.map((brief) => (
          <li key={brief.id} className="py-3">
            <h3 className="font-serif text-lg font-bold leading-snug text-balance">
              <ArticleLink paper={paper} date={date} id={brief.id} className="hover:text-accent hover:underline">
                <PhraseText text={displayHeadline(brief.headline)} />
              </ArticleLink>
            </h3>
            <p className="mt-1 line-clamp-2 text-sm leading-relaxed text-muted">{summaryText(brief.summary)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
