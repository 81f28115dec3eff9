import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, never a downloaded browser, and the flags that work on this kind of machine.
 *
 * CHROMIUM is the whole browser (/usr/bin/chromium, package chromium): the benchmarks, Lighthouse and screenshots.
 * TEST_CHROMIUM is the browser the test suite drives: Debian's headless build of the same Chromium
 * (/usr/bin/chromium-headless-shell, package chromium-headless-shell, the same version and the same Blink), which is
 * also what Playwright itself runs for headless Chromium. It draws the same pages for about half the CPU a test
 * (docs/testing.md, "Which Chromium"). Without it the suite runs in the whole browser; E2E_CHROMIUM chooses another.
 */
export const CHROMIUM = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
/** Looked up when called: test/e2e/prepare.ts may install the headless build just before Playwright starts. */
export const testChromium = () => process.env.E2E_CHROMIUM ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM);
export const TEST_CHROMIUM = testChromium();

/** Without --headless: Playwright adds its own; a Chromium started by hand takes `--headless=new` in front. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
