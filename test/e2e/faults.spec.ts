/**
 * Faults at run time: site.json, an edition index or an article file answers 404, 500, broken JSON, JSON that
 * fails the schema, or the network is down. Each ends in words saying what failed, a way home and a 重试
 * button that brings the content back once the fault is gone; never a blank page or an endless spinner. A slow
 * index shows the loading state, then the content. Desktop only: the app code is the same on the phone.
 *
 * Every route is prerendered with its data inside (no fetch at all on a first view), so each test opens its URL
 * as the app shell instead, the way a page written since the last build is served (404.html): the app then
 * fetches site.json, the index and the article as a client-side navigation does. One more test checks a fault
 * met by a client-side navigation from a prerendered page.
 *
 * Plain @playwright/test, not ./fixtures.ts: a failed request logs a console error by design here.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { SCHEMA_VERSION } from '../../src/schema/edition.ts';
import { urls } from '../../src/schema/urls.ts';
import { articleUrl, DATE, FEATURE, openAsShell, PAPER, SITE2, SITE2_LSRB, SLUG } from './fixtures.ts';

type Fault = '404' | '500' | 'malformed JSON' | 'wrong schema' | 'offline';

const FAULTS: Record<Fault, { title: RegExp; serve: (route: Route) => Promise<void> }> = {
  '404': { title: /找不到/, serve: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }) },
  '500': { title: /加载失败/, serve: (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'oops' }) },
  'malformed JSON': {
    title: /数据有误/,
    serve: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "da' }),
  },
  'wrong schema': {
    title: /数据有误/,
    serve: (route) =>
      // This version's data in a shape the schema refuses. (Another schemaVersion is a deploy, not a fault: the
      // reader reloads into the new build, deploys.spec.ts.)
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ schemaVersion: SCHEMA_VERSION, hello: 'world' }) }),
  },
  offline: { title: /加载失败/, serve: (route) => route.abort('internetdisconnected') },
};

/**
 * The latest edition's index travels inside site.json, so an edition index is only fetched for an older edition:
 * that target is on the second site, where 乐山日报 has several.
 */
const OLDER = SITE2_LSRB.dates[2];
const TARGETS = {
  'site.json': { pattern: `**/data/${dataPaths.site()}`, url: () => '/', heading: PAPER },
  'an edition index': {
    pattern: `**/data/${dataPaths.editionIndex(SLUG, OLDER)}`,
    url: () => `${SITE2}${urls.edition(SLUG, OLDER)}`,
    heading: PAPER,
  },
  'an article file': {
    pattern: `**/data/${dataPaths.article(SLUG, DATE, '*')}`,
    url: () => articleUrl(FEATURE.headline),
    heading: FEATURE.headline,
  },
};

/**
 * The reader retries a 500 or a dropped connection three times, 0.5, 1 and 2 s apart, before it says so. Each test
 * installs Playwright's clock (page.clock) before the page loads and, until the error shows, jumps the page's time on
 * by 2 s at each look: the retry that is due fires at once instead of after a real wait (they once took 3.5 s of
 * each such test). The retries, the order and the message are the app's own; only the waiting is skipped.
 */
async function expectShownAfterRetries(page: Page, heading: ReturnType<Page['getByRole']>): Promise<void> {
  await expect
    .poll(
      async () => {
        if (await heading.isVisible()) return true;
        await page.clock.fastForward(2_000);
        return heading.isVisible();
      },
      { intervals: [100], timeout: 15_000 },
    )
    .toBe(true);
}

async function expectNotBlank(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.trim().length, 'the page shows some text').toBeGreaterThan(0);
}

for (const [targetName, target] of Object.entries(TARGETS)) {
  for (const [faultName, fault] of Object.entries(FAULTS)) {
    test(`${targetName} ${faultName}: says so, retry recovers once the fault is gone`, async ({ page }) => {
      const uncaught: string[] = [];
      page.on('pageerror', (error) => uncaught.push(error.message));
      await page.clock.install();
      await page.route(target.pattern, fault.serve);
      await openAsShell(page, target.url(), target.url().startsWith(SITE2) ? 'dist-site2' : 'dist');

      // 500 and offline are retried three times (0.5 + 1 + 2 s of the page's clock) before the error shows.
      const title = page.getByRole('heading', { level: 1, name: fault.title });
      await expectShownAfterRetries(page, title);
      await expectNotBlank(page);
      await expect(page.getByRole('status'), 'no spinner left behind').toHaveCount(0);
      await expect(page.getByRole('link', { name: '回到最新一期' })).toBeVisible();
      const retry = page.getByRole('button', { name: '重试' });
      await expect(retry).toBeEnabled();

      await page.unroute(target.pattern);
      await retry.click();
      await expect(page.getByRole('heading', { level: 1, name: target.heading })).toBeVisible({ timeout: 10_000 });
      await expect(page.getByRole('button', { name: '重试' })).toHaveCount(0);
      expect(uncaught).toEqual([]);
    });
  }
}

test('a fault on an article file leaves the rest of the site usable: the masthead leads home', async ({ page }) => {
  await page.clock.install();
  await page.route(TARGETS['an article file'].pattern, FAULTS['500'].serve);
  await openAsShell(page, articleUrl(FEATURE.headline));
  await expectShownAfterRetries(page, page.getByRole('heading', { level: 1, name: /加载失败/ }));
  await page
    .getByRole('banner')
    .getByRole('link', { name: new RegExp(PAPER) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: PAPER })).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: FEATURE.headline })).toBeVisible();
});

test('a 10 s slow edition index shows the loading state, never a blank page, then the front page', async ({ page }) => {
  const target = TARGETS['an edition index'];
  // Each request for the index is answered once 10 s of the page's clock have passed since it was asked (page.clock
  // jumps them: no real 10 s wait). Any timer the app set to give up, or to change what it shows, in that time fires
  // first; a request asked after the jump (a retry of one the app gave up on) is never answered.
  await page.clock.install();
  const held: (() => void)[] = [];
  await page.route(target.pattern, async (route) => {
    await new Promise<void>((resolve) => held.push(resolve));
    // A request the page gave up on cannot be answered: the heading below then never comes.
    await route.continue().catch(() => {});
  });
  await openAsShell(page, target.url(), target.url().startsWith(SITE2) ? 'dist-site2' : 'dist');
  await expect(page.getByRole('status')).toHaveText(/正在加载/);
  await expectNotBlank(page);
  await expect.poll(() => held.length).toBeGreaterThan(0);
  const due = [...held];
  const before = await page.evaluate(() => Date.now());
  await page.clock.fastForward(10_000);
  expect((await page.evaluate(() => Date.now())) - before).toBeGreaterThanOrEqual(10_000);
  await expect(page.getByRole('status')).toHaveText(/正在加载/);
  await expectNotBlank(page);
  for (const answer of due) answer();
  await expect(page.getByRole('heading', { level: 1, name: PAPER })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
});

test('a fault met by a client-side navigation from a prerendered page: says so, retry recovers', async ({ page }) => {
  const target = TARGETS['an edition index'];
  await page.goto(`${SITE2}${urls.edition(SLUG, SITE2_LSRB.dates[3])}`);
  await expect(page.getByRole('heading', { level: 1, name: PAPER })).toBeVisible();
  // The app takes the prerendered page over after its first paint; a click before that is a plain link.
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.route(target.pattern, FAULTS['wrong schema'].serve);
  await page.getByRole('link', { name: /前一期/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /数据有误/ })).toBeVisible();
  await page.unroute(target.pattern);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('link', { name: /后一期/ })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(urls.edition(SLUG, OLDER));
});
