/**
 * What a published site folder must hold for its parts to agree, read from the files as a static host serves
 * them: the data, the prerendered pages, the archive, the feeds, the sitemaps and the search index. Used by
 * publish-crash.spec.ts after each kill. Throws an Error naming the first disagreement.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { readIndexes, readSite } from '../../src/cli/prerenderData.ts';
import { editionPaths, htmlFileOf, sitePaths } from '../../src/cli/sitePaths.ts';
import { feedFile, sitemapFile } from '../../src/cli/siteFeeds.ts';
import { dataPaths, yearOf } from '../../src/schema/dataPaths.ts';
import type { EditionIndex } from '../../src/schema/edition.ts';
import { SearchIndexManifestSchema, shardOf } from '../../src/search/searchIndexFiles.ts';
import { urls } from '../../src/schema/urls.ts';

function fail(what: string): never {
  throw new Error(`site disagrees with itself: ${what}`);
}

const readText = (dist: string, file: string) => {
  if (!existsSync(join(dist, file))) fail(`${file} is missing`);
  return readFileSync(join(dist, file), 'utf8');
};

/** The hydration data a prerendered page carries. */
function pageState(html: string, file: string): { path?: string; loaderData: Record<string, unknown> } {
  const match = /<script type="application\/json" id="reader-state">(.*?)<\/script>/s.exec(html);
  if (!match) fail(`${file} carries no hydration data`);
  return JSON.parse(match[1]!) as { path?: string; loaderData: Record<string, unknown> };
}

/** Article URLs a Pagefind shard holds (its fragments: gzip, `pagefind_dcd`, then JSON with the metadata). */
function shardUrls(folder: string): string[] {
  const fragments = join(folder, 'fragment');
  return readdirSync(fragments).map((name) => {
    const bytes = gunzipSync(readFileSync(join(fragments, name)));
    return (JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as { meta: { url: string } }).meta.url;
  });
}

export interface SiteSummary {
  /** Every route path of the site (the URL contract applied to its data). */
  paths: string[];
  /** Latest edition date of each paper. */
  latest: Record<string, string>;
}

/** Checks that the site in `dist` agrees with itself; returns its routes. */
export function checkSite(dist: string): SiteSummary {
  const data = join(dist, 'data');
  const site = readSite(data);
  const indexes: EditionIndex[] = readIndexes(data, site);
  const paths = sitePaths(site, indexes);
  const latest: Record<string, string> = {};

  // Data: each paper's latest edition is its newest dated index, and its neighbours link both ways.
  for (const paper of site.papers) {
    const own = indexes.filter((e) => e.paper.slug === paper.slug).map((e) => e.date);
    if (own.at(-1) !== paper.latest.date) fail(`site.json says ${paper.slug}'s latest is ${paper.latest.date}, the archive ends at ${own.at(-1)}`);
    if (own.length !== paper.editionCount) fail(`site.json counts ${paper.editionCount} editions of ${paper.slug}, the archive lists ${own.length}`);
    latest[paper.slug] = paper.latest.date;
  }
  for (const e of indexes) {
    for (const article of e.articles)
      if (!existsSync(join(data, dataPaths.article(e.paper.slug, e.date, article.id))))
        fail(`${e.paper.slug}/${e.date} lists article ${article.id}, whose file is missing`);
    if (e.next && !indexes.some((o) => o.paper.slug === e.paper.slug && o.date === e.next))
      fail(`${e.paper.slug}/${e.date}'s next edition ${e.next} does not exist`);
  }

  // Pages: every route is a file, no edition has pages without data, and the home page holds today's site.json.
  for (const path of paths) readText(dist, htmlFileOf(path));
  for (const paper of site.papers) {
    for (const entry of readdirSync(join(dist, paper.slug), { withFileTypes: true })) {
      if (
        entry.isDirectory() &&
        /^\d{4}-\d{2}-\d{2}$/.test(entry.name) &&
        !indexes.some((e) => e.paper.slug === paper.slug && e.date === entry.name)
      ) {
        fail(`${paper.slug}/${entry.name}/ has pages but no edition data`);
      }
    }
  }
  // The home and paper pages show each paper's latest edition as data/site.json names it: their loader data says
  // which edition they drew (the home page of several papers lists them, each linking its latest edition).
  for (const path of [urls.home(), ...site.papers.map((p) => urls.paper(p.slug))]) {
    const file = htmlFileOf(path);
    const html = readText(dist, file);
    const drawn = Object.values(pageState(html, file).loaderData).find(
      (value): value is { paper: string; date: string } => typeof (value as { date?: unknown } | null)?.date === 'string',
    );
    const stale = drawn
      ? site.papers.find((p) => p.slug === drawn.paper)?.latest.date !== drawn.date
      : site.papers.some((p) => !html.includes(`href="${urls.edition(p.slug, p.latest.date)}`));
    if (stale) fail(`${file} was drawn from another site.json than data/site.json`);
  }
  for (const e of indexes) {
    const file = htmlFileOf(urls.edition(e.paper.slug, e.date));
    // Drawn from the edition's index as it is now: its 后一期 links the next edition, or is greyed when there is none.
    const next = /<a aria-label="后一期[^"]*"[^>]*href="([^"]+)"/.exec(readText(dist, file))?.[1] ?? null;
    if (next !== (e.next ? urls.edition(e.paper.slug, e.next) : null)) fail(`${file} does not carry its edition's next (${e.next})`);
  }

  // Feeds and sitemaps: every link is a page of the site, and each year's sitemap lists exactly its editions' pages.
  // A sitemap needs absolute URLs: a site built without SITE_URL has none, and no Sitemap line in robots.txt.
  const pathSet = new Set(paths);
  const sitemaps = /^Sitemap: https?:\/\//m.test(readText(dist, 'robots.txt'));
  if (!sitemaps && (existsSync(join(dist, 'sitemap.xml')) || /^Sitemap:/m.test(readText(dist, 'robots.txt'))))
    fail('a site without SITE_URL has a sitemap or a relative Sitemap line');
  for (const paper of site.papers) {
    const feed = readText(dist, feedFile(paper.slug));
    const links = [...feed.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"\/>/g)].map((m) => m[1]!);
    for (const link of links) if (!pathSet.has(link)) fail(`${feedFile(paper.slug)} links to ${link}, not a page of the site`);
    const newest = indexes.find((e) => e.paper.slug === paper.slug && e.date === paper.latest.date)!;
    for (const article of newest.articles)
      if (!links.includes(urls.article(paper.slug, newest.date, article.id)))
        fail(`${feedFile(paper.slug)} lacks the latest edition's ${article.id}`);
    if (!sitemaps) continue;
    for (const year of new Set(indexes.filter((e) => e.paper.slug === paper.slug).map((e) => yearOf(e.date)))) {
      const file = sitemapFile(paper.slug, year);
      const locs = [...readText(dist, file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).sort();
      const expected = indexes
        .filter((e) => e.paper.slug === paper.slug && yearOf(e.date) === year)
        .flatMap(editionPaths)
        .sort();
      if (JSON.stringify(locs) !== JSON.stringify(expected)) fail(`${file} does not list exactly the pages of ${paper.slug}'s ${year} editions`);
    }
  }

  // Search: one shard per year with editions and one for the newest edition's month (src/search/searchIndexFiles.ts),
  // each holding exactly its editions' articles, each a page of the site.
  const manifest = SearchIndexManifestSchema.parse(JSON.parse(readText(dist, 'pagefind/shards.json')));
  const newest = indexes
    .map((e) => e.date)
    .sort()
    .at(-1);
  const recentMonth = newest?.slice(0, 7) ?? null;
  const shardIds = [...new Set(indexes.map((e) => shardOf(e.date, recentMonth)))].sort().reverse();
  if (JSON.stringify(manifest.shards.map((s) => s.id)) !== JSON.stringify(shardIds))
    fail(`pagefind/shards.json lists ${manifest.shards.map((s) => s.id)}, the data has shards ${shardIds}`);
  for (const shard of manifest.shards) {
    const articles = indexes
      .filter((e) => shardOf(e.date, recentMonth) === shard.id)
      .flatMap((e) => e.articles.map((a) => urls.article(e.paper.slug, e.date, a.id)));
    const indexed = shardUrls(join(dist, 'pagefind', shard.id));
    if (shard.documents !== articles.length)
      fail(`pagefind/shards.json counts ${shard.documents} articles in ${shard.id}, the data has ${articles.length}`);
    if (JSON.stringify([...indexed].sort()) !== JSON.stringify([...articles].sort()))
      fail(`the ${shard.id} search index holds other articles than the data`);
    if (!existsSync(join(dist, 'pagefind', shard.id, 'pagefind.js'))) fail(`pagefind/${shard.id}/pagefind.js is missing`);
  }
  return { paths, latest };
}

/** A file's bytes; in a page, the clock times TanStack Query stamps on the data it carries set to 0. */
function timeless(path: string): Buffer | string {
  const bytes = readFileSync(path);
  return path.endsWith('.html') ? bytes.toString('utf8').replace(/"(dataUpdatedAt|errorUpdatedAt|dehydratedAt)":\d+/g, '"$1":0') : bytes;
}

/** Every file of a site as a static host serves it (through the dist link), path → content hash. */
export function siteTree(dist: string, { withState = false } = {}): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      // publish-state.json holds the data files' modification times: a copy of the data folder has others.
      else if (withState || relative(dist, path) !== join('data', dataPaths.publishState()))
        files.set(relative(dist, path), createHash('sha256').update(timeless(path)).digest('hex'));
    }
  };
  walk(dist);
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}
