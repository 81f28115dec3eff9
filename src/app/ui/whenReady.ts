import { whenIdle } from './whenIdle.ts';

/**
 * Runs `run` at the first idle moment after the load event once the app has taken the page over (`<html
 * data-app="ready">`, MarkReady.tsx), for code the first view can do without: asked for before, it would arrive between
 * two slices of hydration (main.tsx) and be paid by the first view. A page left as prerendered (no `js` class, main.tsx)
 * never is ready, and `run` never runs.
 */
export function whenReady(run: () => void): void {
  const check = (): void => {
    whenIdle(() => {
      const root = document.documentElement;
      if (root.dataset.app === 'ready') run();
      else if (root.classList.contains('js')) check();
    }, 4000);
  };
  if (document.readyState === 'complete') check();
  else window.addEventListener('load', check, { once: true });
}
