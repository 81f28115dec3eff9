/**
 * The printed page (issue 22) on the demo paper (示例报, typeset by the project from the seed: data/papers/demo),
 * at 1280 and 390 px: the page image and its story links, outlines, opening a story, 文字/版面, 版面导航, the PDF,
 * photos in an article, 在版面中, the wide layout (本版文章 beside the page), headlines kept on the page, dimming in
 * dark mode, script off, offline after 保存本期, axe in light and dark.
 */
import type { Page } from '@playwright/test';
import { letters, linesOf } from './drawnLines.ts';
import { readFileSync } from 'node:fs';
import { cjkPunctuation } from '../../src/app/ui/cjkPunctuation.ts';
import { displayHeadline } from '../../src/app/ui/displayHeadline.ts';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import type { Article, ArticleFile, EditionIndex } from '../../src/schema/edition.ts';
import { urls } from '../../src/schema/urls.ts';
import { testHost } from './deploySite.ts';
import { EVERY_100_MS } from './serviceWorker.ts';
import { expect, pageReady, PRINTED, PRINTED_ROOT, test } from './fixtures.ts';
import { countLayoutShifts, layoutShifted } from './layoutShifts.ts';
import { LONG_DATE, LONG_PAGES } from './longEdition.ts';
import { violationLines, wcagAudit } from './axe.ts';

// The demo paper is a site of its own (prepare.ts): the seed site stays one text paper.
test.use({ baseURL: PRINTED });

const DEMO = 'demo';
const DATE = '2024-07-05';
const PAGE = urls.page(DEMO, DATE, 1);
const index = JSON.parse(readFileSync(`${PRINTED_ROOT}/data/${dataPaths.editionIndex(DEMO, DATE)}`, 'utf8')) as EditionIndex;
const articleOf = (id: string) =>
  (JSON.parse(readFileSync(`${PRINTED_ROOT}/data/${dataPaths.article(DEMO, DATE, id)}`, 'utf8')) as ArticleFile).article;
/** Page 1's stories with an area, in reading order: the links over the page image. */
const PLACED = index.articles.filter((article) => article.page === 1 && (article.area?.length ?? 0) > 0);
const nameOf = (article: Pick<Article, 'headline'>) => displayHeadline(article.headline) || '（无标题）';
/** An article with a photo and an area: for photos, 在版面中 and og:image. */
const PHOTO_ARTICLE = index.articles
  .map((summary) => articleOf(summary.id))
  .find((article) => article.area?.length && article.blocks.some((block) => block.type === 'figure' && block.image))!;
const PHOTO = PHOTO_ARTICLE.blocks.find((block) => block.type === 'figure' && block.image) as Extract<Article['blocks'][number], { type: 'figure' }>;

const areas = (page: Page) => page.locator('a.story-area');
const pageImage = (page: Page) => page.getByRole('img', { name: /版面图$/ });
/** The rectangle a reader points at or taps: the first of the story's area. */
const areaOf = (page: Page, index: number) => areas(page).nth(index).locator('rect').first();
/** The image arrived and decoded (not a broken or empty box). */
const loaded = (image: ReturnType<Page['locator']>) =>
  expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 15_000 }).toBe(true);
/** The story's outline: its rectangles stroked in the accent colour. */
const outlined = (page: Page, index: number) =>
  expect.poll(() => areaOf(page, index).evaluate((rect) => getComputedStyle(rect).stroke)).not.toBe('none');

/** 本版文章: beside the page on a wide screen, not drawn on a phone. */
const storyColumn = (page: Page) => page.getByRole('region', { name: '本版文章' });
/** The headline drawn over a story on the page (aria-hidden: its link is named by it already). */
const labelOf = (page: Page, article: Pick<Article, 'headline'>) => page.locator('main p[aria-hidden="true"]').filter({ hasText: nameOf(article) });
/** The filter a dark screen puts on photos and page images (dark:brightness-85). */
const DIMMED = 'brightness(0.85)';
const filterOf = (locator: ReturnType<Page['locator']>) => locator.evaluate((element) => getComputedStyle(element).filter);
const box = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!;
/** The placed story whose first rectangle reaches furthest right: its headline is the one that could run off the page. */
const RIGHTMOST = PLACED.reduce((best, article, at) => {
  const reach = (a: Pick<Article, 'area'> | undefined) => (a ? a.area![0]!.x + a.area![0]!.w : -1);
  return reach(article) > reach(PLACED[best]) ? at : best;
}, 0);

/** The story whose area reaches furthest down from its top: the one a screen can be too short for. */
const TALLEST = index.articles
  .filter((article) => (article.area?.length ?? 0) > 0)
  .reduce((best, article) => (span(article) > span(best) ? article : best));
function span(article: Pick<Article, 'area'>): number {
  const area = article.area!;
  return Math.max(...area.map((rect) => rect.y + rect.h)) - Math.min(...area.map((rect) => rect.y));
}
/** A box lies inside another (to a pixel). */
const within = (inner: { x: number; y: number; width: number; height: number }, outer: { x: number; y: number; width: number; height: number }) =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1;

async function axe(page: Page): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await wcagAudit(page);
    expect(violationLines(results, `${scheme} `)).toEqual([]);
  }
}

test.describe('the printed page', () => {
  test(
    'shows the page image, with every story on it a link named by its headline, Tab walking them in order',
    { tag: '@layout' },
    async ({ page }) => {
      expect(PLACED.length).toBeGreaterThan(1);
      await page.goto(PAGE);
      await pageReady(page, /第1版/);
      const image = pageImage(page);
      await expect(image).toBeVisible();
      await loaded(image);
      expect(await image.getAttribute('srcset')).toContain(index.pages[0]!.image!.files[0]!.path);
      expect(Number(await image.getAttribute('width'))).toBe(index.pages[0]!.image!.width);
      await expect(areas(page)).toHaveCount(PLACED.length);
      expect(await areas(page).evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')))).toEqual(PLACED.map(nameOf));
      await areas(page).first().focus();
      await page.keyboard.press('Tab');
      await expect(areas(page).nth(1)).toBeFocused();
      await outlined(page, 1);
      await expect(page.locator('main p[aria-hidden="true"]').filter({ hasText: nameOf(PLACED[1]!) })).toBeVisible();
      // The page's story list stays under the image.
      await expect(page.getByRole('heading', { name: nameOf(PLACED[0]!) })).toBeVisible();
    },
  );

  // Untagged, so desktop only: a phone has no pointer to hover with (the tap test is @phone).
  test('pointing at a story outlines it and shows its headline; a click opens it', async ({ page }) => {
    await page.goto(PAGE);
    await areaOf(page, 1).hover();
    await outlined(page, 1);
    await expect(page.locator('main p[aria-hidden="true"]').filter({ hasText: nameOf(PLACED[1]!) })).toBeVisible();
    await areaOf(page, 1).click();
    await pageReady(page, nameOf(PLACED[1]!));
  });

  test('a tap outlines a story and shows its headline; a second tap opens it', { tag: '@phone' }, async ({ page }) => {
    await page.goto(PAGE);
    await areaOf(page, 0).tap();
    await outlined(page, 0);
    await expect(page.getByText('再点一下阅读全文')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(PAGE);
    await areaOf(page, 0).tap();
    await pageReady(page, nameOf(PLACED[0]!));
  });

  test('文字 / 版面: the list alone or the page, remembered on the next visit', { tag: '@layout' }, async ({ page }) => {
    await page.goto(PAGE);
    const group = page.getByRole('group', { name: '显示方式' });
    await group.getByRole('button', { name: '文字' }).click();
    await expect(pageImage(page)).toBeHidden();
    await expect(storyColumn(page)).toBeHidden();
    await expect(page.getByRole('navigation', { name: '版面导航' })).toBeVisible();
    await expect(page.getByRole('heading', { name: nameOf(PLACED[0]!) })).toBeVisible();
    await page.reload();
    await expect(pageImage(page)).toBeHidden();
    await expect(group.getByRole('button', { name: '文字' })).toHaveAttribute('aria-pressed', 'true');
    await group.getByRole('button', { name: '版面' }).click();
    await expect(pageImage(page)).toBeVisible();
  });

  test(
    '版面导航: the edition’s pages as thumbnails, the current one marked, on the page view and the front page',
    { tag: '@layout' },
    async ({ page }) => {
      await page.goto(PAGE);
      const nav = page.getByRole('navigation', { name: '版面导航' });
      await expect(nav.getByRole('link')).toHaveCount(index.pages.length);
      await expect(nav.getByRole('link', { name: /第1版/ })).toHaveAttribute('aria-current', 'page');
      await expect(nav.locator('img').first()).toHaveAttribute('loading', 'lazy');
      await nav.getByRole('link', { name: /第2版/ }).click();
      await pageReady(page, /第2版/);
      await expect(page.getByRole('navigation', { name: '版面导航' }).getByRole('link', { name: /第2版/ })).toHaveAttribute('aria-current', 'page');
      await page.goto(urls.edition(DEMO, DATE));
      await expect(page.getByRole('navigation', { name: '版面导航' }).getByRole('link')).toHaveCount(index.pages.length);
    },
  );

  test('下载本版 PDF: the page’s PDF, its size said', { tag: '@layout' }, async ({ page }) => {
    await page.goto(PAGE);
    const link = page.getByRole('link', { name: /^下载本版 PDF（[\d.]+ [KM]B）$/ });
    await expect(link).toBeVisible();
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).length).toBe(index.pages[0]!.pdf!.bytes);
  });

  test(
    'an article shows its photos; a tap opens one larger; 在版面中 leads back to the story outlined',
    { tag: '@layout' },
    async ({ page, isMobile }) => {
      await page.goto(urls.article(DEMO, DATE, PHOTO_ARTICLE.id));
      await pageReady(page, nameOf(PHOTO_ARTICLE));
      const photo = page.locator('article figure img').first();
      await expect(photo).toBeVisible();
      // Its caption is its alt text (empty: decorative, the figcaption says nothing either).
      await expect(photo).toHaveAttribute('alt', cjkPunctuation(PHOTO.caption));
      await loaded(photo);
      if (isMobile) {
        // The first screen of a phone still shows the text: the first paragraph starts within 844 px.
        const top = await page
          .locator('article p[data-block]')
          .first()
          .evaluate((p) => p.getBoundingClientRect().top + scrollY);
        expect(top).toBeLessThan(844);
      }
      await photo.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await page.getByRole('link', { name: /上看本文$/ }).click();
      await expect(page).toHaveURL(new RegExp(`${urls.page(DEMO, DATE, PHOTO_ARTICLE.page)}#${PHOTO_ARTICLE.id}$`));
      await expect(page.locator(`a.story-area[id="${PHOTO_ARTICLE.id}"]`)).toHaveAttribute('data-selected', 'true');
      await expect(page.locator('main p[aria-hidden="true"]').filter({ hasText: nameOf(PHOTO_ARTICLE) })).toBeVisible();
    },
  );
});

test.describe('the printed page, laid out', () => {
  test(
    'wide: the page large on the left, 版面导航 and 本版文章 beside it, held in view; phone: the page fits the width alone',
    { tag: '@layout' },
    async ({ page, isMobile }) => {
      await page.goto(PAGE);
      const image = pageImage(page);
      await loaded(image);
      const viewport = page.viewportSize()!;
      // Nothing reaches past the screen's right edge (no sideways scrolling).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      const [main, picture, nav] = await Promise.all([
        box(page.locator('main')),
        box(image),
        box(page.getByRole('navigation', { name: '版面导航' })),
      ]);
      if (isMobile) {
        await expect(storyColumn(page)).toBeHidden();
        expect(picture.width).toBeGreaterThan(viewport.width - 40);
        expect(nav.y + nav.height).toBeLessThanOrEqual(picture.y);
        return;
      }
      const column = await box(storyColumn(page));
      // The page takes most of the width; the column fills the rest to the right edge, in the first screen.
      expect(picture.width).toBeGreaterThan(main.width * 0.6);
      expect(column.x).toBeGreaterThanOrEqual(picture.x + picture.width);
      expect(column.x + column.width).toBeGreaterThan(main.x + main.width - 40);
      expect(column.y).toBeLessThan(viewport.height);
      expect(nav.x).toBeGreaterThanOrEqual(picture.x + picture.width);
      expect(nav.y).toBeLessThan(picture.y + 20);
      // Scrolled down the page, the story list is still on screen.
      await page.evaluate(() => window.scrollBy(0, 700));
      await expect.poll(async () => (await box(storyColumn(page))).y).toBeGreaterThanOrEqual(0);
      await expect(storyColumn(page).getByRole('link').first()).toBeInViewport();
    },
  );

  // Untagged, so desktop only: 本版文章 is drawn on a wide screen alone (the test above checks that a phone has none).
  test('pointing at a story in 本版文章 outlines it on the page and shows its summary beside it', async ({ page }) => {
    await page.goto(PAGE);
    const column = storyColumn(page);
    await column.getByRole('link', { name: nameOf(PLACED[1]!), exact: true }).hover();
    await outlined(page, 1);
    await expect(column.getByText(nameOf(PLACED[1]!), { exact: true }).first()).toBeVisible();
    await column.getByRole('link', { name: nameOf(PLACED[1]!), exact: true }).click();
    await pageReady(page, nameOf(PLACED[1]!));
  });

  // Desktop only, as above: the column is for a wide screen.
  test('本版文章 breaks its headlines between phrases: no character alone on a line', async ({ page }) => {
    await page.goto(PAGE);
    const links = storyColumn(page).getByRole('link');
    await expect(links.first()).toBeVisible();
    // BudouX arrives when the browser is idle: wait until every headline of more than one phrase is marked up.
    await expect.poll(() => storyColumn(page).locator('[data-phrases]').count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      for (const line of await linesOf(link)) expect(letters(line), `${await link.textContent()}: ${line}`).toBeGreaterThan(1);
    }
  });

  test('the headline over a story by the page’s right edge stays on the page, at its full width', { tag: '@layout' }, async ({ page, isMobile }) => {
    const article = PLACED[RIGHTMOST]!;
    // By the right edge: its first rectangle reaches the last tenth of the page (it may span several columns).
    expect(article.area![0]!.x + article.area![0]!.w).toBeGreaterThan(0.9);
    await page.goto(PAGE);
    await loaded(pageImage(page));
    if (isMobile) await areaOf(page, RIGHTMOST).tap();
    else await areaOf(page, RIGHTMOST).hover();
    await expect(labelOf(page, article)).toBeVisible();
    const [label, picture] = await Promise.all([box(labelOf(page, article)), box(pageImage(page))]);
    expect(label.x).toBeGreaterThanOrEqual(picture.x - 1);
    expect(label.x + label.width).toBeLessThanOrEqual(picture.x + picture.width + 1);
    // Not squeezed into the strip between the story and the page's edge: as wide as its text asks, up to 90% of the page.
    const natural = await labelOf(page, article).evaluate((label) => {
      const copy = label.cloneNode(true) as HTMLElement;
      copy.style.cssText = 'position: absolute; width: max-content; max-width: none; visibility: hidden';
      label.parentElement!.append(copy);
      const width = copy.getBoundingClientRect().width;
      copy.remove();
      return width;
    });
    expect(label.width).toBeGreaterThanOrEqual(Math.min(natural, picture.width * 0.9) - 1);
  });
});

test.describe('the headline over a story, on screen', () => {
  const TALLEST_PAGE = urls.page(DEMO, DATE, TALLEST.page);
  const tallestArea = (page: Page) => page.locator(`a.story-area[id="${TALLEST.id}"]`);
  /** Its first rectangle: where its headline is drawn. */
  const target = (page: Page) => tallestArea(page).locator('rect').first();
  const screenOf = (page: Page) => ({ x: 0, y: 0, ...page.viewportSize()! });

  // Untagged, so desktop only: the keyboard (a phone taps: the next test, @phone).
  test('Tab to a story that fills the screen, its top above it: its headline stays on screen', async ({ page }) => {
    await page.goto(TALLEST_PAGE);
    await loaded(pageImage(page));
    // A window shorter than the story (a laptop's), scrolled down the story until its top is above the screen.
    const height = (await box(pageImage(page))).height;
    await page.setViewportSize({ width: 1280, height: Math.round(span(TALLEST) * height * 0.9) });
    const top = await target(page).evaluate((rect) => rect.getBoundingClientRect().top + scrollY);
    await page.evaluate((y) => scrollTo(0, y), top + 12);
    // Tab from whatever comes before the story (focused where it is, without scrolling to it).
    await tallestArea(page).evaluate((link) => {
      const tabbable = [...document.querySelectorAll<HTMLElement | SVGElement>('a[href], button, [tabindex]:not([tabindex="-1"])')];
      tabbable[tabbable.indexOf(link as SVGElement) - 1]!.focus({ preventScroll: true });
    });
    await page.keyboard.press('Tab');
    await expect(tallestArea(page)).toBeFocused();
    const label = labelOf(page, TALLEST);
    await expect(label).toBeVisible();
    const [labelBox, first, picture] = await Promise.all([box(label), box(target(page)), box(pageImage(page))]);
    // The case this is about: the story's first rectangle, which the headline stood above, starts above the screen.
    expect(first.y).toBeLessThan(0);
    expect(within(labelBox, screenOf(page))).toBe(true);
    expect(within(labelBox, picture)).toBe(true);
  });

  test('a tap on a story whose top is scrolled off the screen: its headline stays on screen', { tag: '@phone' }, async ({ page }) => {
    await page.goto(TALLEST_PAGE);
    await loaded(pageImage(page));
    const first = target(page);
    // Scrolled until the story's first rectangle starts just above the screen's top, then tapped where it shows.
    const top = await first.evaluate((rect) => rect.getBoundingClientRect().top + scrollY);
    await page.evaluate((y) => scrollTo(0, y), top + 12);
    await expect.poll(async () => (await box(first)).y).toBeLessThan(0);
    const shown = await box(first);
    await page.touchscreen.tap(shown.x + shown.width / 2, shown.y + shown.height / 2);
    const label = labelOf(page, TALLEST);
    await expect(label).toBeVisible();
    await expect(page.getByText('再点一下阅读全文')).toBeVisible();
    const [labelBox, picture] = await Promise.all([box(label), box(pageImage(page))]);
    expect(within(labelBox, screenOf(page))).toBe(true);
    expect(within(labelBox, picture)).toBe(true);
  });
});

test.describe('版面导航 of a long edition', { tag: '@layout' }, () => {
  const CURRENT = LONG_PAGES - 3;

  test('the current page’s thumbnail is in view on load: its list scrolled, never the window, nothing shifted', async ({ page, isMobile }) => {
    // Every layout shift from the document's start, for the check at the end.
    await countLayoutShifts(page);
    await page.goto(urls.page(DEMO, LONG_DATE, CURRENT));
    await pageReady(page, new RegExp(`第${CURRENT}版`));
    const nav = page.getByRole('navigation', { name: '版面导航' });
    await expect(nav.getByRole('link')).toHaveCount(LONG_PAGES);
    const list = nav.getByRole('list');
    const current = nav.getByRole('link', { name: new RegExp(`^第${CURRENT}版`) });
    await expect(current).toHaveAttribute('aria-current', 'page');
    await expect.poll(async () => within(await box(current), await box(list))).toBe(true);
    await expect(current).toBeInViewport({ ratio: 1 });
    await loaded(pageImage(page));
    expect(await page.evaluate(() => [scrollX, scrollY])).toEqual([0, 0]);
    expect(await layoutShifted(page)).toBe(0);
    const scrolled = await list.evaluate((ol) => ({ left: ol.scrollLeft, top: ol.scrollTop, wide: ol.scrollWidth > ol.clientWidth }));
    const rows = new Set(await nav.getByRole('link').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)))).size;
    if (isMobile) {
      // A phone: one strip across the screen, scrolled sideways to the page.
      expect(rows).toBe(1);
      expect(scrolled.left).toBeGreaterThan(0);
    } else {
      // Beside the page: a grid of rows, scrolled down to the page, never sideways; 本版文章 still starts in the first screen.
      expect(rows).toBeGreaterThan(2);
      expect(scrolled.wide).toBe(false);
      expect(scrolled.top).toBeGreaterThan(0);
      expect((await box(storyColumn(page))).y).toBeLessThan(page.viewportSize()!.height);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
  });

  test('moving page by page (上一版) keeps the current page’s thumbnail in view', async ({ page }) => {
    await page.goto(urls.page(DEMO, LONG_DATE, CURRENT));
    const nav = page.getByRole('navigation', { name: '版面导航' });
    const list = nav.getByRole('list');
    // Six pages back: past what the list showed around the first (a row of the grid beside the page, four on a phone).
    for (let number = CURRENT - 1; number >= CURRENT - 6; number--) {
      await page
        .getByRole('navigation', { name: '上一版和下一版' })
        .getByRole('link', { name: /上一版/ })
        .click();
      await pageReady(page, new RegExp(`第${number}版`));
      const current = nav.getByRole('link', { name: new RegExp(`^第${number}版`) });
      await expect(current).toHaveAttribute('aria-current', 'page');
      await expect.poll(async () => within(await box(current), await box(list))).toBe(true);
    }
  });
});

test.describe('the printed page in dark mode', { tag: '@layout' }, () => {
  test.use({ colorScheme: 'dark' });

  test('the page image and photos are dimmed a little, at full brightness enlarged or pointed at', async ({ page, isMobile }) => {
    await page.goto(PAGE);
    const image = pageImage(page);
    await loaded(image);
    expect(await filterOf(image)).toBe(DIMMED);
    await expect(page.getByRole('navigation', { name: '版面导航' }).locator('img').first()).toHaveCSS('filter', DIMMED);
    await page.getByRole('button', { name: '放大' }).click();
    await expect.poll(() => filterOf(image)).not.toContain(DIMMED);

    await page.goto(urls.article(DEMO, DATE, PHOTO_ARTICLE.id));
    const photo = page.locator('article figure img').first();
    await loaded(photo);
    await expect.poll(() => filterOf(photo)).toBe(DIMMED);
    if (!isMobile) {
      await photo.hover();
      await expect.poll(() => filterOf(photo)).not.toContain(DIMMED);
    }
    // 在版面中's small page, like 版面导航's.
    const locator = page.getByRole('region', { name: '在版面中' }).locator('img');
    await locator.scrollIntoViewIfNeeded();
    await loaded(locator);
    await expect.poll(() => filterOf(locator)).toBe(DIMMED);
    await photo.click();
    await expect.poll(() => filterOf(page.getByRole('dialog').locator('img'))).not.toContain(DIMMED);
  });

  test('in light mode nothing is dimmed', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(urls.article(DEMO, DATE, PHOTO_ARTICLE.id));
    const photo = page.locator('article figure img').first();
    await loaded(photo);
    expect(await filterOf(photo)).not.toContain(DIMMED);
  });
});

test.describe('the printed page, accessible', { tag: '@layout' }, () => {
  for (const [view, path] of [
    ['the page view', PAGE],
    ['an article with photos', urls.article(DEMO, DATE, PHOTO_ARTICLE.id)],
  ] as const) {
    test(`axe finds nothing on ${view}, light and dark`, async ({ page }) => {
      // Two full audits on a busy machine.
      test.slow();
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await axe(page);
    });
  }
});

test.describe('the printed page without script', () => {
  test.use({ javaScriptEnabled: false });

  test('the image and its story links work, and #id outlines the story', async ({ page }) => {
    await page.goto(`${PAGE}#${PLACED[1]!.id}`);
    await expect(pageImage(page)).toBeVisible();
    await expect(areas(page)).toHaveCount(PLACED.length);
    await outlined(page, 1);
    await areaOf(page, 0).click();
    await expect(page.getByRole('heading', { level: 1, name: nameOf(PLACED[0]!) })).toBeVisible();
  });
});

test.describe('the printed page offline', { tag: '@layout' }, () => {
  test.use({ serviceWorkers: 'allow' });

  test('after 保存本期, the page image and an article’s photo show offline', async ({ page, context }) => {
    const host = await testHost(PRINTED_ROOT);
    await page.goto(`${host.url}${urls.edition(DEMO, DATE)}`);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), EVERY_100_MS).toBe(true);
    await page.getByRole('button', { name: '保存本期' }).click();
    await expect(page.getByRole('button', { name: '已保存本期' })).toBeVisible({ timeout: 20_000 });
    await host.stop();
    await context.setOffline(true);
    await page.goto(`${host.url}${PAGE}`);
    await loaded(pageImage(page));
    await page.goto(`${host.url}${urls.article(DEMO, DATE, PHOTO_ARTICLE.id)}`);
    await loaded(page.locator('article figure img').first());
    await context.setOffline(false);
  });
});
