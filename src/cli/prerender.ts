/**
 * Prerendering: every route of the URL contract written as static HTML into dist/, drawn by the reader's own
 * components (src/app/server.tsx, built by `vite build --ssr`), with its <head> and the data the browser needs to
 * hydrate it without fetching again (src/cli/documentHtml.ts). Also the 404 page, the sitemap, each paper's Atom
 * feed and robots.txt (src/cli/writeFeeds.ts). The pages are drawn by src/cli/renderPages.ts, in worker processes
 * for a large site (src/cli/renderPaths.ts); update-site draws only what changed (src/cli/prerenderChanges.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../node/InputError.ts';
import { readIndexes, readSite } from './prerenderData.ts';
import { renderPages } from './renderPages.ts';
import { renderPaths } from './renderPaths.ts';
import { sitePaths } from './sitePaths.ts';
import { writeFeeds } from './writeFeeds.ts';

export const SERVER_DIR = 'dist-server';
/** The built app's index.html before any route is written over it: every page starts from it. */
export const SHELL = join(SERVER_DIR, 'shell.html');
/** The options the site was built with (base path, site URL): update-site renders with the same. */
export const BUILD_OPTIONS = join(SERVER_DIR, 'build.json');

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

export async function prerender(options: PrerenderOptions): Promise<PrerenderSummary> {
  const started = performance.now();
  const serverDir = options.serverDir ?? SERVER_DIR;
  if (!existsSync(join(serverDir, 'server.js')) || !existsSync(join(serverDir, 'shell.html'))) {
    throw new InputError(serverDir, null, 'the prerenderer is not built: run `npm run build` first');
  }
  const site = readSite(join(options.dist, 'data'));
  const paths = options.paths ?? sitePaths(site, readIndexes(join(options.dist, 'data'), site));
  const job = { dist: options.dist, base: options.base, siteUrl: options.siteUrl, serverDir, fresh: options.fresh ?? false };
  const pages = await renderPaths(job, paths);
  // The 404 page: the app's own 404 view for readers without script; with script the app draws the real URL.
  await renderPages({ ...job, paths: [], notFound: true });
  writeFeeds(options, site);
  return { pages, ms: performance.now() - started };
}

/** The base path and site URL the site in dist/ was built with (written by the build). */
export function buildOptions(): Pick<PrerenderOptions, 'base' | 'siteUrl'> {
  if (!existsSync(BUILD_OPTIONS)) throw new InputError(BUILD_OPTIONS, null, 'the prerenderer is not built: run `npm run build` first');
  return JSON.parse(readFileSync(BUILD_OPTIONS, 'utf8')) as Pick<PrerenderOptions, 'base' | 'siteUrl'>;
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
