import type { Page } from '@playwright/test';

/** From the document's start (call before the page loads), adds up every layout shift the page makes. */
export async function countLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = window as unknown as { shifted: number };
    seen.shifted = 0;
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) seen.shifted += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift counted so far (countLayoutShifts). */
export function layoutShifted(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { shifted: number }).shifted);
}
