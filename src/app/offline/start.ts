/**
 * The one line main.tsx imports for everything offline: the stale-build recovery (tiny, at once), and, once the
 * app has taken the page over (`<html data-app="ready">`, AppRoot.tsx) and the browser is idle, the service worker
 * and its notices in a chunk of their own (register.ts), so the first view's JavaScript does not grow. Waiting for
 * the load event was not enough: hydration runs in slices (main.tsx), and the load event and an idle moment often
 * came between two of them, so the registration was fetched before the page was ready.
 */
import { chunkGone, watchForNewBuild } from '../data/newBuild.ts';
import { whenIdle } from '../ui/whenIdle.ts';

watchForNewBuild();

// Asked when the browser is idle after the load event, then again at each idle moment until the app is ready (a page
// left as prerendered, without its `js` class, never is: it has no worker to offer). A deploy since this page loaded
// may have removed the chunk: nothing the reader asked for is lost, so no reload (chunkGone claims the failure from
// watchForNewBuild); the next page load registers the new build's worker.
const start = (): void => {
  whenIdle(() => {
    const root = document.documentElement;
    if (root.dataset.app !== 'ready') {
      if (root.classList.contains('js')) start();
      return;
    }
    void import('./register.ts')
      .catch(chunkGone)
      .then(({ startOffline }) => startOffline())
      .catch(() => {});
  }, 4000);
};
if (document.readyState === 'complete') start();
else window.addEventListener('load', start, { once: true });
