/**
 * 文字 / 版面: whether a page view shows the printed page above its story list, or the list alone. Remembered
 * like the text size: in localStorage, and as `data-page-mode` on <html>, which public/reader-preferences.js
 * sets before first paint (keep the key and values in step with it) so a prerendered page never flashes the
 * other mode. Only the page view loads this module.
 */
import { useSyncExternalStore } from 'react';

export const PAGE_MODES = ['page', 'text'] as const;
export type PageMode = (typeof PAGE_MODES)[number];
export const PAGE_MODE_KEY = 'reader.pageMode';

const listeners = new Set<() => void>();

function current(): PageMode {
  return document.documentElement.dataset.pageMode === 'text' ? 'text' : 'page';
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setPageMode(mode: PageMode): void {
  document.documentElement.dataset.pageMode = mode;
  try {
    localStorage.setItem(PAGE_MODE_KEY, mode);
  } catch {
    // Storage refused (private mode): the choice still holds while the page is open.
  }
  for (const listener of listeners) listener();
}

/** The reader's mode; a prerendered page was drawn in 版面 mode, so React hydrates with that, then reads <html>. */
export function usePageMode(): PageMode {
  return useSyncExternalStore(subscribe, current, () => 'page');
}
