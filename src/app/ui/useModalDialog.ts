import { useEffect, useRef } from 'react';

/**
 * A <dialog> shown modal while its component is mounted, and closed when it unmounts. jsdom has no showModal:
 * there it opens as a plain dialog.
 */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    return () => {
      if (typeof element.close === 'function' && element.open) element.close();
    };
  }, []);
  return dialog;
}
