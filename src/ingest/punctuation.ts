/**
 * Character classes the parser reasons with. Half-width and full-width forms are always listed together:
 * OCR and PDF tools emit either, sometimes both on one page.
 */

/** A line ending in one of these finished its sentence (or its quotation, list lead-in, or aside). */
const CLOSING = new Set([...'。．.！!？?…；;：:—”’"\'」』）)】》〉]～~']);

/** Inside a line, these end a sentence; a line with one is prose, not a title or a caption. */
const SENTENCE_END = /[。！!？?；;]/;

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}]/u;

export function endsSentence(line: string): boolean {
  const last = lastChar(line);
  // Stryker disable next-line ConditionalExpression,StringLiteral: CLOSING never holds '' (nor any other string tested in its place), so the first test only saves a lookup
  return last !== '' && CLOSING.has(last);
}

/** The last code point, without spreading the string (lines can be megabytes long). */
function lastChar(s: string): string {
  const code = s.charCodeAt(s.length - 1);
  return code >= 0xdc00 && code <= 0xdfff && s.length > 1 ? s.slice(-2) : s.slice(-1);
}

export function hasSentenceEnd(line: string): boolean {
  return SENTENCE_END.test(line);
}

function isCjk(char: string): boolean {
  return CJK.test(char);
}

/** Length in characters (code points), which is what a reader sees, not UTF-16 units. */
function charLength(text: string): number {
  // UTF-16 units, less one for each surrogate pair (faster than iterating the string by code point)
  let n = text.length;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: one step further reads charCodeAt past the end, NaN, which pairs with nothing
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** charLength(text) <= max, without counting a long line to its end. */
export function fitsIn(text: string, max: number): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; charLength gives the same answer, only slower
  if (text.length <= max) return true;
  // Stryker disable next-line ConditionalExpression: a fast path; more than 2·max units are more than max code points, so charLength gives the same answer
  if (text.length > 2 * max) return false;
  return charLength(text) <= max;
}

/** Lines up to this many characters may be titles, kickers, captions or subheads rather than prose. */
const SHORT_LINE = 32;

/**
 * A short line with no sentence punctuation and no closing mark: on a page this is a title, a kicker, a
 * caption, a subhead, or the start of a sentence cut by a column break. The caller decides which.
 */
export function isShortUnpunctuated(line: string): boolean {
  return fitsIn(line, SHORT_LINE) && !hasSentenceEnd(line) && !endsSentence(line) && !MID_SENTENCE.test(line);
}

/** A line ending in a comma, an enumeration mark or an opening bracket stops mid-sentence: never a title. */
const MID_SENTENCE = /[，,、（(“‘《〈【[·]$/;

/** How two pieces of a cut line are glued: CJK needs nothing between, two Latin words need a space. */
export function joinCut(left: string, right: string): string {
  const a = lastChar(left);
  const b = right[0] ?? '';
  return /[A-Za-z0-9]/.test(a) && /[A-Za-z]/.test(b) ? `${left} ${right}` : left + right;
}

const segmenter =
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: Node ≥ 20.19 (package.json engines) and every browser we support have Intl.Segmenter
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/**
 * True when the end of `left` and the start of `right` form one word (宣|传 → 宣传): strong evidence that a
 * column break cut a word in two. False when the junction is a word boundary, or when we cannot tell.
 * Intl.Segmenter splits unknown names into characters, so a `false` is weak evidence; a `true` is strong.
 */
export function cutsAWord(left: string, right: string): boolean {
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: as above, segmenter is never null where we run
  if (!segmenter) return false;
  const l = [...left.slice(-12)].slice(-6).join('');
  const r = [...right.slice(0, 12)].slice(0, 6).join('');
  const lastL = lastChar(l);
  const firstR = r.codePointAt(0) === undefined ? '' : String.fromCodePoint(r.codePointAt(0)!);
  if (!lastL || !firstR || !isCjk(lastL) || !isCjk(firstR)) return false;
  for (const { index } of segmenter.segment(l + r)) {
    if (index === l.length) return false;
  }
  return true;
}
