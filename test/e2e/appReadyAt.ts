import type { Page } from '@playwright/test';

/**
 * Records, on the page's own clock, when the app took the page over (`<html data-app="ready">`, MarkReady.tsx) as
 * `window.appReadyAt`, to tell what the page fetched before from what it fetched after. Call before `goto`.
 * (No named functions inside: tsx would wrap them in a helper the page does not have.)
 */
export async function recordAppReady(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.documentElement?.dataset.app !== 'ready') return;
      (window as unknown as { appReadyAt: number }).appReadyAt = performance.now();
      observer.disconnect();
    });
    // At this point the parser may not have made <html> yet: watch the whole document.
    observer.observe(document, { attributes: true, attributeFilter: ['data-app'], subtree: true });
  });
}
