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
