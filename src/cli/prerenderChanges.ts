import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { paperYears, urls } from '../schema/urls.ts';
import { buildOptions, prerender, type PrerenderSummary } from './prerender.ts';
import { readIndex, readSite } from './prerenderData.ts';
import { editionPaths, htmlFileOf } from './sitePaths.ts';

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
  const options = buildOptions();
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
