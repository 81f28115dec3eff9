/**
 * The reader's URL contract, in one place for the app, the build and the tests. Keep it stable: people share
 * and bookmark these.
 *   /                                   the latest edition (one paper) or the papers (several)
 *   /<paper>/                           the paper's latest edition
 *   /<paper>/<date>/                    an edition's front page
 *   /<paper>/<date>/page/<n>            a page (版)
 *   /<paper>/<date>/section/<slug>      a topic section (栏目) of the edition
 *   /<paper>/<date>/article/<id>        an article
 *   /<paper>/archive/<year>             the paper's editions of a year (往期), a page that works without script
 *   /search?q=                          search
 */
import type { EditionIndex, Site } from './edition.ts';

export const urls = {
  home: (): string => '/',
  paper: (paper: string): string => `/${paper}/`,
  edition: (paper: string, date: string): string => `/${paper}/${date}/`,
  page: (paper: string, date: string, page: number): string => `/${paper}/${date}/page/${page}`,
  section: (paper: string, date: string, section: string): string => `/${paper}/${date}/section/${encodeURIComponent(section)}`,
  article: (paper: string, date: string, id: string): string => `/${paper}/${date}/article/${encodeURIComponent(id)}`,
  archive: (paper: string, year: number): string => `/${paper}/archive/${year}`,
  search: (query = ''): string => (query ? `/search?${new URLSearchParams({ q: query }).toString()}` : '/search'),
} as const;

/** What the route table knows of a route: its pattern, and which of the site's pages it draws. */
export interface RouteFacts {
  /** react-router's pattern, below the root route (`''` is the index route). */
  path: string;
  /** Its pages that follow from the site alone (every paper, every year). */
  sitePages?: (site: Site) => string[];
  /** Its pages of one edition. */
  editionPages?: (edition: EditionIndex) => string[];
}

/**
 * The route table: each route of the reader, by id, with its pattern and the pages of it that the prerenderer
 * writes. The router (src/app/router.tsx) gives each id its loader and view, the server (src/app/server.tsx) its
 * head, both as records over RouteId, so a route added here fails to type-check until it has all three; the
 * prerenderer and the sitemap list pages from here (src/cli/sitePaths.ts). Order is the router's.
 */
export const ROUTES = {
  home: { path: '', sitePages: () => [urls.home()] },
  // Before :paper (a static segment ranks first; `search` is a reserved slug).
  search: { path: 'search', sitePages: () => [urls.search()] },
  paper: { path: ':paper', sitePages: (site) => site.papers.map((paper) => urls.paper(paper.slug)) },
  edition: { path: ':paper/:date', editionPages: (e) => [urls.edition(e.paper.slug, e.date)] },
  archive: { path: ':paper/archive/:year', sitePages: (site) => paperYears(site).map(({ paper, year }) => urls.archive(paper, year)) },
  page: { path: ':paper/:date/page/:page', editionPages: (e) => e.pages.map((p) => urls.page(e.paper.slug, e.date, p.number)) },
  section: { path: ':paper/:date/section/:section', editionPages: (e) => e.sections.map((s) => urls.section(e.paper.slug, e.date, s.slug)) },
  article: { path: ':paper/:date/article/:id', editionPages: (e) => e.articles.map((a) => urls.article(e.paper.slug, e.date, a.id)) },
  /** Any other path: an old URL redirected, or the 404 view (404.html). */
  notFound: { path: '*' },
} as const satisfies Record<string, RouteFacts>;

export type RouteId = keyof typeof ROUTES;

/** Every paper's years, from its first edition to its latest. */
export function paperYears(site: Site): { paper: string; year: number }[] {
  return site.papers.flatMap((paper) => {
    const years = [];
    for (let year = Number(paper.first.slice(0, 4)); year <= Number(paper.latest.date.slice(0, 4)); year++) years.push({ paper: paper.slug, year });
    return years;
  });
}
