/**
 * Every main view, light and dark, at both sizes (the two projects): an axe-core audit against WCAG 2.1 A/AA
 * with zero violations allowed, and a screenshot kept as a test artifact
 * (<output dir>/<test>/<view>-<scheme>-<project>.png, also attached to the report). The open 往期 calendar and
 * the papers list are on the second site (several editions, two papers); the calendar's picture is of the
 * window, where its fixed popover sits on a phone.
 */
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { urls } from '../../src/schema/urls.ts';
import { articleUrl, DATE, expect, FEATURE, LEAD, PAPER, NOT_FOUND, pageReady, SITE2, SLUG, test } from './fixtures.ts';
import { SCHEMES, useScheme } from './schemes.ts';
import { wcagAudit } from './axe.ts';

interface View {
  name: string;
  url: () => string;
  heading: string | RegExp;
  /** What to do once the page is up: open a dialog. */
  then?: (page: Page) => Promise<void>;
  fullPage?: boolean;
}

const VIEWS: View[] = [
  { name: 'front', url: () => '/', heading: PAPER },
  { name: 'section', url: () => urls.section(SLUG, DATE, 'politics'), heading: PAPER },
  { name: 'page-2', url: () => urls.page(SLUG, DATE, 2), heading: /^第2版/ },
  { name: 'article-lead', url: () => articleUrl(LEAD.headline), heading: LEAD.headline },
  { name: 'article-feature', url: () => articleUrl(FEATURE.headline), heading: FEATURE.headline },
  { name: '404', url: () => '/no/such/page', heading: NOT_FOUND },
  { name: 'papers', url: () => `${SITE2}/`, heading: '报纸阅读' },
  { name: 'page-1-named', url: () => `${SITE2}${urls.page(SLUG, DATE, 1)}`, heading: /^第1版 要闻/ },
  {
    name: 'calendar',
    url: () => `${SITE2}${urls.edition(SLUG, DATE)}`,
    heading: PAPER,
    fullPage: false,
    then: async (page) => {
      await page.getByRole('button', { name: '往期' }).click();
      const dialog = page.getByRole('dialog', { name: `${PAPER}往期` });
      await expect(dialog.getByRole('link', { name: '2024年7月4日 星期四' })).toBeVisible();
    },
  },
];

/** A missing 前一期/后一期: drawn greyed but still at 4.5:1 contrast (it once was 1.41:1); checked on its own below. */
const STEPPER_PLACEHOLDER = 'header p:has(> time) > span[aria-hidden="true"]';

function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help}`,
        ...violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\n/g, ' ')}`),
      ].join('\n'),
    )
    .join('\n');
}

// One load a view, audited in light and then in dark mode: each failure names the view (the title) and the scheme.
for (const view of VIEWS) {
  test(`${view.name} has no WCAG 2.1 A/AA violations, light and dark`, { tag: '@layout' }, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(view.url());
    await pageReady(page, view.heading);
    await view.then?.(page);
    for (const scheme of SCHEMES) {
      await useScheme(page, scheme, view.name);
      // Fonts settle before the picture and the colour checks.
      await page.evaluate(() => document.fonts.ready);

      const path = testInfo.outputPath(`${view.name}-${scheme}-${testInfo.project.name}.png`);
      // At CSS pixels: a whole page at the phone's pixel ratio 3 is nine times the pixels, and took seconds to encode.
      await page.screenshot({ path, fullPage: view.fullPage ?? true, scale: 'css' });
      await testInfo.attach(`${view.name}-${scheme}`, { path, contentType: 'image/png' });

      const results = await wcagAudit(page);
      expect.soft(results.violations.length, `${view.name} in ${scheme} mode:\n${describeViolations(results.violations)}`).toBe(0);
      // The audit did look at the page.
      expect.soft(results.passes.length, `${view.name} in ${scheme} mode: rules that passed`).toBeGreaterThan(10);
    }
  });
}

test(`the masthead's greyed 前一期/后一期 meets colour contrast, light and dark`, { tag: '@layout' }, async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await pageReady(page, PAPER);
  // The seed site has one edition: both steps are placeholders.
  await expect(page.locator(STEPPER_PLACEHOLDER)).toHaveCount(2);
  for (const scheme of SCHEMES) {
    await useScheme(page, scheme, 'the front page');
    const results = await wcagAudit(page, STEPPER_PLACEHOLDER);
    expect.soft(results.violations, `${scheme} mode:\n${describeViolations(results.violations)}`).toEqual([]);
  }
});
