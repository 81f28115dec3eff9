/**
 * The daily path as a publisher runs it, on a copy of the built site: a new edition folder appears, `npm run
 * update-site` adds it, and the copy serves it as prerendered HTML (read here with JavaScript off) beside the
 * edition before it, whose 后一期 now leads to it. Desktop only: it tests the files, not the layout.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { urls } from '../../src/schema/urls.ts';
import { startStaticServer, type StaticServer } from '../../src/cli/staticServer.ts';
import { DATE, expect, PAPER, SEED_DATA, SLUG, test } from './fixtures.ts';

const NEXT = '2024-07-06';
let root: string;
let server: StaticServer;
let output: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  root = mkdtempSync(join(tmpdir(), 'update-site-'));
  // dist is a link to its current generation (src/cli/generations.ts): copy the site, not the link.
  cpSync('dist', join(root, 'dist'), { recursive: true, dereference: true });
  cpSync(SEED_DATA, join(root, 'data'), { recursive: true });
  const folder = join(root, 'data/papers', SLUG, NEXT);
  cpSync(join('data/papers', SLUG, DATE), folder, { recursive: true });
  const manifest = join(folder, 'edition.json');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(`"${DATE}"`, `"${NEXT}"`));
  const page = join(folder, 'leshan-daily-2024-07-05.txt');
  writeFileSync(page, readFileSync(page, 'utf8').replace('# 产业筑基', '# 产业筑基再出发'));
  output = execFileSync(resolve('node_modules/.bin/tsx'), ['src/cli/update-site.ts', '--data', join(root, 'data'), '--dist', join(root, 'dist')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = await startStaticServer(join(root, 'dist'));
});

test.afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the new edition is the paper’s latest, prerendered, with its pages and articles', async ({ page }) => {
    for (const path of [urls.home(), urls.paper(SLUG), urls.edition(SLUG, NEXT)]) {
      await page.goto(server.url + path);
      await expect(page.getByRole('heading', { level: 1, name: PAPER })).toBeVisible();
      await expect(page.locator('header time')).toHaveText('2024年7月6日 星期六');
      await expect(page.locator('main').getByRole('link', { name: '产业筑基再出发' }).first()).toBeVisible();
    }
    const response = await page.goto(server.url + urls.page(SLUG, NEXT, 2));
    expect(response?.status()).toBe(200);
    await page
      .locator('main')
      .getByRole('link', { name: /夹江县/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /夹江县/ })).toBeVisible();
    expect(page.url()).toContain(`/${NEXT}/article/`);
  });

  test('the edition before it now leads to it, and the feed lists it (no sitemap without SITE_URL)', async ({ page, request }) => {
    await page.goto(server.url + urls.edition(SLUG, DATE));
    await page.getByRole('link', { name: /后一期/ }).click();
    await expect(page.locator('header time')).toHaveText('2024年7月6日 星期六');
    const feed = await (await request.get(`${server.url}/feeds/${SLUG}.xml`)).text();
    expect(feed).toContain(`${urls.edition(SLUG, NEXT).slice(0, -1)}/article/`);
    expect((await request.get(`${server.url}/sitemaps/${SLUG}-2024.xml`)).status()).toBe(404);
    expect(await (await request.get(`${server.url}/robots.txt`)).text()).not.toMatch(/^Sitemap:/m);
  });
});

test('update-site said what it did, and rendered the new pages without rebuilding the app', async ({ page }) => {
  expect(output).toBe('');
  await page.goto(server.url + urls.edition(SLUG, NEXT));
  await expect(page.getByRole('heading', { level: 1, name: PAPER })).toBeVisible();
  await page.getByRole('link', { name: /前一期/ }).click();
  await expect(page.locator('header time')).toHaveText('2024年7月5日 星期五');
});
