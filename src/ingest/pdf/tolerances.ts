/**
 * Every grouping step's tolerance, named and relative to the font size (pdfplumber's habit), so a wrong merge
 * can be traced to one number. "em" is the size of the glyphs being grouped.
 */
export const TOLERANCES = {
  /** Two glyphs of one character within this many ems of each other (both corners) are one glyph drawn twice (a shadow). */
  duplicate: 0.25,
  /** Glyphs whose vertical centres differ by at most this many ems stand on one line. */
  lineY: 0.35,
  /** A horizontal gap wider than this many ems ends a line (a column gutter or a table cell). */
  lineGap: 1.2,
  /** Sizes within this ratio are one style (body text of a page varies by rounding). */
  sameSize: 1.12,
  /** A line joins the block above when the gap between them is at most this many ems. */
  blockGap: 0.9,
  /** A line that starts this many ems right of its block's left edge opens a paragraph (the 两字 indent). */
  indent: 1.2,
  /** A block this many times the page's body size or more is a heading. */
  heading: 1.3,
} as const;
