/**
 * Search after `update-site` in the browser: a copy of the second site gets a new day through the real command,
 * served on a port of its own; a new visit finds the new day's article and opens it. Desktop only: the same
 * files and code at every size, and the update takes a while.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { urls } from '../../src/schema/urls.ts';
import { expect, pageReady, test } from './fixtures.ts';
import { startStaticServer, type StaticServer } from '../../src/cli/staticServer.ts';

const NEW_DATE = '2024-07-06';
const NEW_HEADLINE = '产业基石';

let root = '';
let server: StaticServer | null = null;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  root = mkdtempSync(join(tmpdir(), 'search-update-'));
  const data = join(root, 'data');
  const dist = join(root, 'dist');
  cpSync('test/e2e/site/data', data, { recursive: true });
  cpSync('dist-site2', dist, { recursive: true });
  // A new day: the 2024-07-05 fixture under the next date, its lead story under a headline no other day has.
  const folder = join(data, 'papers/lsrb', NEW_DATE);
  cpSync(join(data, 'papers/lsrb/2024-07-05'), folder, { recursive: true });
  const manifest = join(folder, 'edition.json');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"date": "2024-07-05"', `"date": "${NEW_DATE}"`));
  const page = join(folder, 'lsrb-2024-07-05.txt');
  writeFileSync(page, readFileSync(page, 'utf8').replace('# 产业筑基', `# ${NEW_HEADLINE}`));
  await promisify(execFile)(resolve('node_modules/.bin/tsx'), ['src/cli/update-site.ts', '--data', data, '--dist', dist], { timeout: 100_000 });
  server = await startStaticServer(dist);
});

test.afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('a day added by update-site is found by search, and its article opens', async ({ page }) => {
  await page.goto(`${server!.url}${urls.search('基石')}`);
  await pageReady(page, '搜索：基石');
  const results = page.getByRole('region', { name: '搜索结果' });
  await expect(results.getByRole('status')).toHaveText('找到1篇');
  await expect(results.locator('time')).toHaveAttribute('datetime', NEW_DATE);
  await results.getByRole('link', { name: NEW_HEADLINE }).click();
  await pageReady(page, NEW_HEADLINE);
  expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/lsrb/${NEW_DATE}/article/`));
  // The older days are still found beside it.
  await page.goto(`${server!.url}${urls.search('产业')}`);
  await expect(page.getByRole('region', { name: '搜索结果' }).locator(`time[datetime="${NEW_DATE}"]`).first()).toBeVisible();
});
