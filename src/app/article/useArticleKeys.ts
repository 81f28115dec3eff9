import { useEffect, useEffectEvent } from 'react';

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

/**
 * ← or k: the previous article; → or j: the next; ?: the keys. Only on an article page, only outside fields.
 *
 * One listener for the page's life, which reads the article's neighbours as of the last commit (an Effect Event).
 * Subscribed anew on each render, a listener would still hold the previous article's neighbours from the moment
 * a move commits until React runs its effects, a moment a busy machine stretches: a key pressed then moved from the
 * article before, or not at all.
 */
export function useArticleKeys({ previous, next, help }: ArticleKeys): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
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
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
