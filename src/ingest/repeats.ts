/**
 * Pass 3, repeated text: a site that prints a headline or a paragraph twice in a row (its title bar, then the
 * article) would give the reader the text twice. The second copy leaves the article and is kept as page data,
 * with a note: nothing is lost.
 */
import type { Token } from './classifyLines.ts';
import { note, type ParsedChrome, type ParseWarning } from './ParsedPage.ts';

export interface Repeats {
  tokens: Token[];
  repeats: ParsedChrome[];
  notes: ParseWarning[];
}

const REPEATABLE = new Set<Token['kind']>(['heading', 'bold', 'text']);

export function dropRepeats(tokens: readonly Token[]): Repeats {
  const kept: Token[] = [];
  const repeats: ParsedChrome[] = [];
  const notes: ParseWarning[] = [];
  for (const t of tokens) {
    const previous = kept.at(-1);
    if (previous && REPEATABLE.has(t.kind) && REPEATABLE.has(previous.kind) && t.text.length >= 2 && t.text === previous.text) {
      repeats.push({ kind: 'repeat', text: t.text, startLine: t.line, endLine: t.line });
      notes.push(note(t.line, 'repeated-text', `the text of line ${previous.line} printed again: kept once`));
      continue;
    }
    kept.push(t);
  }
  return { tokens: kept, repeats, notes };
}
