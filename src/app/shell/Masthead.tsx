import { Link } from 'react-router';
import type { EditionList } from '../../schema/edition.ts';
import { formatEditionDate } from '../lib/dates.ts';
import { EditionSwitcher } from './EditionSwitcher.tsx';

interface MastheadProps {
  editions: EditionList['editions'];
  /** The edition on screen; null on pages that belong to none (an unknown date). */
  date: string | null;
  /** On the front page the paper's name is the page's h1; elsewhere the article headline is. */
  titleIsHeading: boolean;
}

/** 报头: the paper's name, the edition's date and its pages (版), and the way to older editions. */
export function Masthead({ editions, date, titleIsHeading }: MastheadProps) {
  const edition = editions.find((candidate) => candidate.date === date) ?? null;
  const paper = edition?.paper ?? editions[0]?.paper ?? '报纸阅读';
  const Title = titleIsHeading ? 'h1' : 'p';
  return (
    <div className="border-b-4 border-double border-ink pb-3 text-center">
      <Title tabIndex={titleIsHeading ? -1 : undefined} className="font-serif text-4xl font-black tracking-[0.25em] text-accent sm:text-6xl">
        <Link to="/" className="hover:opacity-80">
          {paper}
        </Link>
      </Title>
      {edition ? (
        <div className="mt-3 flex flex-wrap items-center justify-center gap-x-4 gap-y-2 border-t border-rule pt-2 text-sm">
          <p>
            <time dateTime={edition.date}>{formatEditionDate(edition.date)}</time>
          </p>
          <p>
            共{edition.pages.length}版
            <span className="sr-only">:</span>
            {edition.pages.map((page) => (
              <span key={page.number} className="ml-2 text-muted">
                第{page.number}版{page.name ? <> <bdi>{page.name}</bdi></> : null}
              </span>
            ))}
          </p>
          <EditionSwitcher editions={editions} current={edition.date} />
        </div>
      ) : null}
    </div>
  );
}
