import { useEffect, type RefObject } from 'react';

/**
 * A popover opened by a button (阅读设置, 往期) closes on Escape, with focus back on its button, and on a click
 * outside `inside`. On click, not pointerdown: by then the browser has moved focus, which stays with whatever the
 * reader clicked if it took focus; a click on plain text would leave it nowhere, so it comes back to the button.
 */
export function useDismiss(
  open: boolean,
  inside: RefObject<HTMLElement | null>[],
  button: RefObject<HTMLButtonElement | null>,
  close: () => void,
): void {
  useEffect(() => {
    if (!open) return;
    const dismiss = (returnFocus: boolean) => {
      close();
      if (returnFocus) button.current?.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dismiss(true);
    };
    const onClick = (event: MouseEvent) => {
      if (inside.some((ref) => ref.current?.contains(event.target as Node))) return;
      dismiss(document.activeElement === null || document.activeElement === document.body);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
    // `inside`, `button` and `close` are refs and a state setter wrapped anew each render: the listeners need only `open`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
}
