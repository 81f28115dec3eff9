/** What parsing one page gives: the shapes every pass builds toward. */
import type { Author, Block } from '../schema/edition.ts';
import type { NoteRuleName } from './noteRules.ts';

export interface ParsedArticle {
  kind: 'story' | 'brief';
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  series: string | null;
  byline: string | null;
  authors: Author[];
  dateline: string | null;
  /** The source citation printed with the byline: `《人民日报》（2025年01月03日第 01 版）`. */
  printedIn: string | null;
  /** A cut excerpt from a page's overview of its articles, not the article's full text. */
  teaser: boolean;
  blocks: Block[];
  startLine: number;
  endLine: number;
}

export interface ParsedBanner {
  text: string;
  startLine: number;
  endLine: number;
}

/** What page furniture a line of a saved e-paper page (数字报) is. */
export type ChromeKind =
  | 'page'
  | 'page-list'
  | 'date'
  | 'issue'
  | 'navigation'
  | 'headline-list'
  | 'masthead'
  | 'other'
  /** A text the site printed twice in a row: the second copy. */
  | 'repeat'
  /** A printed page's furniture (PDF pages): page header or footer, advertisement, notice (公告), weather table, index box. */
  | 'header'
  | 'ad'
  | 'notice'
  | 'weather'
  | 'index';

/** Page furniture: kept as the page's own data, never as an article or article text. */
export interface ParsedChrome {
  kind: ChromeKind;
  /** The lines as printed, joined with line breaks. */
  text: string;
  startLine: number;
  endLine: number;
}

/** What the furniture says about the page, for checking against the manifest. */
export interface PageFacts {
  /** This page's number and name, from a `第05版:旅游报05版` line that is not part of the page list. */
  page: { number: number; name: string | null } | null;
  /** The site's list of the edition's pages. */
  pages: { number: number; name: string | null }[];
  /** The date the furniture prints, as YYYY-MM-DD. */
  date: string | null;
  /** The site's list of this page's headlines, each joined from the lines it was printed on. */
  headlines: string[];
}

export interface ParseWarning {
  line: number;
  message: string;
}

export interface ParsedPage {
  articles: ParsedArticle[];
  banners: ParsedBanner[];
  chrome: ParsedChrome[];
  facts: PageFacts;
  warnings: ParseWarning[];
}

/** A warning that names the rule that made the guess, so a wrong guess can be traced to its code (rules: noteRules.ts). */
export function note(line: number, rule: NoteRuleName, message: string): ParseWarning {
  return { line, message: `${message} (rule: ${rule})` };
}
