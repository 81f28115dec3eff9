/**
 * bench:web's printed-page part (issue 22's budgets), on the PDF site of pdfSite.ts, each figure beside its
 * baseline measured in the same run:
 *   - the page view's LCP (the page image) against a script-free copy of the same page with the same image;
 *   - the page image a 390 px phone at 2x loads from the srcset, in bytes on disk;
 *   - an article with a photo: Lighthouse score and CLS;
 *   - first-view JS of the text views (edition front page, article) against the 120 KB budget and the main site's
 *     front page when it was measured in the same run; the page view's own JS beside them.
 */
import { cpSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startStaticServer } from '../../src/cli/staticServer.ts';
import { urls } from '../../src/schema/urls.ts';
import { buildPdfSite, TEXT_EDITION } from './pdfSite.ts';
import {
  budget,
  firstViewBytes,
  kb,
  lighthouseHeader,
  lighthouseRow,
  medianLighthouse,
  pad,
  staticCopy,
  type LighthouseFigures,
} from './webTools.ts';

const PHONE_IMAGE_BUDGET = 150 * 1024;

/** The largest contentful paint of a loaded page, as the browser reports it: its element and, for an image, its URL. */
function largestPaint(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().at(-1) as PerformanceEntry & { element: Element | null; url: string };
          const element = entry.element;
          resolve(
            `${element?.tagName.toLowerCase() ?? '?'}${entry.url ? ` ${new URL(entry.url).pathname}` : ` 「${(element?.textContent ?? '').slice(0, 20)}」`}`,
          );
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

/** The image a page loads for its printed page, once decoded: its URL as chosen from the srcset. */
async function pageImageSource(page: Page): Promise<string> {
  const image = page.locator('img[fetchpriority="high"]').first();
  await image.waitFor();
  return image.evaluate(
    (element: HTMLImageElement) =>
      new Promise<string>((resolve) => {
        if (element.complete && element.currentSrc) resolve(element.currentSrc);
        else element.addEventListener('load', () => resolve(element.currentSrc), { once: true });
      }),
  );
}

export async function benchPdfEdition(options: {
  browser: Browser;
  runs: number;
  mainFrontJsGzip: number | null;
  out: string;
  keep: boolean;
}): Promise<void> {
  const { browser, runs } = options;
  const started = performance.now();
  const site = await buildPdfSite();
  console.log(
    `\nThe printed page: a site built from ../shared/samples-pdf (add-edition, ingest, vite build, prerender) in ${((performance.now() - started) / 1000).toFixed(1)} s at ${site.root}`,
  );
  const ours = await startStaticServer(site.dist);
  const staticRoot = join(options.out, 'static-pdf');
  rmSync(staticRoot, { recursive: true, force: true });

  const views = site.editions.map((edition) => ({
    ...edition,
    name: `${edition.paper} p${edition.page}`,
    path: urls.page(edition.paper, edition.date, edition.page),
    copy: `${edition.paper}-page-${edition.page}`,
  }));
  const withPhoto = site.editions.flatMap((e) =>
    e.index.articles.filter((a) => a.image !== undefined || a.figures > 0).map((a) => ({ ...e, article: a })),
  )[0];
  {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 }, colorScheme: 'light' });
    for (const view of views) {
      mkdirSync(join(staticRoot, view.copy), { recursive: true });
      writeFileSync(join(staticRoot, view.copy, 'index.html'), await staticCopy(page, ours.url, site.dist, view.path, null));
    }
    await page.close();
  }
  // The same image files, at the same paths: the copies differ from the app by its script alone.
  cpSync(join(site.dist, 'data'), join(staticRoot, 'data'), { recursive: true });
  const plain = await startStaticServer(staticRoot);

  // The phone's page image: a 390 px wide screen at 2x, as the srcset and sizes choose.
  console.log('\nPage image a phone loads (390 px wide, 2x), from the srcset');
  const phoneBytes: Record<string, number> = {};
  for (const view of views) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(ours.url + view.path);
    const source = new URL(await pageImageSource(page));
    phoneBytes[view.name] = statSync(join(site.dist, decodeURIComponent(source.pathname))).size;
    const files = view.index.pages.find((p) => p.number === view.page)?.image?.files ?? [];
    console.log(
      `${pad(view.name, 12)}${pad(source.pathname, 44)}${kb(phoneBytes[view.name]!)}  (files: ${files.map((f) => `${f.width}w ${kb(f.bytes)}`).join(', ')})`,
    );
    console.log(`${pad('', 12)}largest contentful paint: ${await largestPaint(page)}`);
    await context.close();
  }

  const results: Record<string, { app: LighthouseFigures; copy?: LighthouseFigures }> = {};
  if (runs > 0) {
    console.log(`\nLighthouse, mobile defaults, median of ${runs} runs: the page view beside its script-free copy, and an article with a photo`);
    console.log(lighthouseHeader());
    for (const view of views) {
      const app = await medianLighthouse(ours.url + view.path, runs);
      lighthouseRow(`${view.name} (app)`, app);
      const copy = await medianLighthouse(`${plain.url}/${view.copy}/`, runs);
      lighthouseRow(`${view.name} (static)`, copy);
      console.log(`${pad('', 18)}LCP app/static = ${(app.lcp / copy.lcp).toFixed(2)}`);
      results[view.name] = { app, copy };
    }
    if (withPhoto) {
      const app = await medianLighthouse(ours.url + urls.article(withPhoto.paper, withPhoto.date, withPhoto.article.id), runs);
      lighthouseRow('article w/ photo', app);
      console.log(`${pad('', 18)}(${withPhoto.paper} ${withPhoto.article.id} 「${withPhoto.article.headline}」)`);
      // The baseline: the text seed's lead article, no photo, in the same site and run.
      const text = await medianLighthouse(ours.url + urls.article(TEXT_EDITION.paper, TEXT_EDITION.date, site.text.articles[0]!.id), runs);
      lighthouseRow('text article', text);
      results.article = { app, copy: text };
    }
  }

  console.log('\nFirst view of the PDF site: responses until network idle, gzip -9 (brotli q11)');
  // Each text view of the PDF edition beside the same view of the text seed, built into the same site.
  const first = views[0]!;
  const textLead = site.text.articles[0]!;
  const firstViews = [
    { name: 'text front (lsrb)', path: urls.edition(TEXT_EDITION.paper, TEXT_EDITION.date), baseline: null },
    { name: `PDF front (${first.paper})`, path: urls.edition(first.paper, first.date), baseline: 'text front (lsrb)' },
    { name: 'text article (lsrb)', path: urls.article(TEXT_EDITION.paper, TEXT_EDITION.date, textLead.id), baseline: null },
    ...(withPhoto
      ? [{ name: 'PDF article w/ photo', path: urls.article(withPhoto.paper, withPhoto.date, withPhoto.article.id), baseline: 'text article (lsrb)' }]
      : []),
    ...views.map((view) => ({ name: `page view ${view.name}`, path: view.path, baseline: null })),
  ];
  const jsGzip: Record<string, number> = {};
  for (const view of firstViews) {
    const totals = await firstViewBytes(browser, ours.url + view.path, (page) => page.locator('h1').first().waitFor());
    jsGzip[view.name] = totals.js!.gzip;
    const cell = (type: string) => `${pad(`${totals[type]!.count} ${type}`, 7)}${pad(`${kb(totals[type]!.gzip)} (${kb(totals[type]!.brotli)})`, 22)}`;
    console.log(`${pad(view.name, 22)}${cell('js')}${cell('css')}${cell('json')}`);
    console.log(`${pad('', 22)}${totals.js!.files.join(', ')}; after ready: ${totals.jsIdle!.files.join(', ') || 'none'}`);
  }

  console.log('\nBudgets, the printed page');
  for (const view of views) {
    const figures = results[view.name];
    if (figures?.copy) {
      budget(
        figures.app.lcp <= figures.copy.lcp * 1.15,
        `page view LCP ≤ 1.15× the script-free page with the same image, ${view.name}: ${(figures.app.lcp / figures.copy.lcp).toFixed(2)}× (${Math.round(figures.app.lcp)} / ${Math.round(figures.copy.lcp)} ms)`,
      );
    }
    budget(phoneBytes[view.name]! <= PHONE_IMAGE_BUDGET, `phone-width page image (390 px, 2x) ≤ 150 KB, ${view.name}: ${kb(phoneBytes[view.name]!)}`);
  }
  const article = results.article?.app;
  if (article) {
    budget(article.cls < 0.0005, `CLS 0 on the article with a photo: ${article.cls.toFixed(3)}`);
    // As bench:web's other Lighthouse budgets: 100, or ≥ 98 when the load average shows the machine busy.
    const least = loadavg()[0]! > 1 ? 98 : 100;
    const text = results.article!.copy!;
    budget(
      article.score >= least,
      `Lighthouse mobile performance ${least === 100 ? '100' : '≥ 98 (machine busy)'} on the article with a photo: ${article.score} (text article, same run: ${text.score}; TBT ${Math.round(article.tbt)} / ${Math.round(text.tbt)} ms)`,
    );
  } else if (!withPhoto) budget(false, 'an article with a photo: none in the PDF site');
  for (const view of firstViews.filter((v) => v.baseline !== null)) {
    const baseline = jsGzip[view.baseline!]!;
    budget(
      jsGzip[view.name]! <= baseline,
      `first-view JS of a text view of the PDF edition not above the text edition's, ${view.name}: ${kb(jsGzip[view.name]!)} (${view.baseline}: ${kb(baseline)})`,
    );
  }
  const front = jsGzip['text front (lsrb)']!;
  const beside = options.mainFrontJsGzip === null ? '' : ` (dist/'s front page in this run: ${kb(options.mainFrontJsGzip)})`;
  budget(front <= 120 * 1024, `first-view JS of the text edition's front page ≤ 120 KB gzip: ${kb(front)}${beside}`);
  await ours.close();
  await plain.close();
  if (options.keep) console.log(`kept the PDF site at ${site.root} (serve ${site.dist} for a look by hand)`);
  else rmSync(site.root, { recursive: true, force: true });
}
