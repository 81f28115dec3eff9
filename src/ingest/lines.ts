/** Raw page text → lines that keep their 1-based line number in the original file. */

export interface Line {
  /** 1-based line number in the raw file. */
  number: number;
  /** The line with leading and trailing white space (ASCII, tabs, U+3000, NBSP) removed. */
  text: string;
  /** Whether the line opened with a full-width space (　), the indent of a headline or paragraph in some papers. */
  fullWidthIndent: boolean;
}

/** Splits on CRLF, CR or LF; drops a byte-order mark; keeps blank lines so that numbering stays true. */
export function splitLines(raw: string, firstLine = 1): Line[] {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return text.split(/\r\n|\r|\n/).map((line, i) => ({
    number: firstLine + i,
    text: line.trim(),
    fullWidthIndent: /^[ \t]*\u3000/.test(line),
  }));
}
