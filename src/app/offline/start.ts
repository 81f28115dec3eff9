/**
 * The one line main.tsx imports for everything offline: the stale-build recovery (tiny, at once), and, once the
 * first view has loaded and the browser is idle, the service worker and its notices in a chunk of their own
 * (register.ts), so the first view's JavaScript does not grow.
 */
import { watchForNewBuild } from '../data/newBuild.ts';

watchForNewBuild();

const idle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 4000 }) : setTimeout(run, 1000));
const start = () => idle(() => void import('./register.ts').then(({ startOffline }) => startOffline()).catch(() => {}));
if (document.readyState === 'complete') start();
else window.addEventListener('load', start, { once: true });
