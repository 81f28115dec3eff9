/**
 * Hostile data: an edition whose every text field carries markup, a javascript: URL and bidi controls, served
 * in place of the real data. It must show as literal text; nothing from it may become an element or run.
 */
import type { Page } from '@playwright/test';
import { ArticleFileSchema, EditionIndexSchema, EditionListSchema } from '../../src/schema/edition.ts';
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
const DATE = '2031-01-02';
const ID = 'hostile-1';
const source = { file: 'p1.txt', startLine: 1, endLine: 2 };
const pages = [{ number: 1, name: SCRIPT }];

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
  sections: [SCRIPT],
};
const list = EditionListSchema.parse({
  schemaVersion: 1,
  editions: [{ date: DATE, paper: SCRIPT, pages, articleCount: 1 }],
});
const index = EditionIndexSchema.parse({
  schemaVersion: 1,
  paper: SCRIPT,
  date: DATE,
  note: IMG,
  pages,
  sections: [{ slug: 'evil', name: SCRIPT }],
  articles: [{ ...article, summary: `${IMG} ${BIDI}`, length: 100, figures: 1 }],
  banners: [{ text: IMG, page: 1, source }],
});
const file = ArticleFileSchema.parse({
  schemaVersion: 1,
  date: DATE,
  paper: SCRIPT,
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
  'editions.json': list,
  [`${DATE}/index.json`]: index,
  [`${DATE}/articles/${ID}.json`]: file,
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
  await page.route('**/data/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*\/data\//, '');
    const body = BODIES[path];
    // Files of the real build that the hostile edition does not replace (index.html preloads the latest
    // edition's index) are served as they are.
    return body === undefined
      ? route.continue()
      : route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
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

test('front page: hostile headline, kicker, summary and section names show as text, nothing runs', async ({ page }) => {
  await serveHostile(page);
  await page.goto('/');
  await expect(page.getByText(IMG, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(SCRIPT, { exact: true }).first()).toBeVisible();
  await expectNothingRan(page);
});

test('article: hostile headline, byline, paragraphs, caption and bidi text show literally, nothing runs', async ({ page }) => {
  await serveHostile(page);
  await page.goto(`/${DATE}/article/${ID}`);
  await expect(page.getByRole('heading', { level: 1, name: IMG })).toBeVisible();
  const main = page.locator('main');
  await expect(main.getByText(SCRIPT, { exact: true }).first()).toBeVisible();
  await expect(main.getByText(JS_URL, { exact: true }).first()).toBeVisible();
  await expect(main.locator('figcaption, p').filter({ hasText: IMG }).first()).toBeVisible();
  expect(await main.innerText()).toContain('\u202Etxt.exe');
  await expectNothingRan(page);
});
