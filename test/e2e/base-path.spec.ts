/**
 * A site built with BASE_PATH=/sub/ and served from its sub-folder (prepare.ts builds it into dist-sub/sub/):
 * deep links and reloads of every URL kind, links that stay under /sub/, and the 404 page, with no redirect.
 */
import { urls } from '../../src/schema/urls.ts';
import { articleUrl, DATE, expect, FEATURE, NOT_FOUND, PAPER, SLUG, test } from './fixtures.ts';

const SUB = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4391) + 2}/sub`;

for (const [kind, path, heading] of [
  ['home', '/', PAPER],
  ['edition', urls.edition(SLUG, DATE), PAPER],
  ['page', urls.page(SLUG, DATE, 2), /第2版/],
  ['section', urls.section(SLUG, DATE, 'economy'), PAPER],
  ['article', articleUrl(FEATURE.headline), FEATURE.headline],
  ['archive', urls.archive(SLUG, 2024), /2024年往期/],
] as const) {
  test(`${kind} loads at /sub${path}, reloads, and its links stay under /sub/`, async ({ page }) => {
    const response = await page.goto(SUB + path);
    expect(response?.status()).toBe(200);
    expect(response?.request().redirectedFrom()).toBeNull();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href.startsWith('/sub/'))).toEqual([]);
  });
}

test('a link followed in the app stays under /sub/', async ({ page }) => {
  await page.goto(`${SUB}/`);
  await page.getByRole('navigation', { name: '版面' }).getByRole('link', { name: /第2版/ }).click();
  await expect(page).toHaveURL(`${SUB}${urls.page(SLUG, DATE, 2)}`);
  await expect(page.getByRole('heading', { level: 1, name: /第2版/ })).toBeVisible();
});

test('an unknown URL under /sub/ gets the 404 page with a 404 status, linking home to /sub/, with no redirect', async ({ page }) => {
  const response = await page.goto(`${SUB}/no/such/page`);
  expect(response?.status()).toBe(404);
  expect(response?.request().redirectedFrom()).toBeNull();
  await expect(page.getByRole('heading', { level: 1, name: NOT_FOUND })).toBeVisible();
  // react-router writes the base path's home without its slash; the host serves /sub as /sub/.
  await expect(page.getByRole('link', { name: '回到最新一期' })).toHaveAttribute('href', /^\/sub\/?$/);
  expect(new URL(page.url()).pathname).toBe('/sub/no/such/page');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the 404 page still links home to /sub/', async ({ page }) => {
    await page.goto(`${SUB}/lsrb/2001-01-01/`);
    await expect(page.getByRole('link', { name: '回到最新一期' })).toHaveAttribute('href', /^\/sub\/?$/);
  });
});
