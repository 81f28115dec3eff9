import { articleUrl, expect, LEAD, pageReady, reloadWithoutApp, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const look = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const paragraph = document.querySelector('article p.indent-\\[2em\\]') ?? document.querySelector('article p');
    return {
      dark: root.classList.contains('dark'),
      theme: root.dataset.theme,
      textSize: root.dataset.textSize,
      background: getComputedStyle(document.body).backgroundColor,
      bodyFontPx: paragraph ? parseFloat(getComputedStyle(paragraph).fontSize) : NaN,
    };
  });

/** Relative luminance of an `rgb(…)`/`oklch(…)` colour, read back through a canvas so any syntax works. */
const luminance = (page: Page, color: string) =>
  page.evaluate((css) => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.fillStyle = css;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    const linear = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
  }, color);

test.describe('reader settings', () => {
  test('dark mode and a larger text size survive a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(articleUrl(LEAD.headline));
    await pageReady(page, LEAD.headline);
    const before = await look(page);
    expect(before).toMatchObject({ dark: false, theme: 'system', textSize: 'default' });
    expect(await luminance(page, before.background)).toBeGreaterThan(0.5);

    await page.getByRole('button', { name: '阅读设置' }).click();
    await page.getByRole('group', { name: '外观' }).getByRole('button', { name: '深色' }).click();
    await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '大', exact: true }).click();
    await expect(page.getByRole('button', { name: '深色' })).toHaveAttribute('aria-pressed', 'true');
    const chosen = await look(page);
    expect(chosen).toMatchObject({ dark: true, theme: 'dark', textSize: 'large' });
    expect(chosen.bodyFontPx).toBeGreaterThan(before.bodyFontPx);
    expect(await luminance(page, chosen.background)).toBeLessThan(0.1);

    // A prerendered page: drawn with the defaults, hydrated without a mismatch (no console error), then showing
    // the saved choice, which reader-preferences.js applied before the first paint.
    await page.reload();
    await pageReady(page, LEAD.headline);
    expect(await look(page)).toEqual(chosen);
    await page.getByRole('button', { name: '阅读设置' }).click();
    await expect(page.getByRole('button', { name: '深色' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: '大', exact: true })).toHaveAttribute('aria-pressed', 'true');
  });

  test('the stylesheet is asked for before reader-preferences.js has arrived, not one round trip after it', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    // A phone's round trip (150 ms each way), so that one request waiting for another shows.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: -1, uploadThroughput: -1 });
    const started = new Map<string, number>();
    const finished = new Map<string, number>();
    const names = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', (event) => {
      names.set(event.requestId, new URL(event.request.url).pathname);
      started.set(event.requestId, event.timestamp);
    });
    cdp.on('Network.loadingFinished', (event) => finished.set(event.requestId, event.timestamp));
    await page.goto('/', { waitUntil: 'load' });
    const id = (pattern: RegExp) => [...names].find(([, path]) => pattern.test(path))![0];
    const script = id(/reader-preferences\.js$/);
    const css = id(/\/assets\/.*\.css$/);
    expect(started.get(css)!).toBeLessThan(finished.get(script)!);
  });

  test('the saved theme is applied before the app runs (no light flash on reload)', async ({ page, consoleErrors }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '阅读设置' }).click();
    await page.getByRole('button', { name: '深色' }).click();
    // Hold back the app's script: what paints first is index.html and public/reader-preferences.js alone.
    await page.route('**/assets/*.js', (route) => route.abort());
    await reloadWithoutApp(page);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    expect(await luminance(page, await page.evaluate(() => getComputedStyle(document.body).backgroundColor))).toBeLessThan(0.1);
    // The aborted script's own load error is this test's doing.
    const others = consoleErrors.filter((error) => !/\/assets\/[^ ]+\.js/.test(error));
    consoleErrors.splice(0, consoleErrors.length, ...others);
  });
});
