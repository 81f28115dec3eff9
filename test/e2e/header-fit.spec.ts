/**
 * Issue 23 item 3: the header at every text size, from a 320 px phone up. Measured in Chromium: the masthead's
 * name never meets 搜索 or 阅读设置, nothing scrolls sideways, and the date line (‹ 前一期 · date · 后一期 › and 往期)
 * keeps to one row at the default size and never leaves an empty row when it wraps.
 */
import type { Page } from '@playwright/test';
import { urls } from '../../src/schema/urls.ts';
import { articleUrl, atEachTextSize, DATE, expect, LEAD, PAPER, test } from './readingSite.ts';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The boxes that matter: the name's glyphs (not its link's full-width box, nor its line's height), the two tools, the date line's items. */
async function headerGeometry(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element | null): Box | null => {
      if (!element) return null;
      const r = element.getBoundingClientRect();
      return r.width === 0 && r.height === 0 ? null : { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const banner = document.querySelector('header')!;
    const name = banner.querySelector('a[href$="/lsrb/"]')!;
    const range = document.createRange();
    range.selectNodeContents(name);
    // The glyphs' em boxes: the range's box is the font's whole content area (ascent and descent, about 1.4 em),
    // and the 0.25em tracking after the last character is room, not ink.
    const glyphs = range.getBoundingClientRect();
    const size = parseFloat(getComputedStyle(name).fontSize);
    const middle = (glyphs.top + glyphs.bottom) / 2;
    const title = { left: glyphs.left, right: glyphs.right - 0.25 * size, top: middle - size / 2, bottom: middle + size / 2 };
    const tools = [...banner.querySelectorAll('button')].filter((b) => /搜索|阅读设置/.test(b.textContent ?? '') && b.closest('.header-tools'));
    const dateLine = banner.querySelector('time')!.closest('p')!.parentElement!;
    const items = [...dateLine.querySelectorAll('a, time, button')]
      .filter((e) => getComputedStyle(e).visibility !== 'hidden')
      .map(box)
      .filter((b): b is Box => b !== null);
    return {
      title: { left: title.left, right: title.right, top: title.top, bottom: title.bottom },
      tools: tools.map((tool) => ({ text: tool.textContent, box: box(tool) })).filter((tool) => tool.box !== null) as { text: string; box: Box }[],
      items,
      line: box(dateLine)!,
      scrollWidth: document.documentElement.scrollWidth,
      width: window.innerWidth,
    };
  });
}

/** The rows the date line's visible items sit on: tops that differ by less than half an item's height share one. */
function rowsOf(items: Box[]): Box[] {
  const rows: Box[] = [];
  for (const item of [...items].sort((a, b) => a.top - b.top)) {
    const row = rows.find((r) => item.top < r.top + (r.bottom - r.top) / 2);
    if (row)
      Object.assign(row, {
        top: Math.min(row.top, item.top),
        bottom: Math.max(row.bottom, item.bottom),
        left: Math.min(row.left, item.left),
        right: Math.max(row.right, item.right),
      });
    else rows.push({ ...item });
  }
  return rows;
}

// One load a width and view, measured at each text size in turn; each failure names the width, the size and the view.
for (const width of [320, 390, 1280]) {
  for (const [where, url] of [
    ['front page', urls.edition(PAPER, DATE)],
    ['article', articleUrl(LEAD)],
  ] as const) {
    // 320 and 390 px on the phone project (touch, a phone's pixel ratio), 1280 px on the desktop project.
    const tag = width < 1280 ? ['@phone'] : [];
    test(
      `${width} px, ${where}, every text size: masthead and tools apart, no sideways scroll, a tidy date line`,
      { tag },
      async ({ page }, info) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(url);
        await expect(page.getByRole('button', { name: '往期' })).toBeVisible();
        await atEachTextSize(page, async (size) => {
          const at = `${width} px, text size ${size}, ${where}`;
          const shot = info.outputPath(`header-${width}-${size}-${where}.png`);
          await page.screenshot({ path: shot, clip: { x: 0, y: 0, width, height: 260 } });
          await info.attach(`header ${width} ${size} ${where}`, { path: shot, contentType: 'image/png' });

          const geometry = await headerGeometry(page);
          expect.soft(geometry.scrollWidth, `${at}: sideways scroll`).toBeLessThanOrEqual(geometry.width);
          expect.soft(geometry.tools.map((tool) => tool.text).join(' '), `${at}: the tools shown`).toMatch(width < 640 ? /搜索/ : /阅读设置/);
          for (const tool of geometry.tools) expect.soft(overlaps(geometry.title, tool.box), `${at}: ${tool.text} over the name`).toBe(false);
          for (const item of geometry.items) expect.soft(item.right, `${at}: date line inside the screen`).toBeLessThanOrEqual(width);

          const rows = rowsOf(geometry.items);
          if (size === 'default') expect.soft(rows, `${at}: the date line on one row at the default size`).toHaveLength(1);
          // Rows follow each other with no empty row between (an invisible 后一期 once took a row of its own).
          // The gap grows with the text size (0.5rem); an empty row would be a whole row's height and more.
          for (let i = 1; i < rows.length; i++) {
            expect
              .soft(rows[i]!.top - rows[i - 1]!.bottom, `${at}: gap between date-line rows`)
              .toBeLessThanOrEqual((rows[i - 1]!.bottom - rows[i - 1]!.top) / 2);
          }
        });
      },
    );
  }
}
