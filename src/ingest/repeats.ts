/**
 * Pass 3, repeated text: a site that prints a headline or a paragraph twice in a row (its title bar, then the
 * article) would give the reader the text twice. The second copy leaves the article and is kept as page data,
 * with a note: nothing is lost.
 */
import type { Token } from './classifyLines.ts';
import { note, type ParsedChrome, type ParseWarning } from './ParsedPage.ts';

export interface Repeats {
  tokens: readonly Token[];
  repeats: ParsedChrome[];
  notes: ParseWarning[];
}

const REPEATABLE = new Set<Token['kind']>(['heading', 'bold', 'text']);

/** b prints the text of a, the token before it, again. */
const isRepeatOf = (a: Token | undefined, b: Token) =>
  a !== undefined && REPEATABLE.has(b.kind) && REPEATABLE.has(a.kind) && b.text.length >= 2 && b.text === a.text;

export function dropRepeats(tokens: readonly Token[]): Repeats {
  if (!tokens.some((t, i) => isRepeatOf(tokens[i - 1], t))) return { tokens, repeats: [], notes: [] };
  const kept: Token[] = [];
  const repeats: ParsedChrome[] = [];
  const notes: ParseWarning[] = [];
  for (const t of tokens) {
    const previous = kept.at(-1);
    if (previous && isRepeatOf(previous, t)) {
      repeats.push({ kind: 'repeat', text: t.text, startLine: t.line, endLine: t.line });
      notes.push(note(t.line, 'repeated-text', `the text of line ${previous.line} printed again: kept once`));
      continue;
    }
    kept.push(t);
  }
  return { tokens: kept, repeats, notes };
}
