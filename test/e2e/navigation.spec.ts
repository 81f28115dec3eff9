import { urls } from '../../src/schema/urls.ts';
import { articleUrl, DATE, expect, FEATURE, FRONT, LEAD, PAPER, pageReady, SLUG, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));

async function scrollTo(page: Page, y: number): Promise<number> {
  await page.evaluate((target) => window.scrollTo(0, target), y);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(0);
  // Let the router's scroll restoration record the position (it saves on pagehide/navigation, read on popstate).
  return scrollY(page);
}

test.describe('history navigation', () => {
  test('Back and Forward keep the scroll position of each page', { tag: '@layout' }, async ({ page }) => {
    await page.goto('/');
    await pageReady(page, PAPER);
    const maxFront = await page.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight);
    expect(maxFront, 'the front page must be taller than the window for this test').toBeGreaterThan(100);
    const frontY = await scrollTo(page, Math.min(maxFront, 700));

    const link = page.locator('main').getByRole('link', { name: FEATURE.headline });
    await link.evaluate((element) => element.scrollIntoView({ block: 'nearest' }));
    const frontYBeforeClick = await scrollY(page);
    expect(Math.abs(frontYBeforeClick - frontY)).toBeLessThan(400);
    await link.click();
    await pageReady(page, FEATURE.headline);
    await expect.poll(() => scrollY(page), 'a new page starts at the top').toBe(0);

    const articleY = await scrollTo(page, 900);

    await page.goBack();
    await pageReady(page, PAPER);
    await expect(page).toHaveURL('/');
    await expect.poll(() => scrollY(page), 'Back restores the front page position').toBe(frontYBeforeClick);

    await page.goForward();
    await pageReady(page, FEATURE.headline);
    await expect.poll(() => scrollY(page), 'Forward restores the article position').toBe(articleY);
  });
});

test.describe('keyboard use', () => {
  test('skip link, Tab to a headline, Enter opens it and focus lands on the article heading', async ({ page }) => {
    await page.goto('/');
    await pageReady(page, PAPER);

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();

    // From main, Tab goes through the 栏目 filter (全部 + six sections) and then reaches the lead's headline.
    const headline = page.locator('main').getByRole('heading', { name: LEAD.headline }).getByRole('link');
    let presses = 0;
    while (!(await headline.evaluate((element) => element === document.activeElement))) {
      await page.keyboard.press('Tab');
      presses += 1;
      expect(presses, 'Tab presses from the skip target to the lead headline').toBeLessThanOrEqual(12);
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(articleUrl(LEAD.headline));
    const heading = page.getByRole('heading', { level: 1, name: LEAD.headline });
    await expect(heading).toBeFocused();

    // Back on the front page, focus goes to its h1 again, and a keyboard user can move on.
    await page.goBack();
    await expect(page).toHaveURL(`/`);
    await expect(page.getByRole('heading', { level: 1, name: PAPER })).toBeFocused();
  });

  test('a section link chosen by keyboard keeps focus on the filter', async ({ page }) => {
    // A 栏目 is a path (/lsrb/<date>/section/<slug>): the new page's filter takes focus, not its h1.
    await page.goto(FRONT);
    await pageReady(page, PAPER);
    const health = page.getByRole('navigation', { name: '话题（按关键词自动归类）' }).getByRole('link', { name: /^健康/ });
    await health.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(urls.section(SLUG, DATE, 'health'));
    await expect(page.getByRole('navigation', { name: '话题（按关键词自动归类）' }).getByRole('link', { name: /^健康/ })).toBeFocused();
  });
});
