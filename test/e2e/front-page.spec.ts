import { urls } from '../../src/schema/urls.ts';
import { articleHeadings, BRIEFS, contents, DATE, expect, FEATURE, FRONT, LEAD, PAPER, pageReady, SECTIONS, SLUG, test } from './fixtures.ts';

/** Page 1 of the seed edition, as the front page lays it out: the lead, then the briefs. */
const PAGE_ONE = [LEAD.headline, ...BRIEFS];
const section = (slug: string) => urls.section(SLUG, DATE, slug);

test.describe('front page', () => {
  test('shows page 1 in full with the kicker, the other page under 要目, and the section filter', async ({ page }) => {
    await page.goto('/');
    await pageReady(page, PAPER);
    await expect(articleHeadings(page)).toHaveText(PAGE_ONE, { useInnerText: true });
    await expect(page.getByText(LEAD.kicker, { exact: true })).toBeVisible();
    await expect(page.getByRole('banner').locator('time')).toHaveAttribute('datetime', DATE);
    // Page 2's feature is a 要目 line, not laid out here: no series banner on the front page.
    await expect(contents(page).getByRole('link', { name: FEATURE.headline })).toBeVisible();
    await expect(page.getByText(FEATURE.series, { exact: true })).toHaveCount(0);
    // The banner page 2 printed with no story under it is not content.
    await expect(page.getByText(/产业强市 旅游兴市|本期未见正文/)).toHaveCount(0);
    const filter = page.getByRole('navigation', { name: '话题（按关键词自动归类）' });
    for (const name of ['全部', ...SECTIONS]) await expect(filter.getByRole('link', { name: new RegExp(`^${name}`) })).toBeVisible();
  });

  test('the section filter opens a section URL across pages; Back restores the front page', async ({ page }) => {
    await page.goto(FRONT);
    await pageReady(page, PAPER);
    await expect(articleHeadings(page)).toHaveCount(PAGE_ONE.length);

    await page.getByRole('navigation', { name: '话题（按关键词自动归类）' }).getByRole('link', { name: /^时政/ }).click();
    await expect(page).toHaveURL(section('politics'));
    await expect(page.getByRole('status')).toHaveText('话题「时政」，共2篇');
    await expect(articleHeadings(page)).toHaveText([BRIEFS[1]!, BRIEFS[2]!]);
    await expect(page.getByRole('link', { name: /^时政/ })).toHaveAttribute('aria-current', 'page');

    // A section holds articles of every page: 科技 is page 2's feature.
    await page.getByRole('link', { name: /^科技/ }).click();
    await expect(page).toHaveURL(section('technology'));
    await expect(articleHeadings(page)).toHaveText([FEATURE.headline]);

    await page.goBack();
    await expect(page).toHaveURL(section('politics'));
    await expect(articleHeadings(page)).toHaveText([BRIEFS[1]!, BRIEFS[2]!]);

    await page.goBack();
    await expect(page).toHaveURL(FRONT);
    await expect(articleHeadings(page)).toHaveText(PAGE_ONE);
    await expect(page.getByRole('status')).toHaveCount(0);
  });

  test('an old ?section= link lands on the section URL, and a reload keeps it', async ({ page }) => {
    await page.goto(`/${DATE}?section=economy`);
    await expect(page).toHaveURL(section('economy'));
    await expect(articleHeadings(page)).toHaveText([LEAD.headline, FEATURE.headline]);
    await page.reload();
    await pageReady(page, PAPER);
    await expect(page).toHaveURL(section('economy'));
    await expect(page.getByRole('status')).toHaveText('话题「经济」，共2篇');
    await expect(articleHeadings(page)).toHaveText([LEAD.headline, FEATURE.headline]);
  });

  test('has no sideways scrolling', { tag: '@layout' }, async ({ page }) => {
    for (const url of ['/', section('education'), urls.page(SLUG, DATE, 2)]) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, `${url}: page width`).toBeLessThanOrEqual(innerWidth);
    }
  });
});
