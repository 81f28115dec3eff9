/**
 * Issue 23 item 12 on a 390 px phone: the search results' headlines break between phrases (BudouX, with the query
 * marked inside), as the article's headline does, and no line of a result's headline or of 上一篇/下一篇 holds one
 * character alone. Measured in Chromium, line by line. (test/e2e/phrase-breaks.spec.ts checks the reading views at
 * 320 px and the desktop width.)
 */
import type { Locator } from '@playwright/test';
import { urls } from '../../src/schema/urls.ts';
import { articleUrl, expect, HEADLINES, pageReady, test } from './fixtures.ts';
import { letters, linesOf } from './drawnLines.ts';

/** Every target's lines; none of more than one line has a line of one letter. Returns how many wrapped. */
async function expectNoLoneCharacter(targets: Locator): Promise<number> {
  const count = await targets.count();
  expect(count).toBeGreaterThan(0);
  let wrapped = 0;
  for (let i = 0; i < count; i++) {
    const lines = await linesOf(targets.nth(i));
    if (lines.length < 2) continue;
    wrapped++;
    for (const line of lines) expect(letters(line), JSON.stringify(lines)).toBeGreaterThan(1);
  }
  return wrapped;
}

test.describe('at 390 px', { tag: '@phone' }, () => {
  for (const query of ['暑假', '会议', '乐山']) {
    test(`the results of ${query}: headlines break between phrases, the query marked, no character alone`, async ({ page }) => {
      await page.goto(urls.search(query));
      await pageReady(page, `搜索：${query}`);
      const results = page.getByRole('region', { name: '搜索结果' });
      await expect(results).toHaveAttribute('aria-busy', 'false');
      const headlines = results.getByRole('heading', { level: 3 });
      // BudouX arrives when the browser is idle: then every headline of more than one phrase is split.
      await expect(headlines.locator('[data-phrases]').first()).toBeAttached();
      await expect(headlines.locator('mark').first()).toBeAttached();
      await page.evaluate(() => document.fonts.ready);
      await expectNoLoneCharacter(headlines);
    });
  }

  test('上一篇 and 下一篇 leave no character alone', async ({ page }) => {
    for (const headline of HEADLINES) {
      await page.goto(articleUrl(headline));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await expectNoLoneCharacter(page.getByRole('navigation', { name: '上一篇和下一篇' }).getByRole('link'));
    }
  });
});
