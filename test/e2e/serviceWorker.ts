/**
 * Waits on the reader's service worker, for the specs that allow one (offline.spec.ts, deploys.spec.ts,
 * printed-page.spec.ts). A worker's install, activation and caching take seconds and end in no event the test can
 * await, so these poll; every 100 ms rather than expect.poll's default steps, which grow to a second and met each
 * state up to a second after it came.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** expect.poll's options for a worker's state: a look every 100 ms. */
export const EVERY_100_MS = { intervals: [100] };

/** Until the worker controls the page and has kept what the first view loaded (src/app/offline/register.ts). */
export async function workerReady(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => navigator.serviceWorker.controller !== null && (await caches.match(location.href.split('#')[0]!)) !== undefined),
      EVERY_100_MS,
    )
    .toBe(true);
}
