/**
 * Prerendered HTML: every route kind reads and links with JavaScript off; with it, the page hydrates without a
 * warning, without fetching the data its HTML holds, and without moving; an article prints as clean text.
 */
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { urls } from '../../src/schema/urls.ts';
import { articleUrl, DATE, expect, FEATURE, FRONT, LEAD, NOT_FOUND, PAPER, SITE2, SITE2_LSRB, SLUG, test } from './fixtures.ts';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  const ROUTES = [
    ['home', '/', PAPER, LEAD.headline],
    ['paper', urls.paper(SLUG), PAPER, LEAD.headline],
    ['edition', FRONT, PAPER, LEAD.headline],
    ['page', urls.page(SLUG, DATE, 2), /第2版/, FEATURE.headline],
    ['section', urls.section(SLUG, DATE, 'economy'), PAPER, FEATURE.headline],
    ['article', articleUrl(FEATURE.headline), FEATURE.headline, '厚植沃土 中国堆谷成链成群'],
    ['archive', urls.archive(SLUG, 2024), /2024年往期/, '7月'],
    ['search', urls.search('暑假'), /搜索/, /需要.*JavaScript|JavaScript/],
    ['404', '/no/such/page', NOT_FOUND, '没有这个页面。'],
  ] as const;

  for (const [kind, url, heading, text] of ROUTES) {
    test(`${kind} reads as prerendered HTML: ${url}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByText(text).first()).toBeVisible();
    });
  }

  test('no control that needs script is shown: 阅读设置, the 往期 calendar, 保存本期, 朗读, 分享', { tag: '@layout' }, async ({ page }) => {
    for (const url of [FRONT, articleUrl(FEATURE.headline)]) {
      await page.goto(url);
      for (const control of ['阅读设置', '往期', '保存本期', '朗读', '分享']) await expect(page.getByRole('button', { name: control })).toBeHidden();
      await expect(page.getByRole('link', { name: '往期' })).toBeVisible();
    }
  });

  test('headlines break between phrases without script: the prerenderer split them', async ({ page }) => {
    await page.goto(articleUrl(FEATURE.headline));
    await expect(page.locator('h1 [data-phrases]')).toBeAttached();
    expect(await page.locator('h1 [data-phrases] wbr').count()).toBeGreaterThan(0);
    await page.goto(FRONT);
    expect(await page.locator('main [data-phrases]').count()).toBeGreaterThan(3);
  });

  test('the links work: pages, sections, article, archive, and back', async ({ page }) => {
    await page.goto(FRONT);
    await page.getByRole('navigation', { name: '版面' }).getByRole('link', { name: /第2版/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /第2版/ })).toBeVisible();
    await page.locator('main').getByRole('link', { name: FEATURE.headline }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: FEATURE.headline })).toBeVisible();
    await page.getByRole('link', { name: '经济' }).click();
    await expect(page).toHaveURL(urls.section(SLUG, DATE, 'economy'));
    await page.getByRole('link', { name: '往期' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /2024年往期/ })).toBeVisible();
    await page.getByRole('link', { name: '2024年7月5日 星期五' }).click();
    await expect(page).toHaveURL(FRONT);
  });

  test('前一期 and 后一期 work between prerendered editions', async ({ page }) => {
    const [, , older, latest] = SITE2_LSRB.dates;
    await page.goto(`${SITE2}${urls.edition(SLUG, latest)}`);
    await page.getByRole('link', { name: /前一期/ }).click();
    await expect(page).toHaveURL(`${SITE2}${urls.edition(SLUG, older)}`);
    await page.getByRole('link', { name: /后一期/ }).click();
    await expect(page).toHaveURL(`${SITE2}${urls.edition(SLUG, latest)}`);
  });
});

test('an article hydrates without a warning, without fetching what its HTML holds, fetching its shared file once, and without moving', async ({
  page,
  consoleErrors,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/data/')) fetched.push(path.slice('/data/'.length));
  });
  await page.addInitScript(() => {
    (window as Window & { __shift?: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as Window & { __shift?: number }).__shift! += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const url = articleUrl(FEATURE.headline);
  const id = url.split('/').at(-1)!;
  await page.goto(url);
  // Hydrated: the router took over, so a click is a client-side navigation (no new document).
  await expect(page.getByRole('heading', { level: 1, name: FEATURE.headline })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(consoleErrors).toEqual([]);
  expect(warnings.filter((w) => /hydrat|did not match|server/i.test(w))).toEqual([]);
  // The article is in the HTML; site.json (with the latest edition's index inside) is shared by every page and
  // preloaded, so it is fetched once, by the preload, and nothing else is.
  expect(fetched).not.toContain(dataPaths.article(SLUG, DATE, id));
  expect(fetched).toEqual([dataPaths.site()]);
  expect(await page.evaluate(() => (window as Window & { __shift?: number }).__shift)).toBeLessThan(0.01);

  let documents = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents++;
  });
  await page.getByRole('link', { name: '返回头版' }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: PAPER })).toBeVisible();
  expect(documents).toBe(0);
});

test('an older edition’s page fetches the two files it shares with its edition’s pages, once each, and neither again after a click within it', async ({
  page,
  consoleErrors,
}) => {
  const [, , older] = SITE2_LSRB.dates;
  // Article files are fetched ahead as their links come into view (ArticleLink); the rest is what hydration needs.
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/data/') && !path.includes('/articles/')) fetched.push(path.slice('/data/'.length));
  });
  await page.goto(`${SITE2}${urls.page(SLUG, older, 1)}`);
  await expect(page.getByRole('heading', { level: 1, name: /第1版/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched.sort()).toEqual([dataPaths.editionIndex(SLUG, older), dataPaths.site()].sort());
  await page.getByRole('navigation', { name: '版面' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: PAPER })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched).toHaveLength(2);
  expect(consoleErrors).toEqual([]);
});

test('a prerendered front page keeps its phrase breaks through hydration without loading BudouX', async ({ page, consoleErrors }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(FRONT);
  const phrased = await page.locator('main [data-phrases]').count();
  expect(phrased).toBeGreaterThan(3);
  // Hydrated: a click is drawn by the router, with the phrases still there.
  await page.waitForLoadState('networkidle');
  expect(await page.locator('main [data-phrases]').count()).toBe(phrased);
  expect(scripts.filter((path) => /phraseSegmenter/.test(path))).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(warnings.filter((w) => /hydrat|did not match|server/i.test(w))).toEqual([]);
});

test('an article prints as clean text: paper, headline, byline, date and page, body and its address; no controls', async ({ page }) => {
  const url = articleUrl(FEATURE.headline);
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: FEATURE.headline })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner').getByRole('link', { name: PAPER })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: FEATURE.headline })).toBeVisible();
  await expect(page.getByLabel('作者')).toBeVisible();
  await expect(page.getByText(/乐山日报 · 2024年7月5日 · 第2版/)).toBeVisible();
  await expect(page.getByText('厚植沃土 中国堆谷成链成群')).toBeVisible();
  await expect(page.getByText(`本文网址：${new URL(url, page.url()).href}`)).toBeVisible();
  for (const control of ['阅读设置', '分享', '往期', '搜索']) await expect(page.getByRole('button', { name: control })).toBeHidden();
  for (const nav of ['版面', '上一篇和下一篇']) await expect(page.getByRole('navigation', { name: nav })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('a page the app cannot take over (its shared site.json will not load) stays readable, with the controls of a page without script', async ({
  page,
  consoleErrors,
}) => {
  await page.route('**/data/site.json', (route) => route.fulfill({ status: 503, body: 'busy' }));
  await page.goto(articleUrl(FEATURE.headline));
  // After the reader's retries (a few seconds) it gives up taking the page over.
  await expect(page.locator('html')).not.toHaveClass(/(^|\s)js(\s|$)/, { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1, name: FEATURE.headline })).toBeVisible();
  await expect(page.locator('article')).toContainText('厚植沃土 中国堆谷成链成群');
  // 往期 is the plain link to the archive page, not the calendar button no script would answer.
  await expect(page.getByRole('link', { name: '往期' })).toBeVisible();
  for (const control of ['往期', '阅读设置']) await expect(page.getByRole('button', { name: control })).toBeHidden();
  await page.getByRole('link', { name: '往期' }).click();
  await expect(page).toHaveURL(new RegExp(`${urls.archive(SLUG, 2024)}$`));
  const expected = (error: string) => /Failed to load resource: the server responded with a status of 503/.test(error);
  expect(consoleErrors.filter(expected).length).toBeGreaterThan(0);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !expected(error)));
});

test('a page of what was the latest edition, met with a newer site.json and its own index out of reach (offline), stays readable', async ({
  page,
  consoleErrors,
}) => {
  // site.json as it will be the day after (its latest a newer edition), and this edition's index not to be had: a
  // reader offline with yesterday's page and today's site.json in the caches.
  await page.route('**/data/site.json', async (route) => {
    const site = (await (await route.fetch()).json()) as { papers: { slug: string; latest: { date: string } }[] };
    for (const paper of site.papers) if (paper.slug === SLUG) paper.latest = { ...paper.latest, date: '2024-07-06' };
    await route.fulfill({ json: site });
  });
  await page.route(`**/data/${dataPaths.editionIndex(SLUG, DATE)}`, (route) => route.abort('internetdisconnected'));
  await page.goto(articleUrl(FEATURE.headline));
  await expect(page.locator('html')).not.toHaveClass(/(^|\s)js(\s|$)/, { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1, name: FEATURE.headline })).toBeVisible();
  await expect(page.locator('article')).toContainText('厚植沃土 中国堆谷成链成群');
  await expect(page.getByRole('heading', { name: '加载失败' })).toHaveCount(0);
  const expected = (error: string) => /Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(error);
  expect(consoleErrors.filter(expected).length).toBeGreaterThan(0);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !expected(error)));
});
