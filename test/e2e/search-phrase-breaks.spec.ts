/**
 * Issue 23 item 12 on a 390 px phone: the search results' headlines break between phrases (BudouX, with the query
 * marked inside), as the article's headline does, and no line of a result's headline or of 上一篇/下一篇 holds one
 * character alone. Measured in Chromium, line by line. (test/e2e/phrase-breaks.spec.ts checks the reading views at
 * 320 px and the desktop width.)
 */
import type { Locator } from '@playwright/test';
import { urls } from '../../src/schema/urls.ts';
import { articleUrl, expect, HEADLINES, pageReady, test } from './fixtures.ts';

/** Each line of the element as drawn: its characters, grouped by where each one's box sits. */
async function linesOf(element: Locator): Promise<string[]> {
  return element.evaluate((root) => {
    const lines: { top: number; height: number; text: string }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box || box.width === 0) continue;
        const last = lines.at(-1);
        // A character on the line below starts at least half a line lower.
        if (last && box.top < last.top + last.height / 2) last.text += text[i];
        else lines.push({ top: box.top, height: box.height, text: text[i]! });
      }
    }
    return lines.map((line) => line.text);
  });
}

/** Letters and digits only: a line of `行` or `力）` holds one. */
const letters = (line: string) => [...line].filter((char) => /[\p{L}\p{N}]/u.test(char)).length;

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
