/**
 * The one line main.tsx imports for everything offline: the stale-build recovery (tiny, at once), and, once the
 * first view has loaded and the browser is idle, the service worker and its notices in a chunk of their own
 * (register.ts), so the first view's JavaScript does not grow.
 */
import { chunkGone, watchForNewBuild } from '../data/newBuild.ts';
import { whenIdle } from '../ui/whenIdle.ts';

watchForNewBuild();

// A deploy since this page loaded may have removed the chunk: nothing the reader asked for is lost, so no reload
// (chunkGone claims the failure from watchForNewBuild); the next page load registers the new build's worker.
const start = () =>
  whenIdle(
    () =>
      void import('./register.ts')
        .catch(chunkGone)
        .then(({ startOffline }) => startOffline())
        .catch(() => {}),
    4000,
  );
if (document.readyState === 'complete') start();
else window.addEventListener('load', start, { once: true });
