/**
 * For reading.spec.ts: the seed edition at its new URLs (src/schema/urls.ts), the ids ingest gave its articles
 * (read from the built data through src/schema/dataPaths.ts), and a `test` whose every page fails the test on a
 * console error or an uncaught exception.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import type { Article, EditionIndex } from '../../src/schema/edition.ts';
import { urls } from '../../src/schema/urls.ts';
import { TEXT_SIZES, type TextSize } from '../../src/app/shell/preferences.ts';

export const PAPER = 'lsrb';
export const DATE = '2024-07-05';

export const index = JSON.parse(readFileSync(`dist/data/${dataPaths.editionIndex(PAPER, DATE)}`, 'utf8')) as EditionIndex;

export function idOf(headline: string): string {
  const article = index.articles.find((candidate) => candidate.headline === headline);
  if (!article) throw new Error(`no article headed ${headline} in ${dataPaths.editionIndex(PAPER, DATE)}`);
  return article.id;
}

export const articleUrl = (headline: string): string => urls.article(PAPER, DATE, idOf(headline));

/** The article as the built data holds it (raw text, as printed). */
export function articleData(headline: string): Article {
  const file = JSON.parse(readFileSync(`dist/data/${dataPaths.article(PAPER, DATE, idOf(headline))}`, 'utf8')) as { article: Article };
  return file.article;
}

export const LEAD = '产业筑基';
export const FEATURE = '夹江县:创新为“核” 跑出高质量发展“加速度”';
export const BRIEF_WITH_COLON = '网络对话:快乐过暑假 娃娃安全不放假';

/** Waits for the article's h1 and for the fonts, so positions and sizes are final. */
export async function articleReady(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Runs `check` at each of the five text sizes on the loaded page, in turn, set as reader-preferences.js and the app
 * set one (the attribute on <html> that the stylesheet reads): one load serves all five. Each size must change the
 * root font size, so a size that did not apply fails here rather than measuring the same page five times.
 */
export async function atEachTextSize(page: Page, check: (size: TextSize) => Promise<void>): Promise<void> {
  const rootPx: number[] = [];
  for (const size of TEXT_SIZES) {
    rootPx.push(
      await page.evaluate((value) => {
        document.documentElement.dataset.textSize = value;
        return parseFloat(getComputedStyle(document.documentElement).fontSize);
      }, size),
    );
    await page.evaluate(() => document.fonts.ready);
    await check(size);
  }
  expect(new Set(rootPx).size, `root font sizes ${rootPx.join(', ')} px`).toBe(TEXT_SIZES.length);
}

// The same test as the other specs: each page taken over by the app before a step; a console error fails it.
export { expect, test } from './fixtures.ts';
