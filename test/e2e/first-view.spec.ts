/**
 * What a prerendered page's first view loads (issue 23: 120 KB gzip of script): the first view's chunk and the one
 * chunk of the view it hydrates, nothing else. Code only another view or an error draws arrives later, if at all; a
 * view that slipped back into the first view's chunk (index-*.js) would show here as its own chunk missing.
 */
import type { Page } from '@playwright/test';
import { urls } from '../../src/schema/urls.ts';
import { recordAppReady } from './appReadyAt.ts';
import { articleUrl, DATE, expect, LEAD, SLUG, test } from './fixtures.ts';

/** The app's scripts (assets/) the page asked for until `<html data-app="ready">`, as `Name-` prefixes, sorted. */
async function firstViewScripts(page: Page, url: string): Promise<string[]> {
  await recordAppReady(page);
  await page.goto(url);
  await page.waitForFunction(() => 'appReadyAt' in window);
  const names = await page.evaluate(() => {
    const readyAt = (window as unknown as { appReadyAt: number }).appReadyAt;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= readyAt && /\/assets\/[^/]+\.js$/.test(new URL(entry.name).pathname))
      .map((entry) => new URL(entry.name).pathname.split('/').at(-1)!);
  });
  return names.map((name) => name.replace(/-[A-Za-z0-9_-]+\.js$/, '-')).sort();
}

test.describe('first view', () => {
  test('the front page loads the first view and the front page’s chunk, not the error views', async ({ page }) => {
    expect(await firstViewScripts(page, urls.paper(SLUG))).toEqual(['FrontPage-', 'index-']);
  });

  test('a section shares the front page’s chunk', async ({ page }) => {
    expect(await firstViewScripts(page, urls.section(SLUG, DATE, 'politics'))).toEqual(['FrontPage-', 'index-']);
  });

  test('an article loads the first view and the article’s chunk, none of the front page’s code', async ({ page }) => {
    expect(await firstViewScripts(page, articleUrl(LEAD.headline))).toEqual(['ArticlePage-', 'index-']);
  });

  test('the error views come once the page is idle, so an error later (offline too) has them', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await page.goto(articleUrl(LEAD.headline));
    await expect.poll(() => scripts.some((path) => /\/ErrorViews-[^/]+\.js$/.test(path))).toBe(true);
  });
});
