/**
 * The printed page (issue 22) on the demo paper (示例报, typeset by the project from the seed: data/papers/demo),
 * at 1280 and 390 px: the page image and its story links, outlines, opening a story, 文字/版面, 版面导航, the PDF,
 * photos in an article, 在版面中, script off, offline after 保存本期, axe in light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cjkPunctuation } from '../../src/app/ui/cjkPunctuation.ts';
import { displayHeadline } from '../../src/app/ui/displayHeadline.ts';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import type { Article, ArticleFile, EditionIndex } from '../../src/schema/edition.ts';
import { urls } from '../../src/schema/urls.ts';
import { testHost } from './deploySite.ts';
import { expect, pageReady, PRINTED, PRINTED_ROOT, test } from './fixtures.ts';

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

async function axe(page: Page): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
}

test.describe('the printed page', { tag: '@layout' }, () => {
  test('shows the page image, with every story on it a link named by its headline, Tab walking them in order', async ({ page }) => {
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
  });

  test('pointing at a story outlines it and shows its headline; a click opens it', async ({ page, isMobile }) => {
    test.skip(isMobile, 'a phone has no pointer to hover with: the tap test covers it');
    await page.goto(PAGE);
    await areaOf(page, 1).hover();
    await outlined(page, 1);
    await expect(page.locator('main p[aria-hidden="true"]').filter({ hasText: nameOf(PLACED[1]!) })).toBeVisible();
    await areaOf(page, 1).click();
    await pageReady(page, nameOf(PLACED[1]!));
  });

  test('a tap outlines a story and shows its headline; a second tap opens it', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'touch');
    await page.goto(PAGE);
    await areaOf(page, 0).tap();
    await outlined(page, 0);
    await expect(page.getByText('再点一下阅读全文')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(PAGE);
    await areaOf(page, 0).tap();
    await pageReady(page, nameOf(PLACED[0]!));
  });

  test('文字 / 版面: the list alone or the page, remembered on the next visit', async ({ page }) => {
    await page.goto(PAGE);
    const group = page.getByRole('group', { name: '显示方式' });
    await group.getByRole('button', { name: '文字' }).click();
    await expect(pageImage(page)).toBeHidden();
    await expect(page.getByRole('heading', { name: nameOf(PLACED[0]!) })).toBeVisible();
    await page.reload();
    await expect(pageImage(page)).toBeHidden();
    await expect(group.getByRole('button', { name: '文字' })).toHaveAttribute('aria-pressed', 'true');
    await group.getByRole('button', { name: '版面' }).click();
    await expect(pageImage(page)).toBeVisible();
  });

  test('版面导航: the edition’s pages as thumbnails, the current one marked, on the page view and the front page', async ({ page }) => {
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
  });

  test('下载本版 PDF: the page’s PDF, its size said', async ({ page }) => {
    await page.goto(PAGE);
    const link = page.getByRole('link', { name: /^下载本版 PDF（[\d.]+ [KM]B）$/ });
    await expect(link).toBeVisible();
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).length).toBe(index.pages[0]!.pdf!.bytes);
  });

  test('an article shows its photos; a tap opens one larger; 在版面中 leads back to the story outlined', async ({ page, isMobile }) => {
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
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
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
