/**
 * Every grouping step's tolerance, named and relative to the font size (pdfplumber's habit), so a wrong merge
 * can be traced to one number. "em" is the size of the glyphs being grouped.
 */
export const TOLERANCES = {
  /** Two glyphs of one character within this many ems of each other (both corners) are one glyph drawn twice (a shadow). */
  duplicate: 0.25,
  /** Glyphs whose vertical centres differ by at most this many ems stand on one line. */
  lineY: 0.35,
  /** A gap wider than this many ems parts a line into segments: a gutter, a cell, or a printed space. */
  segmentGap: 0.6,
  /** Segments of one row this close (in ems) are one line again when the rows around run across the gap (a space, not a gutter). */
  lineGap: 2.5,
  /** How far above and below (in ems) a row's neighbours are looked at to tell a space from a gutter. */
  gutterReach: 3,
  /** With no text of its size running across, a gap up to this many ems on one row is a space (a spaced headline); wider, two headlines. */
  headlineSpace: 1.2,
  /** A gap this many ems wider than the line's usual gap between characters is a printed space, even between CJK characters. */
  space: 0.15,
  /** Sizes within this ratio are one style (body text of a page varies by rounding). */
  sameSize: 1.12,
  /** A line joins the block above when the gap between them is at most this many ems. */
  blockGap: 0.9,
  /** A line that starts this many ems right of its block's left edge opens a paragraph (the 两字 indent). */
  indent: 1.2,
  /** A block this many times the page's body size or more is a heading. */
  heading: 1.3,
  /** A headline group smaller than this many body sizes, under a larger headline's columns, is a subhead in that story. */
  headline: 1.6,
} as const;
