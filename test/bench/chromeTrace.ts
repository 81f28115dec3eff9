/**
 * Shared by the benches that read Chromium's traces and time a click (web.ts, longTasks.ts, navigationTrace.ts).
 */
import type { Page } from '@playwright/test';

/** One event of a Chromium trace, with the fields the benches read. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: the CPU the task had, without the throttle's pauses or the time a loaded machine gave others. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; frame?: string }; beginData?: { url?: string } };
}

/**
 * Clicks the front page's headline link to `href` and resolves to the milliseconds until the article's headline is
 * in the document and a frame has been drawn: a warm, client-side navigation. Marks `click` for a trace.
 */
export function timedArticleClick(page: Page, href: string): Promise<number> {
  // No named inner functions: tsx compiles them with a __name helper the page does not have.
  return page.evaluate(
    (target) =>
      new Promise<number>((resolve, reject) => {
        const link = document.querySelector<HTMLAnchorElement>(`main h2 a[href$="${target}"], main h3 a[href$="${target}"]`);
        if (!link) {
          reject(new Error(`no headline link to ${target}`));
          return;
        }
        performance.mark('click');
        const begun = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.getElementById('article-headline')) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - begun));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        link.click();
      }),
    href,
  );
}
