/**
 * Every page the site holds, from its data files: the URL contract (src/schema/urls.ts) applied to every paper,
 * year and edition, and the HTML file each path is written to. The prerenderer, the feeds and the sitemap, and the
 * tests that check a built site all list pages through here.
 */
import type { EditionIndex, Site } from '../schema/edition.ts';
import { urls } from '../schema/urls.ts';

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

/** Every paper's years, from its first edition to its latest. */
export function paperYears(site: Site): { paper: string; year: number }[] {
  return site.papers.flatMap((paper) => {
    const years = [];
    for (let year = Number(paper.first.slice(0, 4)); year <= Number(paper.latest.date.slice(0, 4)); year++) years.push({ paper: paper.slug, year });
    return years;
  });
}
