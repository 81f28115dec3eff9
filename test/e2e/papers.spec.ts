/**
 * Two papers in one site (the second site: 乐山日报 and the invented 三江晚报, both with an edition on
 * 2024-07-05): `/` lists them, each paper's pages, 往期 and masthead stay its own.
 */
import { urls } from '../../src/schema/urls.ts';
import { articleHeadings, contents, expect, FEATURE, LEAD, PAPER, pageReady, site2ArticleUrl, SITE2, SJWB, test } from './fixtures.ts';

test.use({ baseURL: SITE2 });

const SHARED = '2024-07-05';

test.describe('two papers', () => {
  test('/ lists both papers with their latest editions and first headlines', async ({ page }) => {
    await page.goto('/');
    await pageReady(page, '报纸阅读');
    await expect(page).toHaveTitle('报纸阅读');
    const names = page.locator('main').getByRole('heading', { level: 3 });
    await expect(names).toHaveText([PAPER, SJWB.name]);
    await expect(names.nth(0).getByRole('link')).toHaveAttribute('href', '/lsrb/');
    await expect(names.nth(1).getByRole('link')).toHaveAttribute('href', '/sjwb/');
    const items = page.locator('main > ul > li');
    await expect(items).toHaveCount(2);
    for (const [item, summary] of [
      [items.nth(0), '共2版 · 往期4期'],
      [items.nth(1), '共2版 · 往期2期'],
    ] as const) {
      await expect(item.getByRole('link', { name: '2024年7月5日 星期五' })).toBeVisible();
      await expect(item).toContainText(summary);
    }
    await expect(page.getByRole('link', { name: SJWB.page1[0] })).toHaveAttribute('href', site2ArticleUrl('sjwb', SHARED, SJWB.page1[0]));
    await expect(page.getByRole('link', { name: LEAD.headline })).toHaveAttribute('href', site2ArticleUrl('lsrb', SHARED, LEAD.headline));
    // The list is not a paper: no dates, no 往期 in its masthead.
    await expect(page.getByRole('button', { name: '往期' })).toHaveCount(0);
  });

  test('each paper’s pages stay apart on the date they share', async ({ page }) => {
    await page.goto(urls.edition('sjwb', SHARED));
    await pageReady(page, SJWB.name);
    const pages = page.getByRole('navigation', { name: '版面' });
    await expect(pages.getByRole('link')).toHaveText(['第1版 城事', '第2版 人文']);
    await expect(articleHeadings(page)).toHaveText([...SJWB.page1]);
    await expect(contents(page).getByRole('link')).toHaveText(['第2版 人文', ...SJWB.page2]);
    await expect(page.getByRole('link', { name: LEAD.headline })).toHaveCount(0);

    await pages.getByRole('link', { name: '第2版 人文' }).click();
    await expect(page).toHaveURL(urls.page('sjwb', SHARED, 2));
    await pageReady(page, /^第2版 人文/);
    await expect(articleHeadings(page)).toHaveText([...SJWB.page2]);

    await page.goto(urls.page('lsrb', SHARED, 2));
    await pageReady(page, /^第2版 产经/);
    await expect(articleHeadings(page)).toHaveText([FEATURE.headline]);
    await expect(page.getByRole('link', { name: SJWB.page2[0] })).toHaveCount(0);

    // 三江晚报's previous edition is its own 7月3日, not 乐山日报's 7月4日.
    await page.goto(urls.edition('sjwb', SHARED));
    await pageReady(page, SJWB.name);
    await page.getByRole('banner').getByRole('link', { name: '前一期：2024年7月3日 星期三' }).click();
    await expect(page).toHaveURL(urls.edition('sjwb', '2024-07-03'));
    await expect(articleHeadings(page)).toHaveText(['滨江步道夜间照明全线开通', '老城区菜市场完成改造']);
  });

  test('往期 shows the paper’s own editions', async ({ page }) => {
    await page.goto(urls.edition('sjwb', SHARED));
    await pageReady(page, SJWB.name);
    await page.getByRole('button', { name: '往期' }).click();
    const dialog = page.getByRole('dialog', { name: `${SJWB.name}往期` });
    await expect(dialog.getByRole('table').getByRole('link')).toHaveText(['3', '5']);
    await expect(dialog.getByRole('link', { name: '2024年7月3日 星期三' })).toHaveAttribute('href', urls.edition('sjwb', '2024-07-03'));
    // Its first edition is in July 2024: nothing to step back to.
    await expect(dialog.getByRole('button', { name: '上个月' })).toBeDisabled();
  });

  test('the list leads to each paper, and each masthead name leads to its own paper’s latest edition', async ({ page }) => {
    await page.goto('/');
    await page.locator('main').getByRole('heading', { level: 3, name: SJWB.name }).getByRole('link').click();
    await expect(page).toHaveURL('/sjwb/');
    await pageReady(page, SJWB.name);
    await expect(page.getByRole('banner').locator('time')).toHaveAttribute('datetime', SHARED);

    for (const [slug, name, older] of [
      ['sjwb', SJWB.name, '2024-07-03'],
      ['lsrb', PAPER, '2023-12-30'],
    ] as const) {
      await page.goto(urls.page(slug, older, 1));
      const title = page.getByRole('banner').getByRole('link', { name, exact: true });
      await expect(title).toHaveAttribute('href', urls.paper(slug));
      await title.click();
      await expect(page).toHaveURL(urls.paper(slug));
      await pageReady(page, name);
      await expect(page.getByRole('banner').locator('time')).toHaveAttribute('datetime', SHARED);
    }
  });

  test('an article of the second paper names its own paper and page', async ({ page }) => {
    await page.goto(site2ArticleUrl('sjwb', SHARED, SJWB.page2[0]));
    await pageReady(page, SJWB.page2[0]);
    await expect(page).toHaveTitle(`${SJWB.page2[0]} - ${SJWB.name}`);
    await expect(page.locator('a', { hasText: '‹ 返回第2版' })).toHaveAttribute('href', urls.page('sjwb', SHARED, 2));
    await expect(page.getByRole('article')).toContainText(`${SJWB.name} · 2024年7月5日 · 第2版 人文`);
    await expect(page.getByText('记者 苏晴').first()).toBeVisible();
  });

  test('a link from before papers had slugs lands in the paper that has that article, on the date both papers share', async ({ page }) => {
    for (const [paper, headline] of [
      ['sjwb', SJWB.page2[0]],
      ['lsrb', LEAD.headline],
    ] as const) {
      const current = site2ArticleUrl(paper, SHARED, headline);
      await page.goto(current.replace(`/${paper}/`, '/')); // /2024-07-05/article/<id>
      await pageReady(page, headline);
      await expect(page).toHaveURL(current);
    }
  });
});
