import { articleUrl, DATE, expect, FEATURE, FRONT, LEAD, PAPER, NOT_FOUND, pageReady, test } from './fixtures.ts';

test.describe('article page', () => {
  test('clicking a headline opens the article, with the paragraph cut by a column break rejoined', async ({ page }) => {
    await page.goto('/');
    await pageReady(page, PAPER);
    await page.locator('main').getByRole('heading', { name: LEAD.headline }).getByRole('link').click();
    await expect(page).toHaveURL(articleUrl(LEAD.headline));
    await pageReady(page, LEAD.headline);
    await expect(page.getByText(LEAD.kicker, { exact: true })).toBeVisible();
    await expect(page.getByText('记者 张清').first()).toBeVisible();
    const body = page.locator('article');
    await expect(body).toContainText(LEAD.rejoined);
    // The cut must not leave a paragraph ending at 预计今年9月.
    const paragraphs = await body.locator('p').allInnerTexts();
    expect(paragraphs.filter((text) => text.includes(LEAD.rejoined))).toHaveLength(1);
    expect(paragraphs.some((text) => text.trimEnd().endsWith('预计今年9月'))).toBe(false);
    await expect(page).toHaveTitle(`${LEAD.headline} - ${PAPER}`);
  });

  test('the feature shows its series, subheads and the photo caption', async ({ page }) => {
    await page.goto('/');
    // The feature is on page 2: on the front page it is a line of the 要目.
    await page.getByRole('region', { name: '要目' }).getByRole('link', { name: FEATURE.headline }).click();
    await pageReady(page, FEATURE.headline);
    await expect(page.getByText(FEATURE.series, { exact: true })).toBeVisible();
    await expect(page.locator('article').getByRole('heading', { level: 2 })).toHaveText(FEATURE.subheads);
    const figure = page.locator('article figure');
    await expect(figure).toHaveCount(1);
    await expect(figure.locator('figcaption')).toContainText(FEATURE.caption);
  });

  test('a reload of an article URL shows the same article', async ({ page }) => {
    await page.goto(articleUrl(FEATURE.headline));
    await pageReady(page, FEATURE.headline);
    await page.reload();
    await pageReady(page, FEATURE.headline);
    await expect(page).toHaveURL(articleUrl(FEATURE.headline));
    await expect(page.locator('article figcaption')).toContainText(FEATURE.caption);
  });

  test('an unknown URL, date or article shows the 404 page', async ({ page }) => {
    for (const [url, message] of [
      ['/no/such/page', '没有这个页面。'],
      ['/lsrb/1999-01-01/', '没有这一天的报纸。'],
      [`${FRONT}article/no-such-id`, '这期报纸里没有这篇文章。'],
      [`${FRONT}?section=no-such-section`, '这期报纸没有这个话题。'],
      // Old-style URLs from before papers had slugs lead to the same 404s.
      ['/1999-01-01', '没有这一天的报纸。'],
      [`/${DATE}/article/no-such-id`, '这期报纸里没有这篇文章。'],
    ] as const) {
      await page.goto(url);
      await pageReady(page, NOT_FOUND);
      await expect(page.getByText(message), url).toBeVisible();
      await expect(page).toHaveTitle('找不到页面 - 报纸阅读');
    }
    await page.getByRole('link', { name: '回到最新一期' }).click();
    await pageReady(page, PAPER);
  });
});
