/**
 * Pass 1, line classification: lines → tokens, what each non-blank line is on its own, before any look at its
 * neighbours (the later passes do that: furniture, repeats, teasers, headline groups, body).
 */
import type { Line } from './lines.ts';
import { BYLINE_BULLET, CONTRIBUTORS_NOTE, isLatinByline, isPrintedIn, looksLikeBylineLine, splitRunIn } from './bylines.ts';
import { fitsIn, hasSentenceEnd } from './punctuation.ts';
import { note, type ParseWarning } from './ParsedPage.ts';

export type Token =
  | { kind: 'heading'; level: number; text: string; line: number }
  /** A `**bold**` line: papers converted from HTML print subheads this way. */
  | { kind: 'bold'; text: string; line: number }
  /** `quoted`: printed as a `> ` line, the shape of pages converted from web articles. */
  | {
      kind: 'byline';
      text: string;
      line: number;
      quoted?: boolean;
      /** The text the byline ran into, on the same line: `● 钟瑞华 在我的记忆里…` → `在我的记忆里…`. */
      runIn?: string;
    }
  /** A photo credit line: `徐  杨摄`, `新华社记者  毛思倩摄`, `宋家儒摄（影像中国）`. */
  | { kind: 'credit'; text: string; line: number }
  | {
      kind: 'text';
      text: string;
      line: number;
      fullWidthIndent: boolean;
      /** First line after a blank line (or of the page). */
      blockStart: boolean;
    };

export type TextToken = Extract<Token, { kind: 'text' }>;

// `#` to `######`, then white space or straight into CJK text (`#产业筑基`); an optional closing run of `#`.
// eslint-disable-next-line no-control-regex -- [^\x00-\x7f] is "any non-ASCII character"
const HEADING = /^(#{1,6})(?:[ \t\u3000]+|(?=[^\x00-\x7f]))(.*?)(?:[ \t]+#+)?$/;
// Markup with no text: a lone `#`, an empty `>`, a `***` ornament between stories.
const ONLY_MARKS = /^[#>*\s]+$/;
const BOLD = /^(\*\*|__)(.+)\1$/;
const QUOTE = /^>[ \t]?(.*)$/;
const PUBLICATION_CREDIT = /《[^》]{1,20}》[（(][^）)]*版[）)]$/;
const CREDIT = /^[^。！？!?，,]{1,24}?(?:摄|摄影)(?:[（(][^）)]{1,12}[)）])?$/;

export interface Tokenized {
  tokens: Token[];
  /** Lines that held markup and nothing else. */
  markupOnly: number[];
  notes: ParseWarning[];
}

export function classifyLines(lines: readonly Line[]): Tokenized {
  const tokens: Token[] = [];
  const markupOnly: number[] = [];
  const notes: ParseWarning[] = [];
  let previousBlank = true;
  for (const { number: line, text, fullWidthIndent } of lines) {
    if (text === '') {
      previousBlank = true;
      continue;
    }
    const place = { line, fullWidthIndent, blockStart: previousBlank };
    previousBlank = false;
    if (ONLY_MARKS.test(text)) {
      markupOnly.push(line);
      continue;
    }
    tokens.push(markupToken(text, place) ?? plainToken(text, place, notes));
  }
  return { tokens, markupOnly, notes };
}

/** Where a line sits: what a text token carries besides its text. */
type Place = Pick<TextToken, 'line' | 'fullWidthIndent' | 'blockStart'>;

/** A line in markup: a `#` heading, a `**bold**` line, a `> ` line (a byline or text); null for a line without. */
function markupToken(text: string, { line, fullWidthIndent, blockStart }: Place): Token | null {
  const heading = HEADING.exec(text);
  if (heading?.[1] && heading[2]) return { kind: 'heading', level: heading[1].length, text: heading[2].trim(), line };
  const bold = BOLD.exec(text);
  if (bold?.[2] && bold[2].trim() !== '') return { kind: 'bold', text: bold[2].trim(), line };
  const quote = QUOTE.exec(text);
  if (!quote) return null;
  // Stryker disable next-line StringLiteral: (.*) always takes part in the match, so quote[1] is never undefined
  const inner = (quote[1] ?? '').trim();
  // In pages converted from web articles a `>` line is the byline: `> 刘志强《人民日报》（…第 18 版）`.
  if (looksLikeBylineLine(inner) || PUBLICATION_CREDIT.test(inner) || (fitsIn(inner, 20) && !hasSentenceEnd(inner) && !/[，,]/.test(inner)))
    return { kind: 'byline', text: inner, line, quoted: true };
  return { kind: 'text', text: inner, line, fullWidthIndent, blockStart };
}

/** A line without markup: a contributors' note, a printed-in line, a photo credit, a byline, or text. */
function plainToken(text: string, { line, fullWidthIndent, blockStart }: Place, notes: ParseWarning[]): Token {
  // `（本报记者甲、乙参与采写）` closes the article as printed: text, not the byline at its head.
  if ((text[0] === '（' || text[0] === '(') && CONTRIBUTORS_NOTE.test(text) && fitsIn(text, 90)) {
    notes.push(note(line, 'contributors-note', 'a closing note of who helped report: kept as text where it is printed, not added to the byline'));
    return { kind: 'text', text, line, fullWidthIndent, blockStart };
  }
  if (text[0] === '《' && fitsIn(text, 60) && isPrintedIn(text)) return { kind: 'byline', text, line };
  if (fitsIn(text, 30) && CREDIT.test(text)) return { kind: 'credit', text, line };
  const bulleted = bulletByline(text, line);
  if (bulleted) return bulleted;
  // a comma or a colon makes a Chinese line a sentence; in a European byline commas separate the names
  if (isLatinByline(text) || (looksLikeBylineLine(text) && fitsIn(text, 40) && !/[，,：:]/.test(text))) return { kind: 'byline', text, line };
  return { kind: 'text', text, line, fullWidthIndent, blockStart };
}

/** A byline after a bullet (`● 钟瑞华`), alone or running into the text; null for any other line. */
function bulletByline(text: string, line: number): Token | null {
  const bullet = BYLINE_BULLET.exec(text);
  if (!bullet) return null;
  const rest = text.slice(bullet[0].length);
  if (rest !== '' && looksLikeBylineLine(rest)) return { kind: 'byline', text: rest, line };
  // `● 钟瑞华 在我的记忆里…`: a name and a space, then the text; the teaser pass reads the unspaced kind.
  const runIn = splitRunIn(rest, false);
  if (runIn) return { kind: 'byline', text: runIn.name, runIn: runIn.text, line };
  if (rest !== '' && fitsIn(rest, 16) && !hasSentenceEnd(rest) && !/(?:\.{3}|…)$/.test(rest)) return { kind: 'byline', text: rest, line };
  return null;
}
