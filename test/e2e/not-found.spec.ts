/**
 * The 404 view for every kind of unknown URL, inside the shell: masthead (the paper's when the URL names a known
 * paper), main landmark, the words for what is missing, and a way home.
 */
import { expect, FRONT, NOT_FOUND, PAPER, pageReady, SITE2, test } from './fixtures.ts';

const CASES: [what: string, url: string, message: string][] = [
  ['an unknown paper', '/no-such-paper/', '本站没有这份报纸。'],
  ['an unknown paper with a date', '/xyz/2024-07-05/', '本站没有这份报纸。'],
  ['a date before the first edition', '/lsrb/2001-01-01/', '没有这一天的报纸。'],
  ['a date after the latest edition', '/lsrb/2030-01-01/', '没有这一天的报纸。'],
  ['a date that is not a date', '/lsrb/not-a-date', '没有这一天的报纸。'],
  ['an impossible date', '/lsrb/2024-13-45/', '没有这一天的报纸。'],
  ['a page the edition does not have', `${FRONT}page/3`, '这期报纸没有这一版。'],
  ['a page that is not a number', `${FRONT}page/2a`, '这期报纸没有这一版。'],
  ['page 0', `${FRONT}page/0`, '这期报纸没有这一版。'],
  ['a section the edition does not have', `${FRONT}section/sports`, '这期报纸没有这个话题。'],
  ['an old ?section= link to no section', `${FRONT}?section=sports`, '这期报纸没有这个话题。'],
  ['an article not in the edition', `${FRONT}article/no-such-article`, '这期报纸里没有这篇文章。'],
  ['a path below an article', `${FRONT}article/x/y`, '没有这个页面。'],
  ['an unknown path', '/no/such/page', '没有这个页面。'],
];

test.describe('404s on the seed site', () => {
  for (const [what, url, message] of CASES) {
    test(`${what}: ${url}`, async ({ page }) => {
      const articleFiles: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/articles/')) articleFiles.push(request.url());
      });
      await page.goto(url);
      await pageReady(page, NOT_FOUND);
      await expect(page.getByText(message, { exact: true })).toBeVisible();
      await expect(page).toHaveTitle('找不到页面 - 报纸阅读');
      const banner = page.getByRole('banner');
      await expect(banner).toContainText(url.startsWith('/lsrb/') ? PAPER : '报纸阅读');
      await expect(page.getByRole('main')).toBeVisible();
      // An unknown id is never asked of the server.
      expect(articleFiles).toEqual([]);
      await page.getByRole('link', { name: '回到最新一期' }).click();
      await pageReady(page, PAPER);
      await expect(page).toHaveURL('/');
    });
  }
});

test.describe('404s on the two-paper site', () => {
  test.use({ baseURL: SITE2 });

  for (const [what, url, message] of [
    ['a date between two editions', '/lsrb/2024-03-01/', '没有这一天的报纸。'],
    ['the other paper’s date', '/sjwb/2024-07-04/', '没有这一天的报纸。'],
    ['a page only the other paper has', '/sjwb/2023-12-30/page/1', '没有这一天的报纸。'],
    ['a bare date, with two papers to choose from', '/2024-07-05', '本站没有这份报纸。'],
  ] as const) {
    test(`${what}: ${url}`, async ({ page, consoleErrors }) => {
      await page.goto(url);
      await pageReady(page, NOT_FOUND);
      await expect(page.getByText(message, { exact: true })).toBeVisible();
      await expect(page).toHaveURL(url);
      // A date inside the paper's range is looked up: the server's 404 for its index is logged by the browser.
      const expected = consoleErrors.filter((error) => !/Failed to load resource: .*404 .*\/index\.json\)$/.test(error));
      consoleErrors.splice(0, consoleErrors.length, ...expected);
    });
  }
});
