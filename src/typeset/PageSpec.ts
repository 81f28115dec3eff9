/**
 * A newspaper page as the typesetter takes it: a column grid and blocks placed on it. Units are PDF points,
 * origin at the top-left of the text area (inside the margins, under the page header), y downwards.
 */
import type { FontStyle } from './fonts.ts';

export interface PageSpec {
  paper: string;
  /** YYYY-MM-DD: printed in the header and used as the PDF's dates, so output is the same on every run. */
  date: string;
  page: { number: number; name: string };
  width: number;
  height: number;
  margin: number;
  columns: number;
  gutter: number;
  /** Body text size in points; headings are sized relative to it unless they say otherwise. */
  bodySize: number;
  /** Line pitch as a multiple of bodySize. */
  leading: number;
  /** A page header line: 版名, page number, date and paper, over a rule. */
  header: boolean;
  /** A Latin line in the header, letter-spaced (its word spaces are real spaces). */
  latinLine?: string;
  /** A footer line under a rule (编辑, 电话 …). */
  footer?: string;
  blocks: BlockSpec[];
}

/** Where a block stands: columns `cols` (0-based, inclusive), from `top`, or under other blocks (the lowest of them). */
export interface Place {
  cols: [number, number];
  top: number | { below: string | string[]; gap?: number };
}

export interface Byline {
  /** 本报记者, 记者, 通讯员 … */
  role: string;
  names: string[];
  /** 文/图, 摄 */
  contribution?: string;
}

export interface PhotoSpec {
  /** Columns of the story the photo spans (absolute column numbers, inside the story's). */
  cols: [number, number];
  height: number;
  caption: string;
  credit?: string;
  /** What the placeholder picture draws: its seed (colours and hills) and label. */
  seed: number;
}

export interface StorySpec extends Place {
  kind: 'story';
  id: string;
  kicker?: string;
  headline: string;
  subheadline?: string;
  /** Headline size in points (default 2.4 × body). */
  headlineSize?: number;
  /** The headline set top to bottom in the story's first column. */
  verticalHeadline?: boolean;
  byline?: Byline;
  /** `本报讯` or `本报讯（记者 张三）`: set in bold at the start of the first paragraph. */
  dateline?: string;
  /** Paragraphs, and subheads (小标题) between them. */
  paragraphs: (string | { subhead: string })[];
  /** Who wrote it when no byline line names them (a dateline `本报讯（记者 张三）` does): for the reading table. */
  authors?: string[];
  photo?: PhotoSpec;
  /** `（上接第1版）` as the story's first line. */
  jumpFrom?: string;
  /** `（下转第2版）` as the story's last line. */
  jumpTo?: string;
  /** Extra space after every body character, in ems (letter-spaced setting). */
  letterSpacing?: number;
  /** Fixed bottom (points from the text area's top); without it the story is as tall as its balanced columns. */
  bottom?: number;
  /** A frame around the story. */
  box?: boolean;
}

export interface AdSpec extends Place {
  kind: 'ad';
  id: string;
  height: number;
  /** Each line centred; `shadow` draws every glyph that many times with tiny offsets under the black one. */
  lines: { text: string; size: number; style: FontStyle; shadow?: number }[];
}

export interface NoticeSpec extends Place {
  kind: 'notice';
  id: string;
  title: string;
  paragraphs: string[];
}

export interface WeatherSpec extends Place {
  kind: 'weather';
  id: string;
  title: string;
  rows: string[][];
}

export type BlockSpec = StorySpec | AdSpec | NoticeSpec | WeatherSpec;
