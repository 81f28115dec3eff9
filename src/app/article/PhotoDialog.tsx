import { useModalDialog } from '../ui/useModalDialog.ts';
import type { Image } from '../../schema/edition.ts';
import { cjkPunctuation } from '../ui/cjkPunctuation.ts';
import { fileFor, srcSet } from '../printed-page/imageSources.ts';
import { dataUrl } from '../data/dataUrl.ts';

interface PhotoDialogProps {
  image: Image;
  caption: string;
  credit: string | null;
  onClose: () => void;
}

/** An article's photo as large as the screen allows, in a modal dialog; Esc, 关闭 or a click outside closes it. */
export function PhotoDialog({ image, caption, credit, onClose }: PhotoDialogProps) {
  const dialog = useModalDialog();
  return (
    // A click on the backdrop closes, as Esc does for keyboards (a modal <dialog>'s own behaviour).
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={dialog}
      aria-label={caption ? `图片：${cjkPunctuation(caption)}` : '图片'}
      onClose={onClose}
      onClick={(event) => event.target === dialog.current && onClose()}
      className="m-auto max-h-[100svh] max-w-[100vw] bg-transparent p-2 text-paper backdrop:bg-black/85"
    >
      <figure>
        <img
          src={dataUrl(fileFor(image, 1600).path)}
          srcSet={srcSet(image)}
          sizes="100vw"
          width={image.width}
          height={image.height}
          alt={caption ? cjkPunctuation(caption) : ''}
          className="mx-auto h-auto max-h-[calc(100svh-7rem)] w-auto max-w-full bg-white object-contain"
        />
        <figcaption className="mx-auto mt-2 max-w-[40em] font-sans text-sm text-white">
          {caption ? cjkPunctuation(caption) : null}
          {credit ? <span className="ml-2 whitespace-nowrap">{cjkPunctuation(credit)}</span> : null}
        </figcaption>
      </figure>
      {/* The modal dialog's one control takes focus when it opens, as the WAI-ARIA dialog pattern asks. */}
      <button
        type="button"
        onClick={onClose}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog's one control, as above
        autoFocus
        className="mx-auto mt-2 block rounded border border-white/60 px-4 py-1 font-sans text-sm text-white hover:border-white"
      >
        关闭
      </button>
    </dialog>
  );
}
