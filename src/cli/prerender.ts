/**
 * Prerendering: every route of the URL contract written as static HTML into dist/, drawn by the reader's own
 * components (src/app/server.tsx, built by `vite build --ssr`), with its <head> (title, description, canonical,
 * Open Graph, JSON-LD) and the data the browser needs to hydrate it without fetching again. Also the 404 page,
 * the sitemap, each paper's Atom feed and robots.txt.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dataPaths } from '../schema/dataPaths.ts';
import { DATA_FOLDER } from '../schema/dataPaths.ts';
import { ArchiveYearSchema, EditionIndexSchema, SiteSchema, type EditionIndex, type Site } from '../schema/edition.ts';
import { paperYears, urls } from '../schema/urls.ts';
import type { DocumentHead } from '../app/ui/documentHead.ts';
import type { HydrationState, RenderResult } from '../app/server.tsx';
import { InputError } from '../node/InputError.ts';
import { faultFor, stage } from '../node/faults.ts';
import { escapeMarkup, writeFileAtomically } from '../node/files.ts';
import { editionPaths, htmlFileOf, sitePaths } from './sitePaths.ts';
import {
  link,
  atomFeed,
  FEED_EDITIONS,
  hasSitemap,
  feedFile,
  redirectsFile,
  robotsTxt,
  sitemapFile,
  sitemapIndex,
  sitemapYear,
} from './siteFeeds.ts';

export const SERVER_DIR = 'dist-server';
/** The built app's index.html before any route is written over it: every page starts from it. */
export const SHELL = join(SERVER_DIR, 'shell.html');
/** The options the site was built with (base path, site URL): update-site renders with the same. */
export const BUILD_OPTIONS = join(SERVER_DIR, 'build.json');
// No route matches it (four segments, none of them page, section or article): the generic 404 view.
const NOT_FOUND_PATH = '/__404__/__/__/__';

interface ServerModule {
  renderPath: (path: string) => Promise<RenderResult>;
  forgetData: () => void;
}

export interface PrerenderOptions {
  dist: string;
  /** The deploy's base path, as BASE_PATH: `/` or `/sub/`. */
  base: string;
  /** Absolute origin (and path) of the deployed site for canonical URLs, feeds and the sitemap; '' leaves them relative. */
  siteUrl: string;
  /** Only these paths (update-site); all routes when omitted. */
  paths?: readonly string[];
  /** Where the built prerenderer is: SERVER_DIR unless told. */
  serverDir?: string;
  /**
   * The site is not being served while this runs (a build's new dist/): pages are written as new files. Otherwise
   * each replaces the old one by rename, so a reader never meets half a page.
   */
  fresh?: boolean;
  /** Only these papers' years get their sitemap rewritten (update-site); all when omitted. */
  years?: readonly { paper: string; year: number }[];
}

export interface PrerenderSummary {
  pages: number;
  ms: number;
}

export function readSite(dataDir: string): Site {
  return SiteSchema.parse(JSON.parse(readFileSync(join(dataDir, dataPaths.site()), 'utf8')));
}

/** The indexes of one paper's editions of one year, oldest first. */
export function readYear(dataDir: string, paper: string, year: number): EditionIndex[] {
  const file = join(dataDir, dataPaths.archiveYear(paper, year));
  if (!existsSync(file)) return [];
  return ArchiveYearSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).editions.map(({ date }) => readIndex(dataDir, paper, date));
}

export function readIndex(dataDir: string, paper: string, date: string): EditionIndex {
  return EditionIndexSchema.parse(JSON.parse(readFileSync(join(dataDir, dataPaths.editionIndex(paper, date)), 'utf8')));
}

export function readIndexes(dataDir: string, site: Site): EditionIndex[] {
  return paperYears(site).flatMap(({ paper, year }) => readYear(dataDir, paper, year));
}

/** The reader's data fetches, answered from the data folder on disk. */
function serveDataFrom(dataDir: string, base: string): void {
  const prefix = `${base}${DATA_FOLDER}`;
  globalThis.fetch = async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : input;
    const path = decodeURIComponent(new URL(url, 'http://prerender.invalid').pathname);
    const file = path.startsWith(prefix) ? join(dataDir, path.slice(prefix.length)) : null;
    if (!file || !existsSync(file)) return new Response('Not Found', { status: 404 });
    return new Response(await readFile(file), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

/** JSON inside a <script> element: `<` escaped, so no `</script>` or `<!--` in the data can end or bend it. */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** One route's page as the prerenderer drew it; `state` is null for a page the app draws itself (404.html). */
export interface PageParts {
  head: DocumentHead;
  html: string;
  state: HydrationState | null;
  /** Data files (relative to the data folder) the page shares with others: fetched beside the script. */
  preload: readonly string[];
}

/** The shell with one route's head, markup, hydration data and the preloads of the data files it shares. */
export function documentHtml(
  shell: string,
  { head, html: body, state, preload }: PageParts,
  options: Pick<PrerenderOptions, 'base' | 'siteUrl'>,
): string {
  const url = link(options, head.path);
  const tags = [
    `<title>${escapeMarkup(head.title)}</title>`,
    `<meta name="description" content="${escapeMarkup(head.description)}" />`,
    `<link rel="canonical" href="${escapeMarkup(url)}" />`,
    `<meta property="og:type" content="${head.type}" />`,
    `<meta property="og:title" content="${escapeMarkup(head.title)}" />`,
    `<meta property="og:description" content="${escapeMarkup(head.description)}" />`,
    `<meta property="og:url" content="${escapeMarkup(url)}" />`,
    `<meta property="og:site_name" content="报纸阅读" />`,
    `<meta property="og:locale" content="zh_CN" />`,
    ...(head.image ? [`<meta property="og:image" content="${escapeMarkup(link(options, head.image))}" />`] : []),
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${escapeMarkup(head.title)}" />`,
    `<meta name="twitter:description" content="${escapeMarkup(head.description)}" />`,
    ...(head.jsonLd ? [`<script type="application/ld+json">${scriptJson(absoluteUrls(head.jsonLd, options))}</script>`] : []),
  ].join('\n    ');
  const root = state
    ? `<div id="root" data-prerendered="">${body}</div>\n    <script type="application/json" id="reader-state">${scriptJson(state)}</script>`
    : `<div id="root">${body}</div>`;
  // A prerendered page paints from its HTML alone: the app's script and the data files it shares are asked for
  // only after the first frame (public/reader-preferences.js reads this plan), so nothing competes with the page
  // and its CSS while it paints. Its links work before the app runs. The 404 page (no state) loads the app at once.
  const parts = shellParts(shell, state !== null);
  const plan = state
    ? `  <meta name="reader-after-paint" content="${escapeMarkup(JSON.stringify({ scripts: parts.scripts, data: preload.map((file) => `${options.base}${DATA_FOLDER}${file}`) }))}" />\n  `
    : '';
  return `${parts.beforeTitle}${tags}${parts.beforeHeadEnd}${plan}${parts.beforeRoot}${root}${parts.rest}`;
}

interface ShellParts {
  beforeTitle: string;
  beforeHeadEnd: string;
  beforeRoot: string;
  rest: string;
  /** The app's scripts, taken out of a prerendered page's head (its plan names them). */
  scripts: string[];
}

const shells = new Map<string, ShellParts>();
/** The shell cut where each page's parts go, once per shell (cutting it for every page was a tenth of the time). */
function shellParts(shell: string, prerendered: boolean): ShellParts {
  const key = `${prerendered}:${shell}`;
  const known = shells.get(key);
  if (known) return known;
  const scripts: string[] = [];
  let html = shell;
  if (prerendered) {
    const take = (_tag: string, src: string) => {
      scripts.push(src);
      return '';
    };
    html = html
      .replace(/\s*<link rel="preload" as="fetch"[^>]*>/g, '')
      .replace(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g, take)
      .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, take);
  }
  const cut = (text: string, marker: string | RegExp): [string, string] => {
    const match = typeof marker === 'string' ? { index: text.indexOf(marker), 0: marker } : marker.exec(text);
    if (!match || match.index < 0) throw new Error(`prerender: the shell has no ${String(marker)}`);
    return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
  };
  const [beforeTitle, afterTitle] = cut(html, /<title>[^<]*<\/title>/);
  const [beforeHeadEnd, afterHeadEnd] = cut(afterTitle, '</head>');
  const [beforeRoot, rest] = cut(`</head>${afterHeadEnd}`, '<div id="root"></div>');
  const parts = { beforeTitle, beforeHeadEnd, beforeRoot, rest, scripts };
  shells.clear();
  shells.set(key, parts);
  return parts;
}

/** JSON-LD `url` fields are written as paths; with SITE_URL they become absolute. */
function absoluteUrls(value: Record<string, unknown>, options: Pick<PrerenderOptions, 'base' | 'siteUrl'>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) =>
    key === 'url' && typeof v === 'string' && v.startsWith('/') ? link(options, v) : v,
  ) as Record<string, unknown>;
}

/**
 * A page of a site no reader sees yet (a build's new dist/), written as a new file, in the background: creating
 * files is most of the time on a busy disk, so it runs in libuv's threads while the next page is drawn. (Replacing
 * files by rename made ext4 flush each one first: a third of the time.) A file already there (a copy or a hard
 * link of an older site) is unlinked first, so its other links keep their own content.
 */
export class NewFiles {
  private readonly pending = new Set<Promise<void>>();
  private readonly folders = new Set<string>();
  /** The first write that failed: thrown by the next write() and by done(), so no failure goes unseen. */
  private failed: Error | null = null;

  async write(path: string, text: string): Promise<void> {
    if (this.failed) throw this.failed;
    const folder = dirname(path);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    while (this.pending.size >= 16) await Promise.race(this.pending);
    const fault = faultFor(path);
    const written: Promise<void> = (fault ? Promise.reject(fault) : writeFile(path, text, { flag: 'wx' }))
      .catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
        await unlink(path);
        await writeFile(path, text, { flag: 'wx' });
      })
      .catch(async (error: unknown) => {
        // A page half written (the disk full part-way) is not left to look whole.
        await unlink(path).catch(() => undefined);
        this.failed ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => this.pending.delete(written));
    this.pending.add(written);
  }

  /** Every write finished; the first failure is thrown. */
  async done(): Promise<void> {
    await Promise.all(this.pending);
    if (this.failed) throw this.failed;
  }
}

/** Below this many pages the pages are drawn in this process; above it, by one worker process per core. */
const POOL_MIN_PAGES = 400;
/** Paths a worker is handed at a time: consecutive paths are mostly one edition's, whose files stay warm. */
const BATCH = 200;

export async function prerender(options: PrerenderOptions): Promise<PrerenderSummary> {
  const started = performance.now();
  const serverDir = options.serverDir ?? SERVER_DIR;
  if (!existsSync(join(serverDir, 'server.js')) || !existsSync(join(serverDir, 'shell.html'))) {
    throw new InputError(serverDir, null, 'the prerenderer is not built: run `npm run build` first');
  }
  const site = readSite(join(options.dist, 'data'));
  const paths = options.paths ?? sitePaths(site, readIndexes(join(options.dist, 'data'), site));
  const job = { dist: options.dist, base: options.base, siteUrl: options.siteUrl, serverDir, fresh: options.fresh ?? false };
  const workers = Math.min(availableParallelism(), Math.ceil(paths.length / BATCH));
  const pages = paths.length >= POOL_MIN_PAGES && workers > 1 ? await renderInWorkers(job, paths, workers) : await renderPages({ ...job, paths });
  // The 404 page: the app's own 404 view for readers without script; with script the app draws the real URL.
  await renderPages({ ...job, paths: [], notFound: true });
  writeFeeds(options, site);
  return { pages, ms: performance.now() - started };
}

/** One batch of pages to draw, in this process or in a worker (src/cli/prerenderWorker.ts). */
export interface RenderJob {
  dist: string;
  base: string;
  siteUrl: string;
  serverDir: string;
  paths: readonly string[];
  /** Also write 404.html. */
  notFound?: boolean;
  /** See PrerenderOptions.fresh. */
  fresh?: boolean;
}

const servers = new Map<string, Promise<ServerModule>>();

/** Draws each path with the built app (loaded once per process) and writes its HTML; returns the number written. */
export async function renderPages(job: RenderJob): Promise<number> {
  // React's production build: its development build (the default when NODE_ENV is unset) is twice as slow and
  // checks nothing the browser tests do not. Set before React is first loaded; a test runner's own value stays.
  process.env.NODE_ENV ??= 'production';
  const entry = pathToFileURL(resolve(job.serverDir, 'server.js')).href;
  if (!servers.has(entry)) servers.set(entry, import(entry) as Promise<ServerModule>);
  const server = await servers.get(entry)!;
  serveDataFrom(join(job.dist, 'data'), job.base);
  server.forgetData();
  const shell = readFileSync(join(job.serverDir, 'shell.html'), 'utf8');
  const files = new NewFiles();
  for (const path of job.paths) {
    const result = await server.renderPath(path);
    if (result.kind !== 'page' || result.status !== 200)
      throw new Error(
        `prerender: ${path} did not render a page (${result.kind === 'page' ? `${result.status}${result.error ? `: ${result.error}` : ''}` : `redirect to ${result.location}`})`,
      );
    const file = join(job.dist, htmlFileOf(path));
    const html = documentHtml(shell, result, job);
    if (job.fresh) await files.write(file, html);
    else writeFileAtomically(file, html);
    if (path === job.paths[0]) await stage('prerender-page');
  }
  await files.done();
  if (job.notFound) {
    const missing = await server.renderPath(NOT_FOUND_PATH);
    if (missing.kind === 'page') writeFileAtomically(join(job.dist, '404.html'), documentHtml(shell, { ...missing, state: null }, job));
  }
  return job.paths.length;
}

/**
 * Draws the paths in `count` worker processes (each one a core: drawing a page is all CPU), handing each a batch at a
 * time until none are left. A worker's error stops them all and is thrown here.
 */
function renderInWorkers(job: Omit<RenderJob, 'paths'>, paths: readonly string[], count: number): Promise<number> {
  const batches: string[][] = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push(paths.slice(i, i + BATCH));
  const workerFile = fileURLToPath(new URL('./prerenderWorker.ts', import.meta.url));
  const children: ChildProcess[] = [];
  return new Promise<number>((done, fail) => {
    let pages = 0;
    let running = count;
    let failure: Error | null = null;
    // Stops every worker, and fails once they have all exited: the caller then removes the folder they wrote in.
    const stop = (error: Error) => {
      if (failure) return;
      failure = error;
      for (const child of children) child.kill();
    };
    const exited = () => {
      if (--running > 0) return;
      if (failure) fail(failure);
      else if (pages !== paths.length) fail(new Error(`prerender: the workers drew ${pages} of ${paths.length} pages`));
      else done(pages);
    };
    const next = (child: ChildProcess) => {
      const batch = batches.shift();
      if (batch) child.send({ ...job, paths: batch } satisfies RenderJob);
      else child.disconnect();
    };
    for (let i = 0; i < count; i++) {
      // The worker runs with this process's flags (tsx's loader), in React's production mode.
      const child = fork(workerFile, { env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.push(child);
      child.on('message', (message: { pages?: number; error?: string }) => {
        if (message.error !== undefined) return stop(new Error(message.error));
        pages += message.pages ?? 0;
        next(child);
      });
      child.on('error', (error) => stop(error));
      child.on('exit', (code, signal) => {
        if (code !== 0 || signal) stop(new Error(`prerender: a worker stopped (${signal ?? `exit code ${code}`})`));
        exited();
      });
      next(child);
    }
  });
}

/** Sitemaps (the years asked for, and the index), each paper's feed, robots.txt and _redirects. */
function writeFeeds(options: PrerenderOptions, site: Site): void {
  const dataDir = join(options.dist, 'data');
  if (hasSitemap(options)) writeSitemaps(options, site);
  for (const paper of site.papers) {
    const latest: EditionIndex[] = [];
    for (let date: string | null = paper.latest.date; date && latest.length < FEED_EDITIONS; date = latest.at(-1)!.previous) {
      latest.push(date === paper.latest.date ? paper.latest : readIndex(dataDir, paper.slug, date));
    }
    writeFileAtomically(join(options.dist, feedFile(paper.slug)), atomFeed(options, paper, latest));
  }
  writeFileAtomically(join(options.dist, 'robots.txt'), robotsTxt(options));
  writeFileAtomically(join(options.dist, '_redirects'), redirectsFile(options.base));
}

function writeSitemaps(options: PrerenderOptions, site: Site): void {
  const dataDir = join(options.dist, 'data');
  for (const { paper, year } of options.years ?? paperYears(site)) {
    writeFileAtomically(join(options.dist, sitemapFile(paper, year)), sitemapYear(options, readYear(dataDir, paper, year)));
  }
  const years = paperYears(site).map(({ paper, year }) => ({
    file: sitemapFile(paper, year),
    lastmod: site.papers.find((p) => p.slug === paper)!.latest.date,
  }));
  writeFileAtomically(join(options.dist, 'sitemap.xml'), sitemapIndex(options, site, years));
}

export interface SiteChanges {
  touched: readonly { paper: string; date: string }[];
  removedEditions: readonly { paper: string; date: string }[];
  removedPapers: readonly string[];
  years: readonly { paper: string; year: number }[];
}

/**
 * After update-site: the pages of every edition whose index changed (new ones, and neighbours whose 前一期/后一期
 * changed), each touched paper's latest page and the home page, the sitemaps of the years written and the feeds.
 * Pages of an edition that no longer exist (a removed edition, an article gone from a re-parsed page) are deleted.
 */
export async function prerenderChanges(dist: string, changes: SiteChanges): Promise<PrerenderSummary> {
  if (!existsSync(BUILD_OPTIONS)) throw new InputError(BUILD_OPTIONS, null, 'the prerenderer is not built: run `npm run build` first');
  const options = JSON.parse(readFileSync(BUILD_OPTIONS, 'utf8')) as Pick<PrerenderOptions, 'base' | 'siteUrl'>;
  const dataDir = join(dist, 'data');
  const paths = new Set<string>();
  for (const { paper, date } of changes.touched) {
    const own = editionPaths(readIndex(dataDir, paper, date));
    own.forEach((path) => paths.add(path));
    removeOtherFiles(join(dist, paper, date), new Set(own.map((path) => join(dist, htmlFileOf(path)))));
  }
  for (const { paper, date } of changes.removedEditions) rmSync(join(dist, paper, date), { recursive: true, force: true });
  for (const paper of changes.removedPapers) rmSync(join(dist, paper), { recursive: true, force: true });
  if (changes.touched.length + changes.removedEditions.length + changes.removedPapers.length > 0) {
    paths.add(urls.home());
    const papers = new Set([...changes.touched.map((t) => t.paper), ...changes.removedEditions.map((r) => r.paper)]);
    for (const paper of papers) paths.add(urls.paper(paper));
    // Each year page lists every year of its paper: all of a touched paper's are drawn again (a few per paper).
    for (const { paper, year } of paperYears(readSite(dataDir))) if (papers.has(paper)) paths.add(urls.archive(paper, year));
  }
  return prerender({ dist, ...options, paths: [...paths], years: changes.years });
}

/** Deletes the HTML files under `folder` that are not in `keep`. */
function removeOtherFiles(folder: string, keep: ReadonlySet<string>): void {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && path.endsWith('.html') && !keep.has(path)) rmSync(path);
  }
}

/**
 * The prerenderer's shell names the app's hashed scripts and styles: they must be the ones in this dist/, or the
 * pages written would load files the site does not have (a build stopped between writing dist-server/ and
 * switching dist/).
 */
export function checkPrerenderer(dist: string): void {
  if (!existsSync(BUILD_OPTIONS) || !existsSync(SHELL))
    throw new InputError(SERVER_DIR, null, 'the prerenderer is not built: run `npm run build` first');
  const { base } = JSON.parse(readFileSync(BUILD_OPTIONS, 'utf8')) as Pick<PrerenderOptions, 'base'>;
  const shell = readFileSync(SHELL, 'utf8');
  for (const [, url] of shell.matchAll(/(?:src|href)="([^"]*assets\/[^"]+)"/g)) {
    const file = join(dist, url!.startsWith(base) ? url!.slice(base.length) : url!);
    if (!existsSync(file)) throw new InputError(SHELL, null, `is from another build than ${dist} (${url} is not there): run \`npm run build\` again`);
  }
}
