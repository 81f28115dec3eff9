/**
 * bench:web's tools shared by its parts (web.ts, webPdf.ts): Lighthouse runs in a Chromium of their own, medians
 * of them, and script-free copies of a rendered page (the plain-HTML baseline).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import lighthouse from 'lighthouse';
import { recordAppReady } from '../e2e/appReadyAt.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../e2e/chromium.ts';

export const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

export const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => `${Math.round(value)} ms`;
export const pad = (text: string, width: number) => text.padEnd(width);
export const budget = (ok: boolean, text: string) => console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);

/**
 * The rendered page with its scripts taken out and its stylesheets inlined: what a server-rendered copy would send.
 * `heading` names the h1 to wait for; null waits for any h1.
 */
export async function staticCopy(page: Page, origin: string, dist: string, path: string, heading: string | null): Promise<string> {
  await page.goto(origin + path);
  await (heading === null ? page.locator('h1').first() : page.getByRole('heading', { level: 1, name: heading })).waitFor();
  await page.waitForLoadState('networkidle');
  let html = await page.evaluate(() => '<!doctype html>\n' + document.documentElement.outerHTML);
  html = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  html = html.replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');
  // The app's CSP (style-src 'self') would block the inlined styles; the copy has no script to guard.
  html = html.replace(/<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi, '');
  html = html.replace(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/gi, (_tag, href: string) => {
    const css = readFileSync(join(dist, new URL(href, origin).pathname), 'utf8');
    return `<style>${css}</style>`;
  });
  if (/<script\b/i.test(html) || !html.includes('<style>')) throw new Error(`static copy of ${path} still has a script or no CSS`);
  return html;
}

interface Launched {
  process: ChildProcess;
  port: number;
  profile: string;
}

function launchChromium(): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-web-chromium-'));
  const child = spawn(CHROMIUM, [...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${seen}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, port: Number(match[1]), profile });
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited with ${code}: ${seen}`)));
  });
}

export interface LighthouseFigures {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
}

async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const chrome = await launchChromium();
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      bytes: audit('total-byte-weight'),
    };
  } finally {
    chrome.process.kill();
    await new Promise((resolve) => (chrome.process.exitCode === null ? chrome.process.once('exit', resolve) : resolve(null)));
    rmSync(chrome.profile, { recursive: true, force: true });
  }
}

export async function medianLighthouse(url: string, runCount: number): Promise<LighthouseFigures> {
  const runs: LighthouseFigures[] = [];
  // A run can fail on a busy machine (NO_FCP and other timeouts): try again, twice at most.
  for (let attempt = 0; runs.length < runCount && attempt < runCount + 2; attempt++) {
    try {
      runs.push(await runLighthouse(url));
    } catch (error) {
      console.log(`  (a Lighthouse run of ${url} failed, trying again: ${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (runs.length === 0) throw new Error(`every Lighthouse run of ${url} failed`);
  const pick = (key: keyof LighthouseFigures) => median(runs.map((figures) => figures[key]));
  return { score: pick('score'), fcp: pick('fcp'), lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'), bytes: pick('bytes') };
}

export const lighthouseHeader = () =>
  `${pad('page', 18)}${pad('score', 7)}${pad('FCP', 9)}${pad('LCP', 9)}${pad('TBT', 8)}${pad('CLS', 7)}transferred`;
export const lighthouseRow = (label: string, figures: LighthouseFigures, width = 18) =>
  console.log(
    `${pad(label, width)}${pad(String(figures.score), 7)}${pad(ms(figures.fcp), 9)}${pad(ms(figures.lcp), 9)}${pad(ms(figures.tbt), 8)}${pad(figures.cls.toFixed(3), 7)}${kb(figures.bytes)}`,
  );

export interface Bytes {
  /** The files' names with their gzip sizes, for JS only (which chunks a view loads). */
  files: string[];
  count: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * Every JS, CSS and JSON response of a fresh load of `url`, until the network is idle after `ready` resolves:
 * raw, gzip -9 and brotli q11 with node:zlib, by type. `js` is the first view's: what the page fetched until the app
 * had taken it over (`<html data-app="ready">`). JS it asks for only after that, when the browser is idle (the offline
 * worker's registration) or ahead of a link, is `jsIdle`: loaded on demand, not part of the first view.
 */
export async function firstViewBytes(browser: Browser, url: string, ready: (page: Page) => Promise<unknown>): Promise<Record<string, Bytes>> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const bodies: Promise<{ type: string; name: string; body: Buffer } | null>[] = [];
  await recordAppReady(page);
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    const type = /\.js$/.test(pathname) ? 'js' : /\.css$/.test(pathname) ? 'css' : /\.json$/.test(pathname) ? 'json' : null;
    const name = pathname.split('/').at(-1)!;
    if (type)
      bodies.push(
        response.body().then(
          (body) => ({ type, name, body }),
          () => null,
        ),
      );
  });
  await page.goto(url);
  await ready(page);
  await page.waitForFunction(() => 'appReadyAt' in window);
  await page.waitForLoadState('networkidle');
  const afterReady = new Set(
    await page.evaluate(() => {
      const readyAt = (window as unknown as { appReadyAt: number }).appReadyAt;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime > readyAt)
        .map((entry) => new URL(entry.name).pathname.split('/').at(-1)!);
    }),
  );
  const totals: Record<string, Bytes> = {};
  for (const type of ['js', 'jsIdle', 'css', 'json']) totals[type] = { files: [], count: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const item of await Promise.all(bodies)) {
    if (!item) continue;
    const total = totals[item.type === 'js' && afterReady.has(item.name) ? 'jsIdle' : item.type]!;
    total.count += 1;
    total.raw += item.body.length;
    const gzip = gzipSync(item.body, { level: 9 }).length;
    total.gzip += gzip;
    if (item.type.startsWith('js')) total.files.push(`${item.name} ${(gzip / 1024).toFixed(1)}`);
    total.brotli += brotliCompressSync(item.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  await context.close();
  return totals;
}
