import { cjkPunctuation } from './cjkPunctuation.ts';

interface SeriesBannerProps {
  text: string;
  /** Said after the banner, e.g. for a banner whose story is on another page. */
  note?: string;
}

/** A series (专栏) banner as papers print it: a framed, letter-spaced title bar above the story. */
export function SeriesBanner({ text, note }: SeriesBannerProps) {
  return (
    <p className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1 sm:mb-3">
      <span className="sr-only">专栏：</span>
      <span className="inline-block border-y-2 border-accent bg-accent-soft px-3 py-1 font-serif text-base font-bold tracking-[0.3em] text-accent">
        {cjkPunctuation(text)}
      </span>
      {note ? <span className="text-sm text-muted">{note}</span> : null}
    </p>
  );
}
