/**
 * Every page the site holds, from its data files: the URL contract (src/schema/urls.ts) applied to every paper,
 * year and edition, and the HTML file each path is written to. The prerenderer, the feeds and the sitemap, and the
 * tests that check a built site all list pages through here.
 */
import type { EditionIndex, Site } from '../schema/edition.ts';
import { ROUTES, type RouteFacts } from '../schema/urls.ts';

/** Every page of the site, from its data files: each route's pages (the route table, src/schema/urls.ts). */
export function sitePaths(site: Site, indexes: Iterable<EditionIndex>): string[] {
  const paths = Object.values(ROUTES).flatMap((route: RouteFacts) => route.sitePages?.(site) ?? []);
  for (const edition of indexes) paths.push(...editionPaths(edition));
  return paths;
}

/** The pages of one edition: its front page, pages, sections and articles. */
export function editionPaths(edition: EditionIndex): string[] {
  return Object.values(ROUTES).flatMap((route: RouteFacts) => route.editionPages?.(edition) ?? []);
}

/** Where a route's HTML goes: `/a/b/` → a/b/index.html, `/a/b` → a/b.html (what static hosts serve for either). */
export function htmlFileOf(path: string): string {
  const decoded = decodeURIComponent(path);
  return decoded.endsWith('/') ? `${decoded.slice(1)}index.html` : `${decoded.slice(1)}.html`;
}
