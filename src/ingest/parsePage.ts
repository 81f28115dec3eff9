/**
 * One raw page (OCR or PDF-to-markdown text, or a page saved from an e-paper site) → its articles. Pure: no
 * I/O, no DOM; same input, same output.
 *
 * A pipeline of small passes over the page's lines, each in its own module with its own table of tests:
 *   1. classifyLines   what each line is on its own (heading, bold, byline, credit, text)
 *   2. furniture       the e-paper site's chrome out of the stream, kept as page data, with its facts
 *   3. repeats         a text the site printed twice in a row, kept once
 *   4. teasers         an overview of cut teasers → one short article each
 *   5. headlineGroups  where an article starts and what stands at its head  ┐ one walk over the tokens:
 *      body            paragraphs, cuts, subheads, figures, bylines         ┘ a head is read where no cut is open
 * Where a pass guesses it says so in `warnings`, with the line and the rule's name. Every character of the
 * page, markup aside, ends up in some field of the result (article text, banners, or furniture).
 */
import { splitLines } from './lines.ts';
import { classifyLines, type TextToken, type Token } from './classifyLines.ts';
import { findFurniture } from './furniture.ts';
import { dropRepeats } from './repeats.ts';
import { readTeasers } from './teasers.ts';
import { isHeadline, isStackStart, readHeading, readHeadsAboveByline, readStack } from './headlineGroups.ts';
import { ArticleBuilder } from './body.ts';
import { isShortUnpunctuated } from './punctuation.ts';
import { note, type ParsedPage, type ParseWarning } from './ParsedPage.ts';

export type { ChromeKind, PageFacts, ParsedArticle, ParsedBanner, ParsedChrome, ParsedPage, ParseWarning } from './ParsedPage.ts';

export interface ParseOptions {
  /** Line number of the text's first line in its file, when the text is a slice of a larger file. */
  firstLine?: number;
}

export function parsePage(raw: string, options: ParseOptions = {}): ParsedPage {
  const classified = classifyLines(splitLines(raw, options.firstLine ?? 1));
  const furniture = findFurniture(classified.tokens);
  const repeats = dropRepeats(furniture.tokens);
  const teasers = readTeasers(repeats.tokens);
  const builder = readArticles(teasers.tokens, new Set(furniture.facts.headlines));

  const warnings: ParseWarning[] = [
    ...classified.markupOnly.map((line) => note(line, 'markup-only', 'a line of markup with no text: ignored')),
    ...classified.notes,
    ...furniture.notes,
    ...repeats.notes,
    ...teasers.notes,
    ...builder.notes,
  ];
  // each pass notes in line order; the passes together need merging only when more than one spoke
  if (!inOrder(warnings)) warnings.sort((a, b) => a.line - b.line);
  const articles =
    teasers.articles.length === 0 ? builder.articles : [...builder.articles, ...teasers.articles].sort((a, b) => a.startLine - b.startLine);
  const chrome =
    repeats.repeats.length === 0 ? furniture.chrome : [...furniture.chrome, ...repeats.repeats].sort((a, b) => a.startLine - b.startLine);
  return { articles, banners: builder.banners, chrome, facts: furniture.facts, warnings };
}

function inOrder(warnings: readonly ParseWarning[]): boolean {
  for (let i = 1; i < warnings.length; i++) if (warnings[i]!.line < warnings[i - 1]!.line) return false;
  return true;
}

/** Pass 5: one walk over the tokens, reading heads (headlineGroups) and what stands under them (body). */
function readArticles(tokens: readonly Token[], listed: ReadonlySet<string>): ArticleBuilder {
  const builder = new ArticleBuilder();
  const markdown = tokens.some((t) => t.kind === 'heading');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    switch (t.kind) {
      case 'heading':
        i = readHeadingAt(builder, tokens, i);
        break;
      case 'bold':
        if (isHeadline(next)) builder.hold('kicker', t.text, t.line);
        else builder.bold(t.text, t.line, tokens[i - 1]);
        break;
      case 'byline':
        readByline(builder, t, next);
        break;
      case 'credit':
        builder.credit(t.text, t.line);
        break;
      case 'text':
        i = readTextLine(builder, t, tokens, i, { markdown, listed });
        break;
    }
  }
  builder.finish();
  return builder;
}

/** A `#` heading at `i`: a kicker or series line held for the next head, a subhead, a brief, or a story's head. Returns the last token read. */
function readHeadingAt(builder: ArticleBuilder, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  builder.closeParagraph();
  const head = readHeading(tokens, i, builder.inArticle);
  builder.notes.push(...head.notes);
  if (head.role === 'kicker' || head.role === 'series') builder.hold(head.role, head.text, t.line);
  else if (head.role === 'subhead') builder.subhead(head.text, t.line);
  else if (head.role === 'brief') builder.start({ kind: 'brief', headline: head.headline, line: t.line });
  else {
    builder.start({
      kind: 'story',
      headline: head.headline,
      subheadline: head.subheadline,
      line: t.line,
      endLine: tokens[i + head.consumed - 1]!.line,
    });
    return i + head.consumed - 1;
  }
  return i;
}

/** A byline, alone or running into the text that follows it on its line. */
function readByline(builder: ArticleBuilder, t: Extract<Token, { kind: 'byline' }>, next: Token | undefined): void {
  if (t.runIn !== undefined) {
    builder.notes.push(note(t.line, 'byline-run-in', `a byline runs into the text: read "${t.text}" as the name`));
    // Stryker disable next-line StringLiteral,BooleanLiteral: ArticleBuilder.runIn reads only the token's text and line
    builder.runIn(t.text, t.runIn, { kind: 'text', text: t.runIn, line: t.line, fullWidthIndent: false, blockStart: true }, next);
  } else {
    builder.byline(t.text, t.line);
  }
}

/**
 * A text line `t`, token `i`: a head where no cut paragraph is open and the lines say so, else body. Returns the last
 * token read. `markdown`: the page has `#` headings, so heads are those; `listed`: the page's headline list.
 */
function readTextLine(
  builder: ArticleBuilder,
  t: TextToken,
  tokens: readonly Token[],
  i: number,
  { markdown, listed }: { markdown: boolean; listed: ReadonlySet<string> },
): number {
  const next = tokens[i + 1];
  if (!builder.isOpen && !markdown && (t.blockStart || t.fullWidthIndent)) {
    // right under a head, a line above the byline belongs to that head's article (a photo caption)
    const aboveByline = builder.atHead ? null : readHeadsAboveByline(tokens, i);
    const stack = aboveByline ?? (isStackStart(t, next) ? readStack(tokens, i, listed) : null);
    if (stack) {
      builder.notes.push(...stack.notes);
      builder.start({
        kind: 'story',
        kicker: stack.kicker,
        headline: stack.headline,
        subheadline: stack.subheadline,
        line: stack.firstLine,
        endLine: stack.lastLine,
      });
      return i + stack.consumed - 1;
    }
  }
  if (!builder.isOpen && markdown && isShortUnpunctuated(t.text) && isHeadline(next)) {
    builder.hold('kicker', t.text, t.line);
    return i;
  }
  builder.text(t, next, tokens[i - 1]);
  return i;
}
