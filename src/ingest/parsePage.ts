/**
 * One raw page (OCR or PDF-to-markdown text) → its articles. Pure: no I/O, no DOM; same input, same output.
 *
 * The page is read as tokens (tokenize.ts); this file decides, from each token and its neighbours, what it is
 * in the article: headline, kicker, series banner, subheadline, byline, dateline, paragraph, subhead, figure.
 * Where it has to guess it says so in `warnings`, with the line. Every character of the page, markup aside,
 * ends up in some field of the result.
 */
import type { Author, Block } from '../schema/edition.ts';
import { splitLines } from './lines.ts';
import { tokenize, type Token } from './tokenize.ts';
import { matchDateline, parseAuthors, reporterInText } from './bylines.ts';
import { cutsAWord, endsSentence, fitsIn, hasSentenceEnd, isShortUnpunctuated, joinCut } from './punctuation.ts';

export interface ParsedArticle {
  kind: 'story' | 'brief';
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  series: string | null;
  byline: string | null;
  authors: Author[];
  dateline: string | null;
  blocks: Block[];
  startLine: number;
  endLine: number;
}

export interface ParsedBanner {
  text: string;
  startLine: number;
  endLine: number;
}

export interface ParseWarning {
  line: number;
  message: string;
}

export interface ParsedPage {
  articles: ParsedArticle[];
  banners: ParsedBanner[];
  warnings: ParseWarning[];
}

export interface ParseOptions {
  /** Line number of the text's first line in its file, when the text is a slice of a larger file. */
  firstLine?: number;
}

const FIGURE_CAPTION = /^(?:图[①-⑳\d一二三四五六七八九十]*[：:]|图为|[上下左右]图[：:]|[（(]图[^）)]{0,12}[）)])/;
const SUBHEADLINE_DASH = /^(?:——|--|─)/;
const STACK_MAX_LINE = 40;

interface OpenParagraph {
  text: string;
  line: number;
  /** Captions that stood inside the cut: placed after the paragraph they interrupted. */
  figures: Block[];
}

export function parsePage(raw: string, options: ParseOptions = {}): ParsedPage {
  const { tokens, markupOnly } = tokenize(splitLines(raw, options.firstLine ?? 1));
  const warnings: ParseWarning[] = markupOnly.map((line) => ({ line, message: 'a line of markup with no text: ignored' }));
  const articles: ParsedArticle[] = [];
  const banners: ParsedBanner[] = [];
  const markdown = tokens.some((t) => t.kind === 'heading');

  let current = null as ParsedArticle | null;
  let open = null as OpenParagraph | null;
  const pending = { series: [] as string[], kicker: [] as string[], line: 0 };
  // Per article, kept as we go rather than recomputed per line, so that a page of many lines stays linear.
  const authorNames = new WeakMap<ParsedArticle, Set<string>>();
  const withParagraph = new WeakSet<ParsedArticle>();

  const warn = (line: number, message: string) => warnings.push({ line, message });
  const isHeadline = (t: Token | undefined) => t?.kind === 'heading' && t.level <= 2;
  /** Whether a headline follows token i, with at most a kicker line (###, **bold**, or a short line) between. */
  const leadsToHeadline = (i: number) => {
    const t = tokens[i];
    if (isHeadline(t)) return true;
    const kicker = (t?.kind === 'heading' && t.level >= 3) || t?.kind === 'bold' || (t?.kind === 'text' && isShortUnpunctuated(t.text));
    return kicker && isHeadline(tokens[i + 1]);
  };

  function finish() {
    closeParagraph();
    if (!current) return;
    const a = current;
    current = null;
    if (a.blocks.length === 0 && a.byline === null && a.dateline === null) {
      const text = [a.series, a.kicker, a.headline, a.subheadline].filter(Boolean).join(' ');
      banners.push({ text, startLine: a.startLine, endLine: a.endLine });
      warn(a.startLine, `"${text}" has no article under it (a story continued on another page?): kept as a banner`);
      return;
    }
    articles.push(a);
  }

  function start(kind: ParsedArticle['kind'], headline: string, line: number) {
    finish();
    current = {
      kind,
      kicker: pending.kicker.length ? pending.kicker.join(' ') : null,
      headline,
      subheadline: null,
      series: pending.series.length ? pending.series.join(' ') : null,
      byline: null,
      authors: [],
      dateline: null,
      blocks: [],
      startLine: pending.line || line,
      endLine: line,
    };
    pending.series = [];
    pending.kicker = [];
    pending.line = 0;
    return current;
  }

  function article(line: number): ParsedArticle {
    if (current) return current;
    warn(line, 'text before any headline: kept as an article without a headline');
    return start('story', '', line);
  }

  function hold(kind: 'series' | 'kicker', text: string, line: number) {
    closeParagraph();
    pending[kind].push(text);
    pending.line ||= line;
  }

  function push(block: Block, line: number) {
    const a = article(line);
    a.blocks.push(block);
    if (block.type === 'paragraph') withParagraph.add(a);
    a.endLine = Math.max(a.endLine, line);
  }

  function closeParagraph() {
    if (!open || !current) return;
    const { text, line, figures } = open;
    open = null;
    push({ type: 'paragraph', text }, line);
    for (const figure of figures) push(figure, line);
  }

  function addByline(a: ParsedArticle, byline: string, line: number) {
    a.byline = a.byline === null ? byline : `${a.byline} ${byline}`;
    addAuthors(a, parseAuthors(byline));
    a.endLine = Math.max(a.endLine, line);
  }

  /** Adds the authors not already named, without rereading the list each time. */
  function addAuthors(a: ParsedArticle, authors: Author[]) {
    let seen = authorNames.get(a);
    if (!seen) authorNames.set(a, (seen = new Set(a.authors.map((x) => x.name))));
    for (const author of authors) {
      if (seen.has(author.name)) continue;
      seen.add(author.name);
      a.authors.push(author);
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    switch (t.kind) {
      case 'heading': {
        closeParagraph();
        if (t.level === 1) {
          if (next?.kind === 'heading' && next.level === 1) {
            hold('kicker', t.text, t.line);
            warn(t.line, 'two headlines in a row: read the first as the kicker of the second');
            break;
          }
          const a = start('story', t.text, t.line);
          const after = tokens[i + 2];
          if (next?.kind === 'heading' && next.level === 2 && !(after?.kind === 'heading' && after.level === 1)) {
            a.subheadline = next.text;
            a.endLine = next.line;
            i++;
          } else if (next?.kind === 'text' && SUBHEADLINE_DASH.test(next.text) && fitsIn(next.text, 60)) {
            a.subheadline = next.text;
            a.endLine = next.line;
            i++;
          }
        } else if (t.level === 2) {
          if (leadsToHeadline(i + 1)) {
            hold('series', t.text, t.line);
            if (next?.kind === 'heading' && next.level === 2) warn(t.line, 'a banner above another brief: read as its series');
          } else {
            start('brief', t.text, t.line);
          }
        } else if (isHeadline(next)) {
          hold('kicker', t.text, t.line);
        } else if (!current) {
          start('story', t.text, t.line);
          warn(t.line, `a level-${t.level} heading with no headline above it: read as a headline`);
        } else {
          push({ type: 'heading', text: t.text }, t.line);
        }
        break;
      }
      case 'bold': {
        closeParagraph();
        if (isHeadline(next)) {
          hold('kicker', t.text, t.line);
          break;
        }
        const previous = tokens[i - 1];
        const last = current?.blocks.at(-1);
        // Two bold lines in a row are one subhead set on two lines (**加强理论建设** / **夯实思想基础**).
        if (previous?.kind === 'bold' && last?.type === 'heading') {
          last.text = `${last.text} ${t.text}`;
          current!.endLine = t.line;
        } else {
          push({ type: 'heading', text: t.text }, t.line);
        }
        break;
      }
      case 'byline':
        closeParagraph();
        addByline(article(t.line), t.text, t.line);
        break;
      case 'credit': {
        closeParagraph();
        const last = current?.blocks.at(-1);
        if (last?.type === 'figure' && last.credit === null) {
          last.credit = t.text;
          current!.endLine = t.line;
        } else {
          addByline(article(t.line), t.text, t.line);
        }
        break;
      }
      case 'text':
        i = text(t, i);
        break;
    }
  }
  finish();
  return { articles, banners, warnings };

  /** Handles a text line; returns the index of the last token it consumed. */
  function text(t: Extract<Token, { kind: 'text' }>, i: number): number {
    const next = tokens[i + 1];
    const nextText = next?.kind === 'text' ? next.text : null;

    if (open) {
      // A short line inside a cut sentence, whose halves continue after it: a photo caption dropped in the cut.
      if (
        isShortUnpunctuated(t.text) &&
        nextText !== null &&
        !/^[，,、。；;：:）)」』”]/.test(nextText) &&
        !cutsAWord(open.text, t.text)
      ) {
        open.figures.push({ type: 'figure', caption: t.text, credit: null });
        warn(t.line, 'a short line inside a paragraph cut by a column break: read as a photo caption');
        return i;
      }
      open.text = joinCut(open.text, t.text);
      warn(t.line, `joined to the paragraph cut at line ${open.line}`);
      open.line = t.line;
      if (endsSentence(t.text) || nextText === null) closeParagraph();
      return i;
    }

    if (!markdown && (t.blockStart || t.fullWidthIndent) && isStackStart(t, next)) return stack(i);

    if (markdown && isShortUnpunctuated(t.text) && isHeadline(next)) {
      hold('kicker', t.text, t.line);
      return i;
    }

    const a = article(t.line);
    if (FIGURE_CAPTION.test(t.text)) {
      push({ type: 'figure', caption: t.text, credit: null }, t.line);
      return i;
    }

    let body = t.text;
    if (a.dateline === null && !withParagraph.has(a)) {
      const dateline = matchDateline(body);
      if (dateline) {
        a.dateline = dateline.dateline;
        if (dateline.byline) addByline(a, dateline.byline, t.line);
        body = dateline.rest;
        a.endLine = t.line;
        if (body === '') return i;
      }
      const reporter = reporterInText(body);
      if (reporter) addAuthors(a, [reporter]);
    }

    if (endsSentence(body) || nextText === null) {
      push({ type: 'paragraph', text: body }, t.line);
      return i;
    }
    if (body === t.text && isShortUnpunctuated(body) && !cutsAWord(body, nextText)) {
      push({ type: 'heading', text: body }, t.line);
      warn(t.line, 'a short line without punctuation between paragraphs: read as a subhead');
      return i;
    }
    // Pages converted from web articles (a `> ` byline) are not cut by columns: there an unfinished first
    // paragraph right under the byline is a standfirst (导语) printed without its full stop.
    const previous = tokens[i - 1];
    const underQuotedByline = previous?.kind === 'byline' && previous.quoted === true;
    if (underQuotedByline && hasSentenceEnd(body) && !isShortUnpunctuated(nextText) && !cutsAWord(body, nextText)) {
      push({ type: 'paragraph', text: body }, t.line);
      warn(t.line, 'the first paragraph ends without closing punctuation: kept apart as a standfirst, not joined');
      return i;
    }
    open = { text: body, line: t.line, figures: [] };
    return i;
  }

  /** A headline stacked over lines, in pages with no markdown (the first line often indented with 　　). */
  function isStackStart(t: Extract<Token, { kind: 'text' }>, next: Token | undefined): boolean {
    if (!fitsIn(t.text, STACK_MAX_LINE) || next?.kind !== 'text') return false;
    if (/[。？?；;，,、：:]$/.test(t.text) || hasSentenceEnd(t.text.slice(0, -1))) return false;
    if (/[！!]$/.test(t.text) && !t.fullWidthIndent) return false;
    if (matchDateline(t.text)) return false;
    // A full-width indent over a short line is how such pages set a headline; only without it can a
    // word cut across the break (宣|传) say that this is prose.
    return (t.fullWidthIndent && !next.blockStart) || !cutsAWord(t.text, next.text);
  }

  function stack(i: number): number {
    const lines = [tokens[i] as Extract<Token, { kind: 'text' }>];
    for (let j = i + 1; j < tokens.length && lines.length < 5; j++) {
      const t = tokens[j]!;
      if (t.kind !== 'text' || t.blockStart || !fitsIn(t.text, STACK_MAX_LINE)) break;
      if (/^【/.test(t.text) || matchDateline(t.text) || /[。？?；;]$/.test(t.text)) break;
      lines.push(t);
    }
    // The stack is what stands above the body: if nothing is left under it, its last line was body.
    const after = tokens[i + lines.length];
    if (lines.length > 1 && after?.kind !== 'text') lines.pop();
    const texts = lines.map((l) => l.text);
    const first = lines[0]!;
    const last = lines.at(-1)!;
    let kicker: string | null = null;
    let headline = texts[0]!;
    let subheadline: string | null = null;
    if (texts.length === 2) subheadline = texts[1]!;
    if (texts.length >= 3) {
      kicker = texts[0]!;
      headline = texts[1]!;
      subheadline = texts.slice(2).join(' ');
    }
    const a = start('story', headline, first.line);
    a.kicker = kicker;
    a.subheadline = subheadline;
    a.endLine = last.line;
    if (texts.length > 1) {
      warn(first.line, `a headline stacked over ${texts.length} lines: read as ${kicker ? 'kicker, headline and subheadline' : 'headline and subheadline'}`);
    }
    return i + lines.length - 1;
  }
}
