import { cjkPunctuation } from '../ui/cjkPunctuation.ts';

interface ArticleFigureProps {
  caption: string;
  credit: string | null;
}

/**
 * The edition has no image files: where the page printed a photo, one compact line says so — a small picture
 * mark, the caption and the credit — never an invented picture and never an empty box a screen tall.
 */
export function ArticleFigure({ caption, credit }: ArticleFigureProps) {
  return (
    <figure className="my-4 flex items-start gap-2 rounded border border-rule bg-slot px-3 py-1.5 font-sans text-sm leading-relaxed text-muted">
      <svg
        role="img"
        aria-label="原报配图（本站未收录图片）"
        viewBox="0 0 24 24"
        className="mt-[0.2em] size-[1.25em] shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
      >
        <rect x="3" y="5" width="18" height="14" rx="1.5" />
        <circle cx="9" cy="10" r="1.75" />
        <path d="m4 18 5.5-5.5 3.5 3.5 2.5-2.5 4.5 4.5" />
      </svg>
      <figcaption className="min-w-0">
        {caption ? cjkPunctuation(caption) : '（无图说）'}
        {credit ? <span className="ml-2 whitespace-nowrap">{cjkPunctuation(credit)}</span> : null}
      </figcaption>
    </figure>
  );
}
