/**
 * Pass 4, teaser overviews: a page that lists its articles, each as a headline line and a bullet line where
 * the author's name runs into the first words of the piece, cut with `...` (`千层底里万重爱` /
 * `● 钟瑞华前几天整理旧衣物时…飞回往...`). Each item becomes a short article of its own, marked as a teaser;
 * a photo listed among them (`湖光山色` / `湖光山色 裴振喜 摄`) becomes an article holding the figure.
 */
import type { Block } from '../schema/edition.ts';
import type { Token } from './classifyLines.ts';
import { BYLINE_BULLET, closeSpacedNames, parseAuthors, splitRunIn, type RunIn } from './bylines.ts';
import { note, type ParsedArticle, type ParseWarning } from './ParsedPage.ts';
import { hasSentenceEnd } from './punctuation.ts';

/** An overview lists at least this many cut teasers; fewer is an article with a bulleted paragraph. */
const MIN_TEASERS = 2;
const CUT = /(?:\.{3,}|…+|。。。)$/;

export interface Teasers {
  tokens: readonly Token[];
  articles: ParsedArticle[];
  notes: ParseWarning[];
}

interface Item {
  title: Extract<Token, { kind: 'text' }>;
  second: Token;
  runIn: RunIn | null;
}

/** A headline of an overview item: a short line that is not a sentence. */
function isTitle(t: Token | undefined): t is Extract<Token, { kind: 'text' }> {
  return t?.kind === 'text' && t.text.length <= 40 && !hasSentenceEnd(t.text) && !/[，,、：:]$/.test(t.text) && !BYLINE_BULLET.test(t.text);
}

/** The bullet line under an item's headline, read as name + text. */
function runInOf(t: Token | undefined): RunIn | null {
  if (t?.kind === 'byline' && t.runIn !== undefined) return { name: t.text, text: t.runIn, guessed: false };
  if (t?.kind !== 'text') return null;
  const bullet = BYLINE_BULLET.exec(t.text);
  return bullet ? splitRunIn(t.text.slice(bullet[0].length), true) : null;
}

function itemAt(tokens: readonly Token[], i: number): Item | null {
  const title = tokens[i];
  if (!isTitle(title)) return null;
  const second = tokens[i + 1];
  const runIn = runInOf(second);
  if (runIn && second) return { title, second, runIn };
  if (second?.kind === 'credit') return { title, second, runIn: null };
  return null;
}

export function readTeasers(tokens: readonly Token[]): Teasers {
  // most pages hold no bulleted line that runs into text: nothing to look at
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: a fast path; without it the loop below keeps every token and finds no overview, the same result
  if (!tokens.some((t) => (t.kind === 'byline' && t.runIn !== undefined) || (t.kind === 'text' && BYLINE_BULLET.test(t.text)))) {
    return { tokens, articles: [], notes: [] };
  }
  const kept: Token[] = [];
  const articles: ParsedArticle[] = [];
  const notes: ParseWarning[] = [];
  for (let i = 0; i < tokens.length;) {
    const items: Item[] = [];
    for (let j = i, item = itemAt(tokens, j); item; j += 2, item = itemAt(tokens, j)) items.push(item);
    const cut = items.filter((x) => x.runIn && CUT.test(x.runIn.text)).length;
    if (cut < MIN_TEASERS) {
      // not an overview: keep the tokens looked at, and look on after them (each token is looked at once)
      // Stryker disable next-line ArithmeticOperator: stepping on less only looks at the tokens of a chain of items again, and a later start in a chain holds fewer cut teasers
      const end = i + Math.max(1, items.length * 2);
      for (; i < end; i++) kept.push(tokens[i]!);
      continue;
    }
    notes.push(
      note(
        items[0]!.title.line,
        'teaser-overview',
        `an overview of ${items.length} articles, each a headline and a cut teaser: read as ${items.length} short articles`,
      ),
    );
    for (const item of items) articles.push(articleOf(item, notes));
    i += items.length * 2;
  }
  return { tokens: kept, articles, notes };
}

function articleOf({ title, second, runIn }: Item, notes: ParseWarning[]): ParsedArticle {
  const base = {
    kind: 'story' as const,
    kicker: null,
    headline: title.text,
    subheadline: null,
    series: null,
    dateline: null,
    printedIn: null,
    startLine: title.line,
    endLine: second.line,
  };
  if (runIn) {
    if (runIn.guessed)
      notes.push(note(second.line, 'byline-run-in', `the byline runs into the text with nothing between: read "${runIn.name}" as the name`));
    return {
      ...base,
      byline: runIn.name,
      authors: [{ name: runIn.name, role: null, contribution: null }],
      teaser: true,
      blocks: [{ type: 'paragraph', text: runIn.text }],
    };
  }
  // a photo among the teasers: its caption line repeats the headline before the credit
  // Stryker disable next-line ConditionalExpression,StringLiteral: an item without a run-in has a credit as its second line (itemAt)
  const credit = second.kind === 'credit' ? second.text : '';
  const figure: Block = credit.startsWith(title.text)
    ? { type: 'figure', caption: title.text, credit: closeSpacedNames(credit.slice(title.text.length)) || null }
    : { type: 'figure', caption: '', credit: closeSpacedNames(credit) };
  // Stryker disable next-line ConditionalExpression: figure is a figure; the test only narrows its type
  const byline = figure.type === 'figure' ? figure.credit : null;
  return { ...base, byline: null, authors: byline ? parseAuthors(byline) : [], teaser: false, blocks: [figure] };
}
