/**
 * Prerendering: every route of the URL contract written as static HTML into dist/, drawn by the reader's own
 * components (src/app/server.tsx, built by `vite build --ssr`), with its <head> (title, description, canonical,
 * Open Graph, JSON-LD) and the data the browser needs to hydrate it without fetching again. Also the 404 page,
 * the sitemap, each paper's Atom feed and robots.txt.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataPaths } from '../schema/dataPaths.ts';
import { ArchiveYearSchema, EditionIndexSchema, SiteSchema, type EditionIndex, type Site } from '../schema/edition.ts';
import { urls } from '../schema/urls.ts';
import type { DocumentHead } from '../app/ui/documentHead.ts';
import type { HydrationState, RenderResult } from '../app/server.tsx';
import { InputError } from './InputError.ts';
import { stage, writeFileChecked } from './faults.ts';
import { atomFeed, FEED_EDITIONS, feedFile, redirectsFile, robotsTxt, sitemapFile, sitemapIndex, sitemapYear } from './siteFeeds.ts';

export const SERVER_DIR = 'dist-server';
/** The built app's index.html before any route is written over it: every page starts from it. */
export const SHELL = join(SERVER_DIR, 'shell.html');
/** The options the site was built with (base path, site URL): update-site renders with the same. */
export const BUILD_OPTIONS = join(SERVER_DIR, 'build.json');
// No route matches it (four segments, none of them page, section or article): the generic 404 view.
const NOT_FOUND_PATH = '/__404__/__/__/__';

interface ServerModule {
  renderPath: (path: string) => Promise<RenderResult>;
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
  /** Only these papers' years get their sitemap rewritten (update-site); all when omitted. */
  years?: readonly { paper: string; year: number }[];
}

export interface PrerenderSummary {
  pages: number;
  ms: number;
}

/** Every route path of the site, from its data files: the URL contract applied to every edition. */
export function sitePaths(site: Site, indexes: Iterable<EditionIndex>): string[] {
  const paths = [urls.home(), urls.search()];
  for (const paper of site.papers) paths.push(urls.paper(paper.slug));
  for (const { paper, year } of paperYears(site)) paths.push(urls.archive(paper, year));
  for (const edition of indexes) paths.push(...editionPaths(edition));
  return paths;
}

export function editionPaths(edition: EditionIndex): string[] {
  const { slug } = edition.paper;
  return [
    urls.edition(slug, edition.date),
    ...edition.pages.map((p) => urls.page(slug, edition.date, p.number)),
    ...edition.sections.map((s) => urls.section(slug, edition.date, s.slug)),
    ...edition.articles.map((a) => urls.article(slug, edition.date, a.id)),
  ];
}

/** Where a route's HTML goes: `/a/b/` → a/b/index.html, `/a/b` → a/b.html (what static hosts serve for either). */
export function htmlFileOf(path: string): string {
  const decoded = decodeURIComponent(path);
  return decoded.endsWith('/') ? `${decoded.slice(1)}index.html` : `${decoded.slice(1)}.html`;
}

export function readSite(dataDir: string): Site {
  return SiteSchema.parse(JSON.parse(readFileSync(join(dataDir, dataPaths.site()), 'utf8')));
}

/** Every paper's years, from its first edition to its latest. */
export function paperYears(site: Site): { paper: string; year: number }[] {
  return site.papers.flatMap((paper) => {
    const years = [];
    for (let year = Number(paper.first.slice(0, 4)); year <= Number(paper.latest.date.slice(0, 4)); year++) years.push({ paper: paper.slug, year });
    return years;
  });
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
  const prefix = `${base}data/`;
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const path = decodeURIComponent(new URL(String(input), 'http://prerender.invalid').pathname);
    const file = path.startsWith(prefix) ? join(dataDir, path.slice(prefix.length)) : null;
    if (!file || !existsSync(file)) return new Response('Not Found', { status: 404 });
    return new Response(readFileSync(file), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON inside a <script> element: `<` escaped, so no `</script>` or `<!--` in the data can end or bend it. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

function absolute(siteUrl: string, base: string, path: string): string {
  return `${siteUrl.replace(/\/$/, '')}${base.replace(/\/$/, '')}${path}`;
}

/** The shell with one route's head, markup and hydration data in it. */
export function documentHtml(shell: string, head: DocumentHead, body: string, state: HydrationState | null, options: Pick<PrerenderOptions, 'base' | 'siteUrl'>): string {
  const url = absolute(options.siteUrl, options.base, head.path);
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    `<meta property="og:type" content="${head.type}" />`,
    `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    `<meta property="og:site_name" content="报纸阅读" />`,
    `<meta property="og:locale" content="zh_CN" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${escapeHtml(head.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(head.description)}" />`,
    ...(head.jsonLd ? [`<script type="application/ld+json">${scriptJson(absoluteUrls(head.jsonLd, options))}</script>`] : []),
  ].join('\n    ');
  let html = shell.replace(/<title>[^<]*<\/title>/, tags);
  const root = state
    ? `<div id="root" data-prerendered="">${body}</div>\n    <script type="application/json" id="reader-state">${scriptJson(state)}</script>`
    : `<div id="root">${body}</div>`;
  html = html.replace('<div id="root"></div>', root);
  // The page holds its data: the shell's preload of site.json would fetch it for nothing.
  if (state) html = html.replace(/\s*<link rel="preload" as="fetch"[^>]*>/, '');
  return html;
}

/** JSON-LD `url` fields are written as paths; with SITE_URL they become absolute. */
function absoluteUrls(value: Record<string, unknown>, options: Pick<PrerenderOptions, 'base' | 'siteUrl'>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) => (key === 'url' && typeof v === 'string' && v.startsWith('/') ? absolute(options.siteUrl, options.base, v) : v)) as Record<string, unknown>;
}

function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileChecked(tmp, text, path);
  renameSync(tmp, path);
}

export async function prerender(options: PrerenderOptions): Promise<PrerenderSummary> {
  const started = performance.now();
  const serverDir = options.serverDir ?? SERVER_DIR;
  const serverEntry = join(serverDir, 'server.js');
  const shellFile = join(serverDir, 'shell.html');
  if (!existsSync(serverEntry) || !existsSync(shellFile)) throw new InputError(serverDir, null, 'the prerenderer is not built: run `npm run build` first');
  const server = (await import(pathToFileURL(join(process.cwd(), serverEntry)).href)) as ServerModule;
  const dataDir = join(options.dist, 'data');
  serveDataFrom(dataDir, options.base);
  const shell = readFileSync(shellFile, 'utf8');
  const site = readSite(dataDir);
  const paths = options.paths ?? sitePaths(site, readIndexes(dataDir, site));
  let pages = 0;
  for (const path of paths) {
    const result = await server.renderPath(path);
    if (result.kind !== 'page' || result.status !== 200) throw new Error(`prerender: ${path} did not render a page (${result.kind === 'page' ? result.status : `redirect to ${result.location}`})`);
    writeAtomically(join(options.dist, htmlFileOf(path)), documentHtml(shell, result.head, result.html, result.state, options));
    pages++;
    if (pages === 1) await stage('prerender-page');
  }
  // The 404 page: the app's own 404 view for readers without script; with script the app draws the real URL.
  const missing = await server.renderPath(NOT_FOUND_PATH);
  if (missing.kind === 'page') writeAtomically(join(options.dist, '404.html'), documentHtml(shell, missing.head, missing.html, null, options));
  writeFeeds(options, site);
  return { pages, ms: performance.now() - started };
}

/** Sitemaps (the years asked for, and the index), each paper's feed, robots.txt and _redirects. */
function writeFeeds(options: PrerenderOptions, site: Site): void {
  const dataDir = join(options.dist, 'data');
  for (const { paper, year } of options.years ?? paperYears(site)) {
    writeAtomically(join(options.dist, sitemapFile(paper, year)), sitemapYear(options, readYear(dataDir, paper, year)));
  }
  const years = paperYears(site).map(({ paper, year }) => ({ file: sitemapFile(paper, year), lastmod: site.papers.find((p) => p.slug === paper)!.latest.date }));
  writeAtomically(join(options.dist, 'sitemap.xml'), sitemapIndex(options, site, years));
  for (const paper of site.papers) {
    const latest: EditionIndex[] = [];
    for (let date: string | null = paper.latest.date; date && latest.length < FEED_EDITIONS; date = latest.at(-1)!.previous) {
      latest.push(date === paper.latest.date ? paper.latest : readIndex(dataDir, paper.slug, date));
    }
    writeAtomically(join(options.dist, feedFile(paper.slug)), atomFeed(options, paper, latest));
  }
  writeAtomically(join(options.dist, 'robots.txt'), robotsTxt(options));
  writeAtomically(join(options.dist, '_redirects'), redirectsFile(options.base));
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
  if (!existsSync(BUILD_OPTIONS) || !existsSync(SHELL)) throw new InputError(SERVER_DIR, null, 'the prerenderer is not built: run `npm run build` first');
  const { base } = JSON.parse(readFileSync(BUILD_OPTIONS, 'utf8')) as Pick<PrerenderOptions, 'base'>;
  const shell = readFileSync(SHELL, 'utf8');
  for (const [, url] of shell.matchAll(/(?:src|href)="([^"]*assets\/[^"]+)"/g)) {
    const file = join(dist, url!.startsWith(base) ? url!.slice(base.length) : url!);
    if (!existsSync(file)) throw new InputError(SHELL, null, `is from another build than ${dist} (${url} is not there): run \`npm run build\` again`);
  }
}
