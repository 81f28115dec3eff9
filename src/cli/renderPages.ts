/**
 * Drawing a batch of pages: the reader's own components (src/app/server.tsx, built by `vite build --ssr`) render
 * each path, with the data folder as `fetch`, and its HTML is written into dist/.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RenderResult } from '../app/server.tsx';
import { stage } from '../node/faults.ts';
import { writeFileAtomically } from '../node/files.ts';
import { documentHtml } from './documentHtml.ts';
import { NewFiles } from './NewFiles.ts';
import { serveDataFrom } from './prerenderData.ts';
import { htmlFileOf } from './sitePaths.ts';

// No route matches it (four segments, none of them page, section or article): the generic 404 view.
const NOT_FOUND_PATH = '/__404__/__/__/__';

interface ServerModule {
  renderPath: (path: string) => Promise<RenderResult>;
  forgetData: () => void;
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
  /**
   * The site is not being served while this runs (a build's new dist/): pages are written as new files. Otherwise
   * each replaces the old one by rename, so a reader never meets half a page.
   */
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
