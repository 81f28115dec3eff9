interface ArticleFigureProps {
  caption: string;
  credit: string | null;
}

/** The edition has no image files: a framed photo slot with its caption, never an invented picture. */
export function ArticleFigure({ caption, credit }: ArticleFigureProps) {
  return (
    <figure className="my-8">
      <div
        role="img"
        aria-label="照片(原报配图,本站未收录图片)"
        className="flex aspect-[3/2] w-full flex-col items-center justify-center gap-2 border-2 border-dashed border-rule bg-slot text-muted"
      >
        <svg viewBox="0 0 24 24" className="size-10" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
          <path d="M3 8.5A1.5 1.5 0 0 1 4.5 7h2.6l1.4-2h7l1.4 2h2.6A1.5 1.5 0 0 1 21 8.5v9a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5z" />
          <circle cx="12" cy="13" r="3.5" />
        </svg>
        <span className="text-sm">原报配图 · 图片未收录</span>
      </div>
      <figcaption className="mt-2 border-l-4 border-accent pl-3 text-sm leading-relaxed text-muted">
        {caption || '(无图说)'}
        {credit ? <span className="ml-2">{credit}</span> : null}
      </figcaption>
    </figure>
  );
}
