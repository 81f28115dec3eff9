import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults, default as Axe } from 'axe-core';
import type { Page } from '@playwright/test';

/** The rules every audit runs: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.1 A/AA audit of the page as it is now (of `include` alone when given: a CSS selector).
 *
 * axe-core runs in the page itself, put there once per document: the light and the dark audit of one load share it.
 * @axe-core/playwright's `analyze()` injects it again on every call and then opens a blank page of its own to merge
 * the results; measured on the front page, that was 0.85–0.97 CPU-seconds an audit against 0.17 for injecting once
 * and 0.11–0.15 for each run (docs/testing.md, "axe, once a page"). A page with frames still goes through
 * AxeBuilder, which audits inside each frame.
 */
export async function wcagAudit(page: Page, include?: string): Promise<AxeResults> {
  if (page.frames().length > 1) {
    const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
    return (include ? builder.include(include) : builder).analyze();
  }
  const present = await page.evaluate(() => typeof (window as { axe?: unknown }).axe !== 'undefined');
  if (!present) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    ([selector, tags]) =>
      (window as unknown as { axe: typeof Axe }).axe.run(selector ? { include: [[selector]] } : document, {
        runOnly: { type: 'tag', values: tags },
      }),
    [include ?? null, WCAG_TAGS] as const,
  );
}

/** One line a violation: its rule and the elements it found. */
export const violationLines = (results: AxeResults, prefix = ''): string[] =>
  results.violations.map((v) => `${prefix}${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
