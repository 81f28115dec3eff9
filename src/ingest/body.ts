/**
 * Pass 5b, body and figures: what stands under a head — paragraphs (rejoined where a column or page break cut
 * them), subheads, photo captions and their credits, the byline and the dateline. ArticleBuilder holds the
 * one open article and the paragraph still open across a cut; parsePage feeds it tokens in page order.
 */
import type { Author, Block } from '../schema/edition.ts';
import type { TextToken, Token } from './classifyLines.ts';
import { splitColumnName } from './columnNames.ts';
import { closeSpacedNames, matchDateline, parseAuthors, reporterInText, splitPrintedIn } from './bylines.ts';
import { note, type ParsedArticle, type ParsedBanner, type ParseWarning } from './ParsedPage.ts';
import { cutsAWord, endsSentence, hasSentenceEnd, isShortUnpunctuated, joinCut } from './punctuation.ts';

/**
 * A sentence closed in Latin text (`… invita al dialogo. «Le istituzioni`, `… tra i poteri».`): a word's last letter,
 * a full stop (inside or outside a closing quote), then a capital or the line's end. A caption has none.
 */
const LATIN_SENTENCE = /\p{Ll}[»”’"]?[.!?][»”’"]?(?:\s+[«“‘"]?\p{Lu}|$)/u;
const FIGURE_CAPTION = /^(?:图[①-⑳\d一二三四五六七八九十]*[：:]|图为|[上下左右]图[：:]|[（(]图[^）)]{0,12}[）)])/;

interface OpenParagraph {
  text: string;
  line: number;
  /** Captions that stood inside the cut: placed after the paragraph they interrupted. */
  figures: Block[];
}

export interface Head {
  kind: ParsedArticle['kind'];
  kicker?: string | null;
  headline: string;
  subheadline?: string | null;
  line: number;
  endLine?: number;
}

export class ArticleBuilder {
  readonly articles: ParsedArticle[] = [];
  readonly banners: ParsedBanner[] = [];
  readonly notes: ParseWarning[] = [];
  private current: ParsedArticle | null = null;
  private open: OpenParagraph | null = null;
  private readonly pending = { series: [] as string[], kicker: [] as string[], line: 0 };
  // Per article, kept as we go rather than recomputed per line, so that a page of many lines stays linear.
  private readonly authorNames = new WeakMap<ParsedArticle, Set<string>>();
  private readonly withParagraph = new WeakSet<ParsedArticle>();

  get inArticle(): boolean {
    return this.current !== null;
  }

  /** A paragraph cut by a column break is waiting for its next part. */
  get isOpen(): boolean {
    return this.open !== null;
  }

  /** Whether the open article has nothing under its head yet. */
  get atHead(): boolean {
    const a = this.current;
    return a !== null && a.blocks.length === 0 && a.byline === null && a.dateline === null;
  }

  /** Ends the open article: one with nothing under its head is a banner (a story continued elsewhere). */
  finish(): void {
    this.closeParagraph();
    const a = this.current;
    if (!a) return;
    this.current = null;
    if (a.blocks.length === 0 && a.byline === null && a.dateline === null && a.printedIn === null) {
      const text = [a.series, a.kicker, a.headline, a.subheadline].filter(Boolean).join(' ');
      this.banners.push({ text, startLine: a.startLine, endLine: a.endLine });
      this.notes.push(
        note(a.startLine, 'banner-without-article', `"${text}" has no article under it (a story continued on another page?): kept as a banner`),
      );
      return;
    }
    // A column named after the headline (`…（观象台）`) is the article's column, unless a banner named one already.
    const column = a.series === null ? splitColumnName(a.headline) : null;
    this.articles.push(column ? { ...a, series: column.column, headline: column.headline } : a);
  }

  start(head: Head): ParsedArticle {
    this.finish();
    const { pending } = this;
    this.current = {
      kind: head.kind,
      kicker: head.kicker ?? (pending.kicker.length ? pending.kicker.join(' ') : null),
      headline: head.headline,
      subheadline: head.subheadline ?? null,
      series: pending.series.length ? pending.series.join(' ') : null,
      byline: null,
      authors: [],
      dateline: null,
      printedIn: null,
      teaser: false,
      blocks: [],
      startLine: pending.line || head.line,
      endLine: head.endLine ?? head.line,
    };
    pending.series = [];
    pending.kicker = [];
    pending.line = 0;
    return this.current;
  }

  /** Holds a series banner or a kicker for the headline that comes next. */
  hold(kind: 'series' | 'kicker', text: string, line: number): void {
    this.closeParagraph();
    this.pending[kind].push(text);
    this.pending.line ||= line;
  }

  private article(line: number): ParsedArticle {
    if (this.current) return this.current;
    this.notes.push(note(line, 'text-before-headline', 'text before any headline: kept as an article without a headline'));
    return this.start({ kind: 'story', headline: '', line });
  }

  private push(block: Block, line: number): void {
    const a = this.article(line);
    a.blocks.push(block);
    if (block.type === 'paragraph') this.withParagraph.add(a);
    a.endLine = Math.max(a.endLine, line);
  }

  closeParagraph(): void {
    if (!this.open || !this.current) return;
    const { text, line, figures } = this.open;
    this.open = null;
    this.push({ type: 'paragraph', text }, line);
    for (const figure of figures) this.push(figure, line);
  }

  subhead(text: string, line: number): void {
    this.closeParagraph();
    this.push({ type: 'heading', text }, line);
  }

  bold(text: string, line: number, previous: Token | undefined): void {
    this.closeParagraph();
    const last = this.current?.blocks.at(-1);
    // Two bold lines in a row are one subhead set on two lines (**加强理论建设** / **夯实思想基础**).
    if (previous?.kind === 'bold' && last?.type === 'heading') {
      last.text = `${last.text} ${text}`;
      this.current!.endLine = line;
    } else {
      this.push({ type: 'heading', text }, line);
    }
  }

  /** A byline line: its source citation (`《人民日报》（…版）`) goes to printedIn, the rest to the byline. */
  byline(text: string, line: number): void {
    this.closeParagraph();
    const a = this.article(line);
    const { byline, printedIn } = splitPrintedIn(text);
    if (printedIn !== null) a.printedIn = a.printedIn === null ? printedIn : `${a.printedIn} ${printedIn}`;
    if (byline !== '') this.addByline(a, byline, line);
    a.endLine = Math.max(a.endLine, line);
  }

  /** A byline that ran into the first words of the text (`● 钟瑞华 在我的记忆里…`): byline, then the text. */
  runIn(name: string, text: string, t: TextToken, next: Token | undefined): void {
    this.byline(name, t.line);
    this.text({ ...t, text }, next, undefined);
  }

  credit(text: string, line: number): void {
    this.closeParagraph();
    const last = this.current?.blocks.at(-1);
    if (last?.type === 'figure' && last.credit === null) {
      last.credit = closeSpacedNames(text);
      this.current!.endLine = line;
    } else {
      this.byline(text, line);
    }
  }

  private addByline(a: ParsedArticle, printed: string, line: number): void {
    const byline = closeSpacedNames(printed);
    a.byline = a.byline === null ? byline : `${a.byline} ${byline}`;
    this.addAuthors(a, parseAuthors(byline));
    // Stryker disable next-line MethodExpression: both callers set endLine again right after (to Math.max with line, or to line), and no head ends below the byline that follows it
    a.endLine = Math.max(a.endLine, line);
  }

  /** Adds the authors not already named, without rereading the list each time. */
  private addAuthors(a: ParsedArticle, authors: Author[]): void {
    let seen = this.authorNames.get(a);
    // Stryker disable next-line ArrowFunction: start() gives each article no authors and only this method adds any, so the list is empty when the set is made
    if (!seen) this.authorNames.set(a, (seen = new Set(a.authors.map((x) => x.name))));
    for (const author of authors) {
      if (seen.has(author.name)) continue;
      seen.add(author.name);
      a.authors.push(author);
    }
  }

  /** A plain text line of the body: part of a cut paragraph, a caption, a subhead, a dateline, a paragraph. */
  text(t: TextToken, next: Token | undefined, previous: Token | undefined): void {
    const nextText = next?.kind === 'text' ? next.text : null;
    if (this.open) {
      this.continueCut(this.open, t, nextText);
      return;
    }
    const atHead = this.atHead;
    const a = this.article(t.line);
    if (this.captionLine(t, next, atHead)) return;
    const body = a.dateline === null && !this.withParagraph.has(a) ? this.leadLine(a, t) : t.text;
    if (body !== null) this.bodyLine(t, body, nextText, previous);
  }

  /** A line while a paragraph is open across a cut: a photo caption dropped in the cut, or the paragraph's next part. */
  private continueCut(open: OpenParagraph, t: TextToken, nextText: string | null): void {
    // A short line inside a cut sentence, whose halves continue after it: a photo caption dropped in the cut.
    if (isShortUnpunctuated(t.text) && nextText !== null && !/^[，,、。；;：:）)」』”]/.test(nextText) && !cutsAWord(open.text, t.text)) {
      open.figures.push({ type: 'figure', caption: t.text, credit: null });
      this.notes.push(note(t.line, 'caption-inside-cut', 'a short line inside a paragraph cut by a column break: read as a photo caption'));
      return;
    }
    open.text = joinCut(open.text, t.text);
    this.notes.push(note(t.line, 'cut-paragraph', `joined to the paragraph cut at line ${open.line}`));
    open.line = t.line;
    if (endsSentence(t.text) || nextText === null) this.closeParagraph();
  }

  /** A photo's caption (`图为…`, `图①：…`, `（图…）`), or a line with no sentence between the head and the byline: added if so. */
  private captionLine(t: TextToken, next: Token | undefined, atHead: boolean): boolean {
    if (FIGURE_CAPTION.test(t.text)) {
      this.push({ type: 'figure', caption: t.text, credit: null }, t.line);
      return true;
    }
    // Between the head and the byline, a line with no sentence in it is the caption of the photo printed there.
    // Stryker disable next-line Regex: without the $, [。；;] anywhere is caught by hasSentenceEnd on all but the last character already
    if (
      atHead &&
      next?.kind === 'byline' &&
      !hasSentenceEnd(t.text.slice(0, -1)) &&
      !/[。；;]$/.test(t.text) &&
      !LATIN_SENTENCE.test(t.text) &&
      matchDateline(t.text) === null
    ) {
      this.push({ type: 'figure', caption: t.text, credit: null }, t.line);
      this.notes.push(note(t.line, 'caption-above-byline', 'a line between the headline and the byline: read as a photo caption'));
      return true;
    }
    return false;
  }

  /**
   * The article's first line of text: its dateline (and any byline in it) taken off, a reporter it names added to
   * the authors. Returns the text left, null when the dateline was all of it.
   */
  private leadLine(a: ParsedArticle, t: TextToken): string | null {
    let body = t.text;
    const dateline = matchDateline(body);
    if (dateline) {
      a.dateline = dateline.dateline;
      if (dateline.byline) this.addByline(a, dateline.byline, t.line);
      body = dateline.rest;
      a.endLine = t.line;
      if (body === '') return null;
    }
    const reporter = reporterInText(body);
    if (reporter) this.addAuthors(a, [reporter]);
    return body;
  }

  /** A line of body text: a paragraph, a short subhead, a standfirst, or the start of a paragraph cut by a column. */
  private bodyLine(t: TextToken, body: string, nextText: string | null, previous: Token | undefined): void {
    if (endsSentence(body) || nextText === null) {
      this.push({ type: 'paragraph', text: body }, t.line);
      return;
    }
    if (body === t.text && isShortUnpunctuated(body) && !cutsAWord(body, nextText)) {
      this.push({ type: 'heading', text: body }, t.line);
      this.notes.push(note(t.line, 'short-line-subhead', 'a short line without punctuation between paragraphs: read as a subhead'));
      return;
    }
    // Pages converted from web articles (a `> ` byline) are not cut by columns: there an unfinished first
    // paragraph right under the byline is a standfirst (导语) printed without its full stop.
    const underQuotedByline = previous?.kind === 'byline' && previous.quoted === true;
    if (underQuotedByline && hasSentenceEnd(body) && !isShortUnpunctuated(nextText) && !cutsAWord(body, nextText)) {
      this.push({ type: 'paragraph', text: body }, t.line);
      this.notes.push(note(t.line, 'standfirst', 'the first paragraph ends without closing punctuation: kept apart as a standfirst, not joined'));
      return;
    }
    this.open = { text: body, line: t.line, figures: [] };
  }
}
