/**
 * Where every generated data file lives, relative to the data folder (public/data at build time, <base>/data/
 * in the browser). Ingest, update-site, the app, the benchmarks and the tests all name files through this
 * module; nobody writes a data path by hand.
 */
/** The folder generated data is served from, below the site's base path (public/data at build time). */
export const DATA_FOLDER = 'data/';

export const dataPaths = {
  /** The papers, each with its latest edition's index: the first view's one data file. */
  site: (): string => 'site.json',
  /** One paper's editions of one year, for the calendar. */
  archiveYear: (paper: string, year: number): string => `${paper}/archive/${year}.json`,
  /** Everything of one edition lives under this folder. */
  editionFolder: (paper: string, date: string): string => `${paper}/${date}`,
  editionIndex: (paper: string, date: string): string => `${paper}/${date}/index.json`,
  editionFull: (paper: string, date: string): string => `${paper}/${date}/edition.json`,
  article: (paper: string, date: string, id: string): string => `${paper}/${date}/articles/${id}.json`,
  /** The raw lines an article was parsed from, with the parser's notes on them: fetched only when 原文 is opened. */
  articleSource: (paper: string, date: string, id: string): string => `${paper}/${date}/source/${id}.json`,
  /** A printed page's image at one width (PDF pages only). */
  pageImage: (paper: string, date: string, page: number, width: number, ext: 'webp' | 'avif'): string =>
    `${paper}/${date}/pages/${page}-${width}.${ext}`,
  /** A printed page's PDF, for download. */
  pagePdf: (paper: string, date: string, page: number): string => `${paper}/${date}/pages/${page}.pdf`,
  /** A photo cut from a printed page, at one width: `n` numbers the page's photos in reading order. */
  photo: (paper: string, date: string, page: number, n: number, width: number, ext: 'webp' | 'avif'): string =>
    `${paper}/${date}/photos/${page}-${n}-${width}.${ext}`,
  /** update-site's memory: the content hash of each edition's inputs. Not read by the app. */
  publishState: (): string => 'publish-state.json',
} as const;

/** The calendar year of an ISO date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
