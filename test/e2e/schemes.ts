import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The two colour schemes every view is audited in, on one load (the page follows the system's: usePreferences). */
export const SCHEMES = ['light', 'dark'] as const;

/** Switches the system's colour scheme under the loaded page, which follows it, and waits until it has. */
export async function useScheme(page: Page, scheme: (typeof SCHEMES)[number], what: string): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.classList.contains('dark')), `${what}: the page in ${scheme} mode`)
    .toBe(scheme === 'dark');
}
