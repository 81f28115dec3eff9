import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, TEST_CHROMIUM } from './test/e2e/chromium.ts';

/**
 * Browser tests in Debian's Chromium (its headless build when installed: test/e2e/chromium.ts; never a downloaded
 * browser) against the production build in dist/, served as a static host would serve it (src/cli/staticServer.ts).
 * `npm run test:e2e` checks Chromium, builds dist/ when it is missing or older than the sources, builds the other
 * sites the specs read (test/e2e/prepare.ts: the second site, the printed paper, the sub-folder build, two later
 * deploys), then runs this.
 */
const CHROMIUM_ARGS = ['--headless', ...CHROMIUM_FLAGS];
const PORT = Number(process.env.E2E_PORT ?? 4391);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // E2E_PORT and E2E_OUTPUT_DIR let two runs share a work tree without taking each other's port or artifacts.
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: true,
  // Two workers on two cores; E2E_WORKERS tries another count (docs/testing.md, "Measured").
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: !!process.env.CI,
  // Ceilings, not waits: every wait is for a state (locators, expect.poll), and returns when it holds. On a loaded CI
  // machine (load 7+ on two cores) a service worker's install, a second deploy or an axe run takes many seconds
  // more than on a quiet one; these ceilings leave room for that, so only a state that never comes fails a test.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath: TEST_CHROMIUM, args: CHROMIUM_ARGS },
    // A trace costs a fifth of a test's CPU and CI keeps none: E2E_TRACE=1 records one for each test that fails.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    // The reader registers a service worker after its first view; page.route() cannot see what a worker fetches,
    // so every spec runs without one unless it asks (offline.spec.ts, deploys.spec.ts).
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  projects: [
    // Where a test runs (docs/testing.md, "Where each browser test runs"): every test on the desktop project; a test
    // tagged @layout (what it checks depends on the width or on touch: layout, first screen, tap, axe) on the phone
    // project too; a test tagged @phone (320/390 px, touch) on the phone project alone.
    {
      name: 'desktop',
      grepInvert: /@phone\b/,
      use: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
    },
    {
      name: 'phone',
      grep: /@layout\b|@phone\b/,
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
    },
  ],
  // The seed site (dist/), and on the next port the second site (dist-site2/: two papers, several editions,
  // built by test/e2e/prepare.ts) that the specs about editions and papers point at with test.use({ baseURL }).
  webServer: [
    { root: 'dist', port: PORT },
    { root: 'dist-site2', port: PORT + 1 },
    // The seed site built with BASE_PATH=/sub/, served from its sub-folder (prepare.ts).
    { root: 'dist-sub', port: PORT + 2, path: '/sub/' },
    // The printed demo paper (示例报) on the app of dist/ (prepare.ts), for printed-page.spec.ts.
    { root: 'dist-printed', port: PORT + 3 },
  ].map(({ root, port, path = '/' }) => ({
    command: `tsx src/cli/serve.ts --root ${root} --port ${port}`,
    url: `http://127.0.0.1:${port}${path}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore' as const,
  })),
});
