/**
 * What a person reads on a typeset page, in the shape of ../shared/samples-pdf/*.reading.json (articles with
 * headline, kicker, subheadline, authors, a point inside the text and runs of it; notArticles with their kind),
 * plus where things stand. Computed from the layout, never by reading the PDF back.
 */

/** [x, y] or [x, y, w, h] as fractions of the page's width and height, origin top-left. */
export type Point = [number, number];
export type Area = [number, number, number, number];

export interface ArticleReading {
  headline: string;
  kicker?: string;
  subheadline?: string;
  authors: string[];
  point: Point;
  textIncludes: string[];
  /** The story's box: head, text and photos. */
  area: Area;
  /** Jump lines printed with it: `（下转第2版）`, `（上接第1版）`. */
  jumps?: string[];
  photos?: { area: Area; caption: string; credit?: string }[];
}

export interface NotArticleReading {
  kind: 'header' | 'ad' | 'notice' | 'weather';
  text: string;
  point: Point;
  area: Area;
}

export interface PageReadingTable {
  paper: string;
  date: string;
  page: string;
  pageName: string;
  /** The page's text layer cannot be read (a scan, fonts without Unicode maps): what a person sees is listed anyway. */
  unusableTextLayer?: boolean;
  articles: ArticleReading[];
  notArticles: NotArticleReading[];
}
