/**
 * Pages (版) on the seed edition: the masthead's 版面 links, the page view with 上一版/下一版, the front page's
 * 要目, and an article that names its page; 头版 only ever means page 1.
 */
import { urls } from '../../src/schema/urls.ts';
import { articleHeadings, articleUrl, BRIEFS, contents, DATE, expect, FEATURE, FRONT, LEAD, PAPER, pageReady, SLUG, test } from './fixtures.ts';

const PAGE_ONE = [LEAD.headline, ...BRIEFS];
const PAGE_2 = urls.page(SLUG, DATE, 2);

test.describe('pages (版)', () => {
  test('the masthead lists the pages as links; 第2版 opens the page view with only its own story', async ({ page }) => {
    await page.goto(FRONT);
    await pageReady(page, PAPER);
    const pages = page.getByRole('navigation', { name: '版面' });
    await expect(pages.getByRole('link')).toHaveText(['第1版', '第2版']);
    await expect(pages.getByRole('link', { name: '第1版' })).toHaveAttribute('href', FRONT);
    await expect(pages.getByRole('link', { name: '第1版' })).toHaveAttribute('aria-current', 'page');
    await expect(pages.getByRole('link', { name: '第2版' })).toHaveAttribute('href', PAGE_2);

    await pages.getByRole('link', { name: '第2版' }).click();
    await expect(page).toHaveURL(PAGE_2);
    const heading = page.getByRole('heading', { level: 1, name: /^第2版/ });
    await expect(heading).toHaveText(/^第2版\s*共1篇$/);
    await expect(heading).toBeFocused();
    await expect(page).toHaveTitle(`第2版 - ${PAPER} 2024年7月5日 星期五`);
    await expect(articleHeadings(page)).toHaveText([FEATURE.headline]);
    await expect(page.getByText(FEATURE.series, { exact: true })).toBeVisible();
    await expect(page.locator('main').getByRole('link', { name: LEAD.headline })).toHaveCount(0);
    // The banner printed on page 2 with no story under it is not shown as content.
    await expect(page.getByText(/产业强市 旅游兴市|本期未见正文/)).toHaveCount(0);
    await expect(pages.getByRole('link', { name: '第2版' })).toHaveAttribute('aria-current', 'page');
    await expect(pages.getByRole('link', { name: '第1版' })).not.toHaveAttribute('aria-current', 'page');

    // Back in the masthead, 第1版 is the edition's front page.
    await pages.getByRole('link', { name: '第1版' }).click();
    await expect(page).toHaveURL(FRONT);
    await pageReady(page, PAPER);
    await expect(articleHeadings(page)).toHaveText(PAGE_ONE);
  });

  test('上一版 and 下一版 step through the pages; 返回头版 leads to the front page', async ({ page }) => {
    await page.goto(urls.page(SLUG, DATE, 1));
    await pageReady(page, /^第1版/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^第1版\s*共5篇$/);
    // Printed order, the lead first.
    await expect(articleHeadings(page)).toHaveText(PAGE_ONE);
    const nav = page.getByRole('navigation', { name: '上一版和下一版' });
    await expect(nav.getByRole('link', { name: /上一版/ })).toHaveCount(0);

    await nav.getByRole('link', { name: /下一版/ }).click();
    await expect(page).toHaveURL(PAGE_2);
    await expect(page.getByRole('heading', { level: 1, name: /^第2版/ })).toBeFocused();
    await expect(nav.getByRole('link', { name: /下一版/ })).toHaveCount(0);
    await expect(articleHeadings(page)).toHaveText([FEATURE.headline]);

    await nav.getByRole('link', { name: /上一版/ }).click();
    await expect(page).toHaveURL(urls.page(SLUG, DATE, 1));
    await expect(page.getByRole('heading', { level: 1, name: /^第1版/ })).toBeFocused();

    await nav.getByRole('link', { name: '返回头版' }).click();
    await expect(page).toHaveURL(FRONT);
    await pageReady(page, PAPER);
    await expect(contents(page)).toBeVisible();
  });

  test('the 要目 links each later page and its headlines, and not page 1', async ({ page }) => {
    await page.goto(FRONT);
    await pageReady(page, PAPER);
    const toc = contents(page);
    await expect(toc.getByRole('heading', { level: 3 })).toHaveText(['第2版']);
    await expect(toc.getByRole('link')).toHaveText(['第2版', FEATURE.headline]);
    await expect(toc.getByRole('link', { name: '第1版' })).toHaveCount(0);

    await toc.getByRole('link', { name: '第2版' }).click();
    await expect(page).toHaveURL(PAGE_2);
    await pageReady(page, /^第2版/);
    await page.goBack();
    await pageReady(page, PAPER);

    await contents(page).getByRole('link', { name: FEATURE.headline }).click();
    await expect(page).toHaveURL(articleUrl(FEATURE.headline));
    await pageReady(page, FEATURE.headline);
  });

  test('a page-2 article links back to 第2版; 头版 means page 1 only', async ({ page }) => {
    await page.goto(articleUrl(FEATURE.headline));
    await pageReady(page, FEATURE.headline);
    // The back link above the story (shown from sm up; on a phone the 版面 list just above has the same link).
    await expect(page.locator('a', { hasText: '‹ 返回第2版' })).toHaveAttribute('href', PAGE_2);
    await expect(page.getByRole('article').getByRole('link', { name: '第2版', exact: true })).toHaveAttribute('href', PAGE_2);
    await expect(page.getByRole('navigation', { name: '版面' }).getByRole('link', { name: '第2版' })).toHaveAttribute('aria-current', 'page');
    // Every link that says 头版 leads to the edition's front page (page 1), none to page 2.
    const toFront = page.getByRole('link', { name: /头版/ });
    await expect(toFront).toHaveText(['返回头版']);
    await expect(toFront).toHaveAttribute('href', FRONT);

    await page.getByRole('article').getByRole('link', { name: '第2版', exact: true }).click();
    await expect(page).toHaveURL(PAGE_2);
    await pageReady(page, /^第2版/);
  });

  test('a page-1 article links back to 头版, the front page', async ({ page }) => {
    await page.goto(articleUrl(LEAD.headline));
    await pageReady(page, LEAD.headline);
    await expect(page.getByRole('link', { name: /第2版/ }).filter({ hasText: '返回' })).toHaveCount(0);
    await expect(page.locator('a', { hasText: '‹ 返回头版' })).toHaveAttribute('href', FRONT);
    await page.getByRole('link', { name: '返回头版', exact: true }).click();
    await expect(page).toHaveURL(FRONT);
    await pageReady(page, PAPER);
    await expect(articleHeadings(page).first()).toHaveText(LEAD.headline);
  });
});
