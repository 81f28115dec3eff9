import { useEffect } from 'react';

/**
 * `<html data-app="ready">` once the app has drawn or taken over the page's view: a prerendered page reads and its
 * links work before, but its buttons and keys wait for this (and so do the browser tests, and the code loaded at the
 * first idle moment after it: whenReady.ts).
 *
 * It is drawn after the view, inside the same Suspense boundary (AppShell, RootError's), so it commits with the
 * view and its effect runs after the view's own (React runs a commit's effects child first, in order): by then the
 * article's keys and the search box's `/` listen. At the app's root it ran a commit early, since React hydrates a
 * Suspense boundary after the rest of the page: on a loaded machine a key pressed at "ready" was lost.
 */
export function MarkReady() {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return null;
}
