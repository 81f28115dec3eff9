/**
 * Issue 11, reading comfort and the reader's tools, in Chromium at both sizes (the two projects): Chinese
 * punctuation, dashes and phrase breaks, the compact figure, the phone's first screen and the 阅读设置 control,
 * the largest text size, keys, share, 朗读 and 原文, and an axe audit with the settings and 原文 open.
 */
import { articleData, articleReady, articleUrl, BRIEF_WITH_COLON, expect, FEATURE, LEAD, test } from './readingSite.ts';

test.describe('the phone first screen', () => {
  for (const headline of [LEAD, FEATURE]) {
    test(`shows the headline, byline and first paragraph of ${headline} without scrolling`, async ({ page }, info) => {
      await page.goto(articleUrl(headline));
      await articleReady(page);
      const shot = info.outputPath(`first-screen-${info.project.name}.png`);
      await page.screenshot({ path: shot });
      await info.attach('first screen', { path: shot, contentType: 'image/png' });
      const first = await page.locator('article p.indent-\\[2em\\]').first().boundingBox();
      const byline = await page.getByLabel('作者').boundingBox();
      if (info.project.name === 'phone') {
        expect(first!.y).toBeLessThan(360);
        expect(byline!.y + byline!.height).toBeLessThan(first!.y);
      }
    });
  }
});

test.describe('阅读设置', () => {
  test('one compact control in the header: theme and five text sizes, the largest ≥ 26 px, kept after a reload', async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(articleUrl(FEATURE));
    await articleReady(page);
    const button = page.getByRole('banner').getByRole('button', { name: '阅读设置' });
    const box = (await button.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(40);
    await button.click();
    const panel = page.getByRole('group', { name: '阅读设置' });
    await expect(panel).toBeVisible();
    const shot = info.outputPath(`settings-open-${info.project.name}.png`);
    await page.screenshot({ path: shot });
    await info.attach('settings open', { path: shot, contentType: 'image/png' });
    // The panel stays on screen, even on a phone.
    const panelBox = (await panel.boundingBox())!;
    expect(panelBox.x).toBeGreaterThanOrEqual(0);
    expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(page.viewportSize()!.width);

    const sizes = panel.getByRole('group', { name: '字号' }).getByRole('button');
    await expect(sizes).toHaveCount(5);
    const bodyPx = () => page.locator('article p.indent-\\[2em\\]').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const seen: number[] = [];
    for (const label of ['小', '标准', '大', '特大', '超大']) {
      await panel.getByRole('button', { name: label, exact: true }).click();
      seen.push(await bodyPx());
    }
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(new Set(seen).size).toBe(5);
    expect(seen.at(-1)).toBeGreaterThanOrEqual(26);

    await panel.getByRole('button', { name: '深色' }).click();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(button).toBeFocused();

    await page.reload();
    await articleReady(page);
    expect(await bodyPx()).toBeGreaterThanOrEqual(26);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    const large = info.outputPath(`largest-text-dark-${info.project.name}.png`);
    await page.screenshot({ path: large });
    await info.attach('largest text, dark', { path: large, contentType: 'image/png' });
  });

  test('the largest text size is applied before the app runs', async ({ page, consoleErrors }) => {
    await page.goto(articleUrl(LEAD));
    await page.evaluate(() => localStorage.setItem('reader.textSize', 'xx-large'));
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('xx-large');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(24);
    consoleErrors.length = 0; // the aborted scripts are this test's doing
  });
});
