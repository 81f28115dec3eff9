/**
 * Hostile data: an edition whose every text field carries markup, a javascript: URL and bidi controls, served
 * in place of the real data. It must show as literal text; nothing from it may become an element or run.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { ArchiveYearSchema, ArticleFileSchema, EditionIndexSchema, SCHEMA_VERSION, SiteSchema } from '../../src/schema/edition.ts';
import { urls } from '../../src/schema/urls.ts';
import { expect, test } from './fixtures.ts';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const JS_URL = 'javascript:alert(1)';
const BIDI = '\u202Etxt.exe\u202C 反转';
// Slugs, ids and dates are checked by the schema; everything a person reads can carry anything.
const SLUG = 'lsrb';
const DATE = '2031-01-02';
const ID = 'hostile-1';
const ID2 = 'hostile-2';
const source = { file: 'p1.txt', startLine: 1, endLine: 2 };
const pages = [
  { number: 1, name: SCRIPT, articleCount: 1 },
  { number: 2, name: IMG, articleCount: 1 },
];
const paperRef = { slug: SLUG, name: SCRIPT };

const article = {
  id: ID,
  page: 1,
  kind: 'story' as const,
  kicker: SCRIPT,
  headline: IMG,
  subheadline: JS_URL,
  series: BIDI,
  byline: `记者 ${IMG}`,
  authors: [{ name: IMG, role: SCRIPT, contribution: JS_URL }],
  dateline: JS_URL,
  printedIn: SCRIPT,
  teaser: false,
  sections: ['evil'],
};
const summary = { summary: `${IMG} ${BIDI}`, length: 100, figures: 1 };
const index = EditionIndexSchema.parse({
  schemaVersion: SCHEMA_VERSION,
  paper: paperRef,
  date: DATE,
  note: IMG,
  pages,
  sections: [{ slug: 'evil', name: SCRIPT, count: 2 }],
  articles: [
    { ...article, ...summary },
    { ...article, ...summary, id: ID2, page: 2, headline: SCRIPT, kicker: IMG },
  ],
  banners: [{ text: IMG, page: 1, source }],
  previous: null,
  next: null,
});
const site = SiteSchema.parse({
  schemaVersion: SCHEMA_VERSION,
  papers: [{ slug: SLUG, name: SCRIPT, description: IMG, first: DATE, editionCount: 1, latest: index }],
});
const archive = ArchiveYearSchema.parse({
  schemaVersion: SCHEMA_VERSION,
  paper: SLUG,
  year: 2031,
  editions: [{ date: DATE, pages: 2, articleCount: 2 }],
});
const file = ArticleFileSchema.parse({
  schemaVersion: SCHEMA_VERSION,
  date: DATE,
  paper: paperRef,
  article: {
    ...article,
    blocks: [
      { type: 'paragraph', text: SCRIPT },
      { type: 'paragraph', text: IMG },
      { type: 'heading', text: JS_URL },
      { type: 'figure', caption: IMG, credit: SCRIPT },
      { type: 'paragraph', text: BIDI },
    ],
    source,
  },
});

const BODIES: Record<string, unknown> = {
  [dataPaths.site()]: site,
  [dataPaths.editionIndex(SLUG, DATE)]: index,
  [dataPaths.archiveYear(SLUG, 2031)]: archive,
  [dataPaths.article(SLUG, DATE, ID)]: file,
  // Headlines in view are prefetched: the page-2 story's file is asked for too.
  [dataPaths.article(SLUG, DATE, ID2)]: { ...file, article: { ...file.article, id: ID2, page: 2, headline: SCRIPT, kicker: IMG } },
};

const dialogs: string[] = [];

async function serveHostile(page: Page): Promise<void> {
  dialogs.length = 0;
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.alert = () => {
      (window as Window & { __alerted?: boolean }).__alerted = true;
    };
  });
  // Every page is prerendered from the real data: serve the app shell instead, so the app draws the hostile data.
  // (The prerender step escapes what it writes on its own: test/publish/prerender.test.ts.)
  const shell = readFileSync('dist/404.html', 'utf8');
  await page.route(
    (url) => !url.pathname.includes('.') || url.pathname.endsWith('/'),
    (route) =>
      route.request().resourceType() === 'document' ? route.fulfill({ status: 200, contentType: 'text/html', body: shell }) : route.continue(),
  );
  await page.route('**/data/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*\/data\//, '');
    const body = BODIES[path];
    // Nothing else is asked for; were it, a 404 would show up as a console error and fail the test.
    return body === undefined ? route.continue() : route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  });
}

async function expectNothingRan(page: Page): Promise<void> {
  expect(dialogs, 'no dialog opened').toEqual([]);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as Window & { __alerted?: boolean }).__alerted)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('[onerror]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
  expect(scripts.filter((text) => text.includes('alert'))).toEqual([]);
}

test('front page, 往期 and page view: hostile paper, page, section and headline texts show as text, nothing runs', async ({ page }) => {
  await serveHostile(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: SCRIPT })).toBeVisible();
  await expect(page.getByText(IMG, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: '版面' }).getByRole('link', { name: `第2版 ${IMG}` })).toBeVisible();
  await expect(page.getByRole('region', { name: '要目' }).getByRole('link', { name: SCRIPT })).toBeVisible();
  await expectNothingRan(page);

  await page.getByRole('button', { name: '往期' }).click();
  await expect(page.getByRole('dialog', { name: `${SCRIPT}往期` }).getByRole('link', { name: /2031年1月2日/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expectNothingRan(page);

  await page.goto(urls.page(SLUG, DATE, 2));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`第2版 ${IMG}`);
  await expect(page.locator('main').getByRole('heading').getByRole('link', { name: SCRIPT, exact: true })).toBeVisible();
  await expectNothingRan(page);
});

test('article: hostile headline, byline, paragraphs, caption and bidi text show literally, nothing runs', async ({ page }) => {
  await serveHostile(page);
  await page.goto(urls.article(SLUG, DATE, ID));
  await expect(page.getByRole('heading', { level: 1, name: IMG })).toBeVisible();
  const main = page.locator('main');
  await expect(main.getByText(SCRIPT, { exact: true }).first()).toBeVisible();
  await expect(main.getByText(JS_URL, { exact: true }).first()).toBeVisible();
  await expect(main.locator('figcaption, p').filter({ hasText: IMG }).first()).toBeVisible();
  expect(await main.innerText()).toContain('\u202Etxt.exe');
  await expectNothingRan(page);
});
