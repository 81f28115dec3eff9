/**
 * Issue 23 item 12: headlines in lists and links (要目, 上一篇/下一篇, 简讯, the stories) break between phrases, as
 * the article's headline does, and never leave one character alone on a line: measured in Chromium, line by line,
 * at every text size, at both project widths and on a 320 px phone.
 */
import type { Locator, Page } from '@playwright/test';
import { articleUrl, atEachTextSize, DATE, expect, index, PAPER, test } from './readingSite.ts';
import { urls } from '../../src/schema/urls.ts';
import { letters, linesOf } from './drawnLines.ts';

async function expectNoLoneCharacter(page: Page, targets: Locator, size: string) {
  const count = await targets.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const lines = await linesOf(targets.nth(i));
    if (lines.length < 2) continue;
    for (const line of lines)
      expect.soft(letters(line), `${JSON.stringify(lines)} at ${page.viewportSize()!.width} px, text size ${size}`).toBeGreaterThan(1);
  }
}

// At each project's own width (@layout: both), and at 320 px on the phone project alone. One load a view, measured at
// each text size in turn; each failure names the size and the width.
for (const width of [320, null] as const) {
  test.describe(`every text size${width ? ` at ${width} px` : ''}`, { tag: width ? '@phone' : '@layout' }, () => {
    test.beforeEach(async ({ page }) => {
      if (width) await page.setViewportSize({ width, height: 800 });
    });

    test('the front page: no headline in 要目, 简讯 or the stories leaves one character alone', async ({ page }) => {
      await page.goto(urls.edition(PAPER, DATE));
      await expect(page.getByRole('heading', { name: '要目' })).toBeVisible();
      await atEachTextSize(page, (size) => expectNoLoneCharacter(page, page.locator('main a[href*="/article/"]'), size));
    });

    test('an article page: 上一篇 and 下一篇 leave no character alone', async ({ page }) => {
      // The brief before 签约仪式举行: its 下一篇 is that headline.
      const before = index.articles[index.articles.findIndex((article) => article.headline.includes('签约仪式举行')) - 1]!;
      await page.goto(articleUrl(before.headline));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await atEachTextSize(page, (size) =>
        expectNoLoneCharacter(page, page.getByRole('navigation', { name: '上一篇和下一篇' }).getByRole('link'), size),
      );
    });
  });
}
