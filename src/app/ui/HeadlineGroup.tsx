import type { ReactNode } from 'react';
import { cjkPunctuation } from './cjkPunctuation.ts';
import { displayHeadline } from './displayHeadline.ts';
import { PhraseText } from './PhraseText.tsx';

type HeadingTag = 'h1' | 'h2' | 'h3';
type HeadlineSize = 'lead' | 'page' | 'card' | 'brief';

const HEADLINE_SIZE: Record<HeadlineSize, string> = {
  lead: 'text-3xl sm:text-4xl lg:text-5xl leading-tight',
  page: 'text-[1.75rem] sm:text-4xl leading-snug',
  card: 'text-xl sm:text-2xl leading-snug',
  brief: 'text-lg leading-snug',
};

const SIDE_SIZE: Record<HeadlineSize, string> = {
  lead: 'text-base sm:text-lg',
  page: 'text-base sm:text-lg',
  card: 'text-sm sm:text-base',
  brief: 'text-sm',
};

export interface HeadlineGroupProps {
  as: HeadingTag;
  size: HeadlineSize;
  kicker?: string | null;
  headline: string;
  subheadline?: string | null;
  /** Wraps the headline, e.g. in a link to the article. */
  renderHeadline?: (content: ReactNode) => ReactNode;
  headingId?: string;
  /** The page's main heading receives focus after navigation. */
  focusTarget?: boolean;
  centered?: boolean;
}

/** A subheadline printed with its own dash (——, ─, -) gets no second one. */
const STARTS_WITH_DASH = /^[\u2014\u2015\u2500\u2013\-－~～]/;

/**
 * The three-tier Chinese headline: 引题 (kicker) small above, 主题 (headline) big and bold, 副题 (subheadline)
 * smaller below after a dash. Kicker and subheadline are paragraphs in an hgroup, so the outline keeps only the
 * headline. Lines break between phrases (PhraseText) and are balanced, so no character is left alone.
 */
export function HeadlineGroup(props: HeadlineGroupProps) {
  const { as: Heading, size, kicker, headline, subheadline, renderHeadline, headingId, focusTarget, centered } = props;
  const text = <PhraseText text={displayHeadline(headline)} />;
  return (
    <hgroup className={`text-balance ${centered ? 'text-center' : ''}`}>
      {kicker ? (
        <p className={`mb-1 font-sans text-muted ${SIDE_SIZE[size]}`}>
          <PhraseText text={cjkPunctuation(kicker)} />
        </p>
      ) : null}
      <Heading
        id={headingId}
        tabIndex={focusTarget ? -1 : undefined}
        // No headline printed: （无标题） is the reader's label, not the paper's words, so it is not set as one.
        className={headline ? `font-serif font-bold tracking-wide text-ink ${HEADLINE_SIZE[size]}` : `font-sans text-muted ${SIDE_SIZE[size]}`}
      >
        {renderHeadline ? renderHeadline(text) : text}
      </Heading>
      {subheadline ? (
        <p className={`mt-2 font-serif text-ink/85 ${SIDE_SIZE[size]}`}>
          {STARTS_WITH_DASH.test(subheadline) ? null : <span aria-hidden="true">——</span>}
          <PhraseText text={cjkPunctuation(subheadline)} />
        </p>
      ) : null}
    </hgroup>
  );
}
