/**
 * The one line main.tsx imports for everything offline: the stale-build recovery (tiny, at once), and, once the
 * app has taken the page over (`<html data-app="ready">`, MarkReady.tsx) and the browser is idle, the service worker
 * and its notices in a chunk of their own (register.ts), so the first view's JavaScript does not grow. Waiting for
 * the load event alone was not enough: it and an idle moment often came between two slices of hydration.
 */
import { chunkGone, watchForNewBuild } from '../data/newBuild.ts';
import { whenReady } from '../ui/whenReady.ts';

watchForNewBuild();

// A deploy since this page loaded may have removed the chunk: nothing the reader asked for is lost, so no reload
// (chunkGone claims the failure from watchForNewBuild); the next page load registers the new build's worker.
whenReady(
  () =>
    void import('./register.ts')
      .catch(chunkGone)
      .then(({ startOffline }) => startOffline())
      .catch(() => {}),
);
