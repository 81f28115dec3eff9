/**
 * Every main view, light and dark, at both sizes (the two projects): an axe-core audit against WCAG 2.1 A/AA
 * with zero violations allowed, and a full-page screenshot kept as a test artifact
 * (test-results/<test>/<view>-<scheme>.png, also attached to the report).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { articleUrl, DATE, expect, FEATURE, LEAD, PAPER, pageReady, test } from './fixtures.ts';

const VIEWS = [
  { name: 'front', url: () => '/', heading: PAPER },
  { name: 'front-filtered', url: () => `/${DATE}?section=politics`, heading: PAPER },
  { name: 'article-lead', url: () => articleUrl(LEAD.headline), heading: LEAD.headline },
  { name: 'article-feature', url: () => articleUrl(FEATURE.headline), heading: FEATURE.headline },
  { name: '404', url: () => '/no/such/page', heading: '找不到页面(404)' },
];

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

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`main views in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    for (const view of VIEWS) {
      test(`${view.name} has no WCAG 2.1 A/AA violations`, async ({ page }, testInfo) => {
        await page.goto(view.url());
        await pageReady(page, view.heading);
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark');
        // Fonts settle before the picture and the colour checks.
        await page.evaluate(() => document.fonts.ready);

        const path = testInfo.outputPath(`${view.name}-${scheme}-${testInfo.project.name}.png`);
        await page.screenshot({ path, fullPage: true });
        await testInfo.attach(`${view.name}-${scheme}`, { path, contentType: 'image/png' });

        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations.length, describeViolations(results.violations)).toBe(0);
        // The audit did look at the page.
        expect(results.passes.length).toBeGreaterThan(10);
      });
    }
  });
}
