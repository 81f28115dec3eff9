/**
 * Offline reading (issue 11) and storage that refuses (issue 13), in Chromium with the reader's service worker.
 * "Offline" here is the browser's offline mode and the host itself stopped, so neither the page nor the worker
 * can reach the network: what shows came from the caches.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { urls } from '../../src/schema/urls.ts';
import { cjkPunctuation } from '../../src/app/ui/cjkPunctuation.ts';
import { testHost } from './deploySite.ts';
import { EVERY_100_MS, workerReady } from './serviceWorker.ts';
import { BRIEFS, DATE, FEATURE, FRONT, LEAD, SLUG, articleUrl, expect, idOf, pageReady, test } from './fixtures.ts';
import { violationLines, wcagAudit } from './axe.ts';

/** The start of an article's first paragraph, as the reader shows it. */
function firstWords(headline: string): string {
  const file = JSON.parse(readFileSync(`dist/data/${dataPaths.article(SLUG, DATE, idOf(headline))}`, 'utf8')) as {
    article: { blocks: { type: string; text?: string }[] };
  };
  return cjkPunctuation(file.article.blocks.find((block) => block.type === 'paragraph')!.text!).slice(0, 16);
}

const index = JSON.parse(readFileSync(`dist/data/${dataPaths.editionIndex(SLUG, DATE)}`, 'utf8')) as {
  pages: unknown[];
  sections: unknown[];
  articles: unknown[];
};
/** 保存本期's files: site.json, the index, each article's data, and the HTML of the front page, pages, sections, articles. */
const EDITION_FILES = 2 + index.articles.length * 2 + 1 + index.pages.length + index.sections.length;

async function axe(page: Page): Promise<void> {
  const results = await wcagAudit(page);
  expect(violationLines(results)).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(10);
}

async function shoot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}-${info.project.name}.png`);
  await page.screenshot({ path });
  await info.attach(name, { path, contentType: 'image/png' });
}

/** The seed edition's 经济 section (the lead story's). */
const SECTION = urls.section(SLUG, DATE, 'economy');

const offlineBanner = (page: Page) => page.getByRole('status').filter({ hasText: '离线中' });

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('an article opened once reads offline after a reload', async ({ page, context }) => {
    const host = await testHost('dist');
    await page.goto(`${host.url}${articleUrl(LEAD.headline)}`);
    await pageReady(page, LEAD.headline);
    await workerReady(page);

    await host.stop();
    await context.setOffline(true);
    await page.reload();
    await pageReady(page, LEAD.headline);
    await expect(page.locator('article')).toContainText(firstWords(LEAD.headline));
    await expect(offlineBanner(page)).toBeVisible();
  });

  test('under a base path (BASE_PATH=/sub/): the worker, its scope and the manifest live under it, and an opened article reads offline', async ({
    page,
    context,
  }) => {
    const host = await testHost('dist-sub');
    const url = `${host.url}/sub${articleUrl(LEAD.headline)}`;
    await page.goto(url);
    await pageReady(page, LEAD.headline);
    await workerReady(page);
    const worker = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      return { scope: new URL(registration.scope).pathname, script: new URL(navigator.serviceWorker.controller!.scriptURL).pathname };
    });
    expect(worker).toEqual({ scope: '/sub/', script: '/sub/sw.js' });
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
      return {
        href: new URL(href).pathname,
        ...((await (await fetch(href)).json()) as { start_url: string; scope: string; lang: string; name: string }),
      };
    });
    expect(manifest).toMatchObject({ href: '/sub/manifest.webmanifest', start_url: '/sub/', scope: '/sub/', lang: 'zh-CN', name: '报纸阅读' });

    await host.stop();
    await context.setOffline(true);
    await page.reload();
    await pageReady(page, LEAD.headline);
    await expect(page.locator('article')).toContainText(firstWords(LEAD.headline));
  });

  test('a page never opened and not saved is not there offline: the reader says so', async ({ page, context, consoleErrors }) => {
    const host = await testHost('dist');
    // The lead article alone: its page fetches ahead the articles either side of it, not the last one.
    await page.goto(`${host.url}${articleUrl(LEAD.headline)}`);
    await workerReady(page);
    await host.stop();
    await context.setOffline(true);
    await page.goto(`${host.url}${articleUrl(FEATURE.headline)}`);
    // After the reader's retries (about 4 s): a clear message, not a blank page.
    await expect(page.getByRole('heading', { level: 1, name: '加载失败' })).toBeVisible();
    await expect(page.getByText('网络似乎不通，请检查网络后重试。')).toBeVisible();
    await expect(page.getByText(firstWords(FEATURE.headline))).toHaveCount(0);
    // The article's data could not load, as expected; nothing else may fail.
    const expected = (error: string) => /Failed to load resource: net::ERR_FAILED \(.*\/data\/.*\/articles\/.*\.json\)$/.test(error);
    expect(consoleErrors.filter(expected).length).toBeGreaterThan(0);
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !expected(error)));
  });

  test(
    '保存本期 stores the whole edition, with its progress: then every article of it reads offline',
    { tag: '@layout' },
    async ({ page, context }, info) => {
      const host = await testHost('dist');
      await page.goto(`${host.url}${FRONT}`);
      await workerReady(page);
      // Every text the save's status region shows, in order, and the progress bar's values.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { __saveSeen: string[] }).__saveSeen = seen;
        new MutationObserver(() => {
          const status = document.querySelector('main [role="status"]')?.textContent ?? '';
          const bar = document.querySelector('progress[aria-label="保存进度"]');
          const entry = `${status}${bar ? ` [${bar.getAttribute('value')}/${bar.getAttribute('max')}]` : ''}`;
          if (seen.at(-1) !== entry) seen.push(entry);
        }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });

      // The front page fetched its stories ahead, and the worker kept them: empty what browsing cached, so whatever
      // reads offline below was stored by 保存本期.
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => Promise.all(['reader-pages', 'reader-editions'].map((name) => caches.delete(name))));
      await page.getByRole('button', { name: '保存本期' }).click();
      await expect(page.getByRole('status').filter({ hasText: `可离线阅读（${EDITION_FILES} 个文件）` })).toBeVisible();
      await expect(page.getByRole('button', { name: '已保存本期' })).toBeVisible();
      const seen = await page.evaluate(() => (window as unknown as { __saveSeen: string[] }).__saveSeen);
      expect(
        seen.some((text) => new RegExp(`^正在保存 \\d+/${EDITION_FILES} \\[\\d+/${EDITION_FILES}\\]$`).test(text)),
        seen.join(' | '),
      ).toBe(true);
      await shoot(page, info, 'save-edition-done');
      await axe(page);
      // A later visit knows the edition is saved.
      await page.reload();
      await expect(page.getByRole('button', { name: '已保存本期' })).toBeVisible();

      await host.stop();
      await context.setOffline(true);
      // A page never opened, which needs the edition's index: both came with the edition.
      await page.goto(`${host.url}${SECTION}`);
      await expect(page.getByText('话题「经济」，共2篇')).toBeVisible();
      await expect(page.getByRole('link', { name: LEAD.headline, exact: true })).toBeVisible();
      // An article never opened, loaded as a page: its prerendered HTML came with the edition.
      await page.goto(`${host.url}${articleUrl(FEATURE.headline)}`);
      await pageReady(page, FEATURE.headline);
      await expect(page.locator('article')).toContainText(firstWords(FEATURE.headline));
      // And a click from the front page, drawn by the app from the saved data.
      await page.goto(`${host.url}${FRONT}`);
      await page.getByRole('link', { name: BRIEFS[2]! }).click();
      await pageReady(page, BRIEFS[2]!);
      await expect(page.locator('article')).toContainText(firstWords(BRIEFS[2]!));
      await expect(offlineBanner(page)).toBeVisible();
    },
  );

  test('an edition file corrected after a reader cached it: the correction reaches the reader on a later opening', async ({ page }) => {
    // A copy of the site, so the test can correct one article's data as a re-ingest would.
    const root = mkdtempSync(join(tmpdir(), 'reader-correction-'));
    cpSync('dist', root, { recursive: true, dereference: true });
    try {
      const host = await testHost(root);
      const headline = BRIEFS[2]!;
      // Opened by a click: the app draws it from the article's data file, which the worker caches.
      const open = async () => {
        await page.goto(`${host.url}${FRONT}`);
        await page.getByRole('link', { name: headline }).click();
        await pageReady(page, headline);
      };
      await page.goto(`${host.url}${FRONT}`);
      await workerReady(page);
      await open();
      await expect(page.locator('article')).toContainText(firstWords(headline));
      expect(
        await page.evaluate(
          async (url) => (await caches.open('reader-editions')).match(url).then(Boolean),
          `${host.url}/data/${dataPaths.article(SLUG, DATE, idOf(headline))}`,
        ),
      ).toBe(true);

      const file = join(root, 'data', dataPaths.article(SLUG, DATE, idOf(headline)));
      const data = JSON.parse(readFileSync(file, 'utf8')) as { article: { blocks: { type: string; text?: string }[] } };
      const paragraph = data.article.blocks.find((block) => block.type === 'paragraph')!;
      paragraph.text = `（本文已更正）${paragraph.text!}`;
      writeFileSync(file, JSON.stringify(data));

      // The cached copy may answer first; the worker checks the network behind it, so a later opening has it.
      await expect(async () => {
        await open();
        await expect(page.locator('article')).toContainText('（本文已更正）', { timeout: 1000 });
      }).toPass({ timeout: 45_000 });
      await host.stop();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/**
 * Until the page has fetched the error views' code, which the app asks for at the first idle moment after it is ready
 * (main.tsx): a page that goes offline before then fails that fetch, and the browser logs it. On a loaded machine that
 * moment can come seconds after the page is ready.
 */
async function errorViewsFetched(page: Page): Promise<void> {
  const fetched = () =>
    page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /\/assets\/ErrorViews-[^/]+\.js$/.test(entry.name)));
  await expect.poll(fetched, EVERY_100_MS).toBe(true);
}

test('the offline banner shows while the browser is offline, and goes when it is back', { tag: '@layout' }, async ({ page, context }, info) => {
  await page.goto(FRONT);
  await expect(page.locator('#reader-notices')).toBeAttached();
  await errorViewsFetched(page);
  await expect(offlineBanner(page)).toHaveCount(0);
  await context.setOffline(true);
  await expect(offlineBanner(page)).toBeVisible();
  await shoot(page, info, 'offline-banner');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await axe(page);
  }
  await context.setOffline(false);
  await expect(offlineBanner(page)).toHaveCount(0);
});

test.describe('storage that refuses', () => {
  test(
    'localStorage, sessionStorage and the Cache API all refused: reading works, and settings and 保存本期 say they were not saved',
    { tag: '@layout' },
    async ({ page }, info) => {
      await page.addInitScript(() => {
        for (const name of ['localStorage', 'sessionStorage', 'caches']) {
          Object.defineProperty(window, name, {
            configurable: true,
            get: () => {
              throw new DOMException(`${name} is disabled`, 'SecurityError');
            },
          });
        }
      });
      await page.goto(articleUrl(LEAD.headline));
      await pageReady(page, LEAD.headline);
      await expect(page.locator('article')).toContainText(firstWords(LEAD.headline));

      await page.getByRole('button', { name: '阅读设置' }).click();
      await page.getByRole('group', { name: '外观' }).getByRole('button', { name: '深色' }).click();
      await expect(page.locator('html')).toHaveClass(/\bdark\b/);
      await expect(page.getByRole('status').filter({ hasText: '未能保存设置：浏览器不允许存储，只在这次访问有效。' })).toBeVisible();
      await shoot(page, info, 'settings-not-saved');

      await page.goto(FRONT);
      await page.getByRole('button', { name: '保存本期' }).click();
      await expect(page.getByRole('status').filter({ hasText: '未能保存：浏览器不允许离线存储（可能是隐私模式）' })).toBeVisible();
      await shoot(page, info, 'save-edition-refused');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await axe(page);
      }
      // Reading goes on: an article opens from the front page.
      await page.getByRole('link', { name: BRIEFS[1]! }).click();
      await pageReady(page, BRIEFS[1]!);
    },
  );

  test('a full quota: 保存本期 says the storage is full, and settings say they were not saved', async ({ page }) => {
    await page.addInitScript(() => {
      const full = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      const cache = { put: full, add: full, addAll: full, match: async () => undefined, keys: async () => [], delete: async () => false };
      Object.defineProperty(window, 'caches', {
        configurable: true,
        value: { open: async () => cache, match: async () => undefined, has: async () => false, keys: async () => [], delete: async () => false },
      });
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(FRONT);
    await page.getByRole('button', { name: '保存本期' }).click();
    await expect(page.getByRole('status').filter({ hasText: '未能保存：存储空间已满，请清理浏览器存储后再试' })).toBeVisible();
    await expect(page.getByRole('button', { name: '保存本期' })).toBeEnabled();
    await page.getByRole('button', { name: '阅读设置' }).click();
    await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '大', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    await expect(page.getByRole('status').filter({ hasText: '未能保存设置' })).toBeVisible();
    await page.getByRole('link', { name: BRIEFS[1]! }).click();
    await pageReady(page, BRIEFS[1]!);
  });
});
