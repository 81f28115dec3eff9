/**
 * Search in the browser, on the built sites and their Pagefind index: the masthead box on every page and its `/`
 * key, the results route with its count, marked snippets, load more and filters in the URL, the empty state,
 * history, the message without JavaScript, and an axe audit. The seed site has one edition; the second site
 * (SITE2) has two papers and editions across a year boundary, for the paper and date filters and load more.
 */
import type { Page } from '@playwright/test';
import { urls } from '../../src/schema/urls.ts';
import { articleUrl, DATE, expect, FEATURE, FRONT, LEAD, PAPER, pageReady, SITE2, SJWB, test } from './fixtures.ts';
import { SCHEMES, useScheme } from './schemes.ts';
import { violationLines, wcagAudit } from './axe.ts';

// As the reader shows it: half-width punctuation between Chinese full-width.
const SUMMER = '网络对话：快乐过暑假 娃娃安全不放假';
const CPPCC = '全市政协提案工作座谈会暨委员讲堂召开';
const UNION = '市总工会八届四次全体会议召开';

const results = (page: Page) => page.getByRole('region', { name: '搜索结果' });
const resultItems = (page: Page) => results(page).getByRole('listitem');
const resultHeadlines = (page: Page) => results(page).getByRole('heading', { level: 3 });
// By id: on a phone the box is folded (display: none) until 搜索 unfolds it, and still holds its value and focus state.
const searchBox = (page: Page) => page.locator('#site-search');

/** On a phone the box folds behind the header's 搜索 button: unfold it first. */
async function showSearchBox(page: Page): Promise<void> {
  const toggle = page.locator('button[aria-controls="site-search-form"]');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}
const count = (page: Page) => results(page).getByRole('status');

/** Opens the results of a query (on the seed site unless `site` is given) and waits for them. */
async function openResults(page: Page, query: string, site = '') {
  await page.goto(`${site}${urls.search(query)}`);
  await pageReady(page, `搜索：${query}`);
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
}

test.describe('search from the masthead', { tag: '@layout' }, () => {
  test('the box on every page searches, and the results show headline, paper, date, 版, section and a marked snippet', async ({ page }) => {
    await page.goto(FRONT);
    await pageReady(page, PAPER);
    await showSearchBox(page);
    await searchBox(page).fill('暑假');
    await searchBox(page).press('Enter');
    await expect(page).toHaveURL(/\/search\?q=%E6%9A%91%E5%81%87$/);
    await pageReady(page, '搜索：暑假');
    await expect(count(page)).toHaveText('找到2篇');
    await expect(resultHeadlines(page)).toHaveText([SUMMER, LEAD.headline]);
    const first = resultItems(page).first();
    await expect(first.getByRole('link', { name: SUMMER })).toHaveAttribute('href', articleUrl(SUMMER));
    await expect(first).toContainText(`${PAPER} · 2024年7月5日 星期五 · 第1版`);
    await expect(first).toContainText('教育');
    // The match is a <mark> element, in the headline and in the snippet; the rest is text.
    await expect(first.getByRole('heading').locator('mark')).toHaveText('暑假');
    const second = resultItems(page).nth(1);
    await expect(second.locator('p mark')).toHaveText(['暑假']);
    await expect(second.locator('p:has(mark) *:not(mark)')).toHaveCount(0);
    // The box keeps the query on the results page.
    await showSearchBox(page);
    await expect(searchBox(page)).toHaveValue('暑假');
    await expect(page).toHaveTitle('暑假 - 搜索 - 报纸阅读');
  });

  test('is on every kind of page, as a plain GET form to /search', async ({ page }) => {
    for (const [url, heading] of [
      [FRONT, PAPER],
      [urls.page('lsrb', DATE, 2), /^第2版/],
      [articleUrl(FEATURE.headline), FEATURE.headline],
      ['/no/such/page', /^找不到页面/],
    ] as const) {
      await page.goto(url);
      await pageReady(page, heading);
      await expect(page.locator('form[role="search"]')).toHaveAttribute('action', '/search');
      await expect(searchBox(page)).toHaveAttribute('name', 'q');
    }
  });

  test('`/` focuses the box, but types a slash in a field', async ({ page }) => {
    await page.goto(urls.page('lsrb', DATE, 2));
    await pageReady(page, /^第2版/);
    await expect(searchBox(page)).not.toBeFocused();
    await page.locator('body').press('/');
    await expect(searchBox(page)).toBeFocused();
    await expect(searchBox(page)).toHaveValue('');
    await page.keyboard.type('核技术/5');
    await expect(searchBox(page)).toHaveValue('核技术/5');
    await page.keyboard.press('Enter');
    await pageReady(page, '搜索：核技术/5');
  });
});

test.describe('what a query finds', () => {
  for (const [query, headline] of <[string, string][]>[
    ['暑假', SUMMER],
    ['核技术', FEATURE.headline],
    ['夹江', FEATURE.headline],
    ['张清', LEAD.headline],
    ['B级', FEATURE.headline],
    ['b级', FEATURE.headline],
    ['2024年', CPPCC],
    ['68%', FEATURE.headline],
  ]) {
    test(`${query} finds ${headline}`, async ({ page }) => {
      await openResults(page, query);
      await expect(resultHeadlines(page).filter({ hasText: headline })).toHaveCount(1);
      // Every result marks what matched.
      const items = await resultItems(page).count();
      await expect(results(page).locator('li:has(mark)')).toHaveCount(items);
    });
  }

  test('several words narrow the results: every word must match', async ({ page }) => {
    await openResults(page, '会议');
    await expect(resultHeadlines(page)).toHaveText([UNION, CPPCC]);
    await openResults(page, '会议 政协');
    await expect(resultHeadlines(page)).toHaveText([CPPCC]);
    await openResults(page, '政协 提案');
    await expect(count(page)).toHaveText('找到1篇');
    await expect(resultHeadlines(page)).toHaveText([CPPCC]);
    await expect(resultItems(page).first().locator('mark').first()).toHaveText(/政协|提案/);
  });

  test('says so when nothing matched, and offers no list', async ({ page }) => {
    await page.goto(urls.search('量子计算机'));
    await expect(page.getByText('没有找到与「量子计算机」相关的文章')).toBeVisible();
    await expect(resultItems(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: '加载更多' })).toHaveCount(0);
  });

  test('without a query, asks for one', async ({ page }) => {
    await page.goto(urls.search());
    await pageReady(page, '搜索');
    await expect(page.getByText('在上面的搜索框输入词语')).toBeVisible();
    await expect(page.getByText('搜索需要浏览器启用 JavaScript')).toHaveCount(0);
  });
});

test.describe('results across papers and editions', () => {
  test('load more adds the next ten until every result is shown', async ({ page }) => {
    await openResults(page, '记者', SITE2);
    // Years are searched newest first, as far as the page needs: 2024 holds 20 of them.
    await expect(count(page)).toHaveText('找到20篇，更早的年份在加载更多时继续搜索');
    await expect(resultItems(page)).toHaveCount(10);
    await page.getByRole('button', { name: '加载更多' }).click();
    await expect(resultItems(page)).toHaveCount(20);
    await page.getByRole('button', { name: '加载更多' }).click();
    await expect(resultItems(page)).toHaveCount(25);
    await expect(count(page)).toHaveText('找到25篇');
    await expect(page.getByRole('button', { name: '加载更多' })).toHaveCount(0);
  });

  test('filters by paper, date range, section and page, kept in the URL', async ({ page }) => {
    await openResults(page, '记者', SITE2);
    await page.getByLabel('报纸').selectOption({ label: SJWB.name });
    await expect(page).toHaveURL(/[?&]paper=sjwb(&|$)/);
    await expect(count(page)).toHaveText('找到5篇');
    for (const item of await resultItems(page).all()) await expect(item).toContainText(SJWB.name);

    await page.getByLabel('从').fill('2024-07-04');
    await expect(page).toHaveURL(/[?&]from=2024-07-04(&|$)/);
    await expect(count(page)).toHaveText('找到3篇');
    for (const item of await resultItems(page).all()) await expect(item).toContainText('2024年7月5日');

    await page.getByLabel('版次').fill('2');
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(resultHeadlines(page)).toHaveText([...SJWB.page2]);

    // The URL is the state: a reload shows the same filtered results.
    await page.reload();
    await expect(resultHeadlines(page)).toHaveText([...SJWB.page2]);
    await expect(page.getByLabel('报纸')).toHaveValue('sjwb');
    await expect(page.getByLabel('版次')).toHaveValue('2');

    // Section, on the other paper, across the year boundary, with an end date.
    await page.goto(`${SITE2}/search?q=${encodeURIComponent('暑假')}&section=education&to=2024-01-02`);
    await expect(count(page)).toHaveText('找到2篇');
    await expect(page.getByLabel('话题')).toHaveValue('education');
    const dates = await results(page)
      .locator('time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(new Set(dates)).toEqual(new Set(['2024-01-02', '2023-12-30']));
    await page.getByLabel('话题').selectOption('');
    await expect(page).not.toHaveURL(/section=/);
  });

  test('Back from an article returns to the results, as far as they were loaded', async ({ page }) => {
    await openResults(page, '记者', SITE2);
    await page.getByRole('button', { name: '加载更多' }).click();
    await expect(resultItems(page)).toHaveCount(20);
    const target = resultItems(page).nth(12).getByRole('link').first();
    const headline = (await target.textContent())!;
    await target.click();
    await pageReady(page, headline);
    await page.goBack();
    await pageReady(page, '搜索：记者');
    await expect(resultItems(page)).toHaveCount(20);
    await expect(searchBox(page)).toHaveValue('记者');
    await expect(page).toHaveURL(/\/search\?q=/);
  });
});

test.describe('without JavaScript', { tag: '@layout' }, () => {
  test.use({ javaScriptEnabled: false });

  test('the results page says search needs JavaScript, and the box still submits', async ({ page }) => {
    await page.goto(FRONT);
    await showSearchBox(page);
    await searchBox(page).fill('暑假');
    await searchBox(page).press('Enter');
    await expect(page).toHaveURL(/\/search\?q=%E6%9A%91%E5%81%87$/);
    await expect(page.getByRole('heading', { level: 1, name: '搜索' })).toBeVisible();
    await expect(page.getByText('搜索需要浏览器启用 JavaScript。')).toBeVisible();
  });
});

test.describe('accessibility', { tag: '@layout' }, () => {
  // One load a state, audited in light and then in dark mode.
  for (const [name, url, heading] of [
    ['results', () => urls.search('暑假'), '搜索：暑假'],
    ['filtered', () => `${SITE2}/search?q=${encodeURIComponent('记者')}&paper=lsrb&from=2024-01-01`, '搜索：记者'],
    ['empty', () => urls.search('量子计算机'), '搜索：量子计算机'],
  ] as const) {
    test(`${name} has no WCAG 2.1 A/AA violations, light and dark`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(url());
      await pageReady(page, heading);
      await expect(results(page)).toHaveAttribute('aria-busy', 'false');
      for (const scheme of SCHEMES) {
        await useScheme(page, scheme, `search ${name}`);
        await page.evaluate(() => document.fonts.ready);
        const path = testInfo.outputPath(`search-${name}-${scheme}-${testInfo.project.name}.png`);
        // At CSS pixels: a whole page at the phone's pixel ratio 3 took seconds to encode (views.spec.ts).
        await page.screenshot({ path, fullPage: true, scale: 'css' });
        await testInfo.attach(`search-${name}-${scheme}`, { path, contentType: 'image/png' });
        const audit = await wcagAudit(page);
        expect.soft(violationLines(audit), `search ${name} in ${scheme} mode`).toEqual([]);
      }
    });
  }
});
