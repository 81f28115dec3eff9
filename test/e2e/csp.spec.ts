/**
 * The production bundle runs under its own Content-Security-Policy (a <meta> the build adds to index.html, the
 * same policy as the _headers file the build writes, minus frame-ancestors): no violation and no console error while a reader goes
 * front page → page 2 → article → a 404.
 */
import { readFileSync } from 'node:fs';
import { FEATURE, PAPER, expect, pageReady, test } from './fixtures.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

const headerPolicy = readFileSync('dist/_headers', 'utf8')
  .split('\n')
  .find((line) => line.trim().startsWith('Content-Security-Policy:'))
  ?.replace(/^\s*Content-Security-Policy:\s*/, '')
  .trim();

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
});

test('index.html carries a CSP with no inline scripts, the same as dist/_headers', async ({ page }) => {
  await page.goto('/');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = (await meta.getAttribute('content')) ?? '';
  const directives = new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  // 'wasm-unsafe-eval' for search's WebAssembly (docs/search.md), never 'unsafe-eval'
  expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(policy).not.toContain("'unsafe-eval'");
  expect(headerPolicy, 'dist/_headers has a Content-Security-Policy line').toBeTruthy();
  expect(headerPolicy).toBe(`${policy}; frame-ancestors 'none'`);
  await pageReady(page, PAPER);
});

test('front page → page 2 → article → 404 under the policy: content shows, no violation, no console error', async ({ page }) => {
  await page.goto('/');
  await pageReady(page, PAPER);
  await page.getByRole('navigation', { name: '版面' }).getByRole('link', { name: '第2版' }).click();
  await pageReady(page, /^第2版/);
  await page.locator('main').getByRole('link', { name: FEATURE.headline, exact: true }).click();
  await pageReady(page, FEATURE.headline);
  await expect(page.getByText(FEATURE.caption).first()).toBeVisible();
  await page.goto('/no/such/page');
  await pageReady(page, /404/);
  await page.getByRole('link', { name: '回到最新一期' }).click();
  await pageReady(page, PAPER);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});
