import { useEffect } from 'react';

interface ArticleKeys {
  previous: (() => void) | null;
  next: (() => void) | null;
  help: () => void;
}

/** A key typed into a field, or with Ctrl, Alt or ⌘ held, belongs to the field or the browser, never to the reader. */
export function isReaderKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return false;
  const target = event.target;
  if (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
  ) {
    return false;
  }
  return true;
}

/** ← or k: the previous article; → or j: the next; ?: the keys. Only on an article page, only outside fields. */
export function useArticleKeys({ previous, next, help }: ArticleKeys): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isReaderKey(event)) return;
      // Shift is how most layouts type ?, so it only stops the other keys.
      const action =
        event.key === '?'
          ? help
          : event.shiftKey
            ? null
            : event.key === 'ArrowLeft' || event.key === 'k'
              ? previous
              : event.key === 'ArrowRight' || event.key === 'j'
                ? next
                : null;
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [previous, next, help]);
}
