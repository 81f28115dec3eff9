import { articleHeadings, BRIEFS, DATE, expect, FEATURE, HEADLINES, LEAD, PAPER, pageReady, SECTIONS, test } from './fixtures.ts';

test.describe('front page', () => {
  test('shows every headline of the seed edition, the kicker and the series', async ({ page }) => {
    await page.goto('/');
    await pageReady(page, PAPER);
    await expect(articleHeadings(page)).toHaveText(HEADLINES.map((headline) => headline), { useInnerText: true });
    await expect(page.getByText(LEAD.kicker, { exact: true })).toBeVisible();
    await expect(page.getByText(FEATURE.series, { exact: true }).first()).toBeVisible();
    await expect(page.locator('time')).toHaveAttribute('datetime', DATE);
    const filter = page.getByRole('navigation', { name: '栏目' });
    for (const name of ['全部', ...SECTIONS]) await expect(filter.getByRole('link', { name: new RegExp(`^${name}`) })).toBeVisible();
  });

  test('the section filter narrows the list and changes the URL; Back restores it', async ({ page }) => {
    await page.goto(`/${DATE}`);
    await pageReady(page, PAPER);
    await expect(articleHeadings(page)).toHaveCount(HEADLINES.length);

    await page.getByRole('navigation', { name: '栏目' }).getByRole('link', { name: /^时政/ }).click();
    await expect(page).toHaveURL(`/${DATE}?section=politics`);
    await expect(page.getByRole('status')).toHaveText('栏目「时政」,共2篇');
    await expect(articleHeadings(page)).toHaveText([BRIEFS[1]!, BRIEFS[2]!]);
    await expect(page.getByRole('link', { name: /^时政/ })).toHaveAttribute('aria-current', 'page');

    await page.getByRole('link', { name: /^科技/ }).click();
    await expect(page).toHaveURL(`/${DATE}?section=technology`);
    await expect(articleHeadings(page)).toHaveText([FEATURE.headline]);

    await page.goBack();
    await expect(page).toHaveURL(`/${DATE}?section=politics`);
    await expect(articleHeadings(page)).toHaveText([BRIEFS[1]!, BRIEFS[2]!]);

    await page.goBack();
    await expect(page).toHaveURL(`/${DATE}`);
    await expect(articleHeadings(page)).toHaveText(HEADLINES);
    await expect(page.getByRole('status')).toHaveCount(0);
  });

  test('a reload of a filtered URL shows the same filtered page', async ({ page }) => {
    await page.goto(`/${DATE}?section=economy`);
    await expect(articleHeadings(page)).toHaveText([LEAD.headline, FEATURE.headline]);
    await page.reload();
    await pageReady(page, PAPER);
    await expect(page).toHaveURL(`/${DATE}?section=economy`);
    await expect(page.getByRole('status')).toHaveText('栏目「经济」,共2篇');
    await expect(articleHeadings(page)).toHaveText([LEAD.headline, FEATURE.headline]);
  });

  test('has no sideways scrolling', async ({ page }) => {
    for (const url of ['/', `/${DATE}?section=education`]) {
      await page.goto(url);
      await pageReady(page, PAPER);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, `${url}: page width`).toBeLessThanOrEqual(innerWidth);
    }
  });
});
