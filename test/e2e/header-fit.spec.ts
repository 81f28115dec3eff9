/**
 * Issue 23 item 3: the header at every text size, from a 320 px phone up. Measured in Chromium: the masthead's
 * name never meets 搜索 or 阅读设置, nothing scrolls sideways, and the date line (‹ 前一期 · date · 后一期 › and 往期)
 * keeps to one row at the default size and never leaves an empty row when it wraps. Issue 22: the masthead's 版面
 * list of a 24-page edition keeps to one row on a phone, two at 1280 px.
 */
import type { Page } from '@playwright/test';
import { urls } from '../../src/schema/urls.ts';
import { PRINTED } from './fixtures.ts';
import { countLayoutShifts, layoutShifted } from './layoutShifts.ts';
import { LONG_DATE, LONG_PAGES } from './longEdition.ts';
import { articleUrl, atEachTextSize, DATE, expect, LEAD, PAPER, test } from './readingSite.ts';
import { violationLines, wcagAudit } from './axe.ts';

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

/**
 * Issue 22: on a 24-page edition the masthead's 版面 list took 3 rows at 1280 px and 8 on a phone, pushing the
 * edition far down beside 版面导航, which lists the pages again. It keeps to one row on a phone, scrolling sideways
 * inside itself, and to two rows at 1280 px; the current page is scrolled into view there (never the window, nothing
 * shifted), and every page is reached by Tab.
 */
test.describe('the masthead’s 版面 on a long edition', () => {
  test.use({ baseURL: PRINTED });
  const CURRENT = LONG_PAGES - 3;
  const pageLinks = (page: Page) => page.getByRole('navigation', { name: '版面', exact: true });

  for (const width of [390, 1280]) {
    test(
      `${width} px: ${width < 640 ? 'one row' : 'two rows at most'}, scrolled inside itself to the current page, every page reached by Tab`,
      { tag: width < 1280 ? ['@phone'] : [] },
      async ({ page }, info) => {
        await countLayoutShifts(page);
        await page.setViewportSize({ width, height: 800 });
        await page.goto(urls.page('demo', LONG_DATE, CURRENT));
        await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^第${CURRENT}版`) })).toBeVisible();
        const nav = pageLinks(page);
        const links = nav.getByRole('link');
        await expect(links).toHaveCount(LONG_PAGES);
        const current = links.and(page.locator('[aria-current="page"]'));
        await expect(current).toHaveText(new RegExp(`^第${CURRENT}版`));

        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          const shot = info.outputPath(`masthead-pages-${width}-${scheme}.png`);
          await page.screenshot({ path: shot, clip: { x: 0, y: 0, width, height: 400 } });
          await info.attach(`masthead 版面 ${width} ${scheme}`, { path: shot, contentType: 'image/png' });
          const audit = await wcagAudit(page, 'header');
          expect.soft(violationLines(audit), `${width} px, ${scheme}: axe on the header`).toEqual([]);
        }

        // A phone: one row, every link's top the same. From sm up: at most two rows tall, whatever wraps beyond them
        // scrolled inside.
        const rows = width < 640 ? 1 : 2;
        if (rows === 1) {
          const tops = await links.evaluateAll((all) => all.map((link) => Math.round(link.getBoundingClientRect().top)));
          expect(new Set(tops).size, `${width} px: rows of page links`).toBe(1);
        }
        const [navBox, linkBox] = await Promise.all([nav.boundingBox(), links.first().boundingBox()]);
        expect(navBox!.height, `${width} px: the list's height`).toBeLessThan(linkBox!.height * (rows + 1));
        // The current page is in view inside the list, which scrolled for it; the window did not.
        await expect.poll(async () => within((await current.boundingBox())!, (await nav.boundingBox())!)).toBe(true);
        await expect(current).toBeInViewport({ ratio: 1 });
        expect(await page.evaluate(() => [scrollX, scrollY, document.documentElement.scrollWidth])).toEqual([0, 0, width]);
        expect(await layoutShifted(page)).toBe(0);

        // Faded at an edge only where more pages lie beyond it: none at the start of the row, none at its end.
        const fades = await nav.getByRole('list').evaluate(async (row) => {
          const down = row.scrollHeight > row.clientHeight;
          const at = async (end: boolean) => {
            row.scrollTo({ [down ? 'top' : 'left']: end ? 1e6 : 0, behavior: 'instant' });
            // The scroll timeline takes the new position on the next frame.
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
            const style = getComputedStyle(row);
            return ['start', 'end'].map((edge) => parseFloat(style.getPropertyValue(`--page-links-fade-${edge}`)) > 0);
          };
          return { scrolls: down || row.scrollWidth > row.clientWidth, first: await at(false), last: await at(true) };
        });
        expect(fades, `${width} px: the fades`).toEqual(
          fades.scrolls
            ? { scrolls: true, first: [false, true], last: [true, false] }
            : { scrolls: false, first: [false, false], last: [false, false] },
        );

        // Tab walks every page in order, each scrolled into view inside the list as it takes the focus.
        await links.first().focus();
        for (let i = 1; i < LONG_PAGES; i++) {
          await page.keyboard.press('Tab');
          await expect(links.nth(i)).toBeFocused();
        }
        await expect.poll(async () => within((await links.last().boundingBox())!, (await nav.boundingBox())!)).toBe(true);
      },
    );
  }

  test('without script: the prerendered links on one row, the current page marked', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${PRINTED}${urls.page('demo', LONG_DATE, CURRENT)}`);
    const links = pageLinks(page).getByRole('link');
    await expect(links).toHaveCount(LONG_PAGES);
    await expect(links.nth(CURRENT - 1)).toHaveAttribute('aria-current', 'page');
    const tops = await links.evaluateAll((all) => all.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await context.close();
  });
});

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether `inner` lies wholly inside `outer` (to within a pixel's rounding). */
const within = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1;
