import { lazy, Suspense, useState } from 'react';
import type { Image } from '../../schema/edition.ts';
import { cjkPunctuation } from '../ui/cjkPunctuation.ts';
import { fileFor, srcSet } from '../printed-page/imageSources.ts';
import { dataUrl } from '../data/dataUrl.ts';
import { chunkGone } from '../data/newBuild.ts';

const PhotoDialog = lazy(async () => ({ default: (await import('./PhotoDialog.tsx').catch(chunkGone)).PhotoDialog }));

/** The article column's widest CSS width (max-w-[40em] at 18 px, less padding). */
const SIZES = '(min-width: 720px) 688px, calc(100vw - 2rem)';

interface ArticlePhotoProps {
  image: Image;
  caption: string;
  credit: string | null;
  /** The article's first photo: loaded at once and kept short, so the text still starts on a phone's first screen. */
  first: boolean;
}

/**
 * A photo where the printed page had it: the caption is its alt text and its figcaption, the credit beside it.
 * The box is reserved from width/height before the file arrives (no layout shift); a tap opens it larger.
 */
export function ArticlePhoto({ image, caption, credit, first }: ArticlePhotoProps) {
  const [open, setOpen] = useState(false);
  const text = caption ? cjkPunctuation(caption) : '';
  return (
    <figure className="my-4">
      <button type="button" onClick={() => setOpen(true)} className="group block w-full cursor-zoom-in" aria-haspopup="dialog">
        <img
          src={dataUrl(fileFor(image, 688).path)}
          srcSet={srcSet(image)}
          sizes={SIZES}
          width={image.width}
          height={image.height}
          alt={text}
          loading={first ? 'eager' : 'lazy'}
          // Dimmed a little on a dark screen, at full brightness when pointed at or focused, and in the dialog.
          className={`block h-auto w-full bg-slot object-contain transition-[filter] dark:brightness-85 dark:group-hover:brightness-100 dark:group-focus-visible:brightness-100 ${first ? 'max-h-[34svh]' : 'max-h-[80svh]'}`}
        />
        <span className="sr-only">（查看大图）</span>
      </button>
      <figcaption className="mt-1.5 font-sans text-sm leading-relaxed text-muted">
        {text}
        {credit ? <span className="ml-2 whitespace-nowrap">{cjkPunctuation(credit)}</span> : null}
      </figcaption>
      {open ? (
        <Suspense>
          <PhotoDialog image={image} caption={caption} credit={credit} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </figure>
  );
}
