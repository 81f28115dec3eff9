/**
 * Pass 2, page furniture: the chrome of a page saved from an e-paper site (数字报) — the page list
 * (`第01版:要闻`), the date, navigation (上一版 下一版 返回主页 版面导航 收藏 打印), the page's headline list
 * (`· 标题`), the masthead and 刊号 lines — taken out of the token stream and kept as the page's own data, with
 * what it says about the page (number, name, date, headlines) for checking against the manifest.
 *
 * Strong furniture (a page line, a navigation line, a 刊号 line) is furniture wherever it stands. Weak furniture
 * (a bare date, an issue number split over lines, a line of page numbers, a headline list) only at the top of
 * the page, where the site prints it, or right beside strong furniture: a date line closing an essay stays text.
 */
import type { Token } from './classifyLines.ts';
import { note, type ChromeKind, type PageFacts, type ParsedChrome, type ParseWarning } from './ParsedPage.ts';
import { fitsIn, hasSentenceEnd, joinCut } from './punctuation.ts';

const PAGE_LINE = /^第\s*0*(\d{1,3})\s*版\s*[:：]\s*(.{0,24})$/;
const NAV_WORDS = [
  '上一版',
  '下一版',
  '上一期',
  '下一期',
  '上一篇',
  '下一篇',
  '返回主页',
  '返回首页',
  '返回目录',
  '返回',
  '版面导航',
  '标题导航',
  '版面概览',
  '收藏',
  '打印',
  '推荐',
  '朗读',
  '评论',
  '更多功能',
  '分享',
  '关闭窗口',
  '关闭',
  '文字版',
  '图片版',
  '放大',
  '缩小',
  '默认',
  '字号',
  '往期回顾',
  '往期',
  '首页',
  'PDF下载',
  'PDF',
  '版',
];
// Spaces, separators and page numbers between the words: `3上一篇  下一篇4`, `返回主页 | 版面导航`.
const NAV_LINE = new RegExp(`^(?:${NAV_WORDS.join('|')}|\\d{1,3}|[|｜/·•\\s\\u00a0])+$`);
const NAV_WORD = new RegExp(NAV_WORDS.join('|'), 'g');
/** The characters a navigation line can open with: most lines are turned away by their first character. */
const NAV_FIRST = new Set([...NAV_WORDS.map((w) => w[0]!), ...'0123456789|｜/·•']);
/** Words no article prints alone on a line; the others (评论, 推荐, 首页 …) count only two or more together. */
const UNMISTAKABLE = /上一[版期篇]|下一[版期篇]|返回主页|返回首页|版面导航|标题导航|版面概览|更多功能|关闭窗口|文字版|图片版|PDF/;
const DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:星期|周)[一二三四五六日天])?/;
const ISSUE = /^(?:总?第\s*\d{1,6}\s*期(?:\s*[（(]?总第\s*\d{1,6}\s*期[）)]?)?)$/;
const ISSUE_PART = /^(?:第|期|总第)$/;
const MASTHEAD = /国内统一刊号|国际标准刊号|ISSN\s*\d{4}-\d{3}[\dXx]|CN\s*\d{2}\s*-\s*\d{4}|邮发代号/;
/** `浙江日报报业集团主办`: short, and a paper or group as its subject (a sentence ending 主办 is a cut line). */
const PUBLISHER = /^[\u4e00-\u9fff]{2,16}(?:报|报社|集团|出版社)(?:主办|出版|主管)$/;
const LIST_ITEM = /^[·•]\s*(\S.*)$/;

/** What one line is as furniture, on its own: strong, weak, or not furniture. */
export function furnitureKind(text: string): { kind: ChromeKind; strong: boolean } | null {
  // furniture is short: most lines of a page are paragraphs, turned away here by their UTF-16 length alone
  if (text.length > 80) return null;
  const first = text[0] ?? '';
  if (first === '第' && PAGE_LINE.test(text) && !hasSentenceEnd(text)) return { kind: 'page', strong: true };
  if (NAV_FIRST.has(first) && NAV_LINE.test(text) && /[^\d\s|｜/·•\u00a0]/.test(text)) {
    // Stryker disable next-line OptionalChaining: NAV_LINE matched and a character other than digits and separators is there, so a word is
    const words = text.match(NAV_WORD)?.length ?? 0;
    return { kind: 'navigation', strong: words >= 2 || UNMISTAKABLE.test(text) };
  }
  const date = DATE.exec(text);
  if (date) {
    const rest = text.slice(date[0].length).trim();
    if (rest === '') return { kind: 'date', strong: false };
    if (NAV_LINE.test(rest)) return { kind: 'date', strong: true };
    return null;
  }
  if (ISSUE.test(text)) return { kind: 'issue', strong: true };
  // Stryker disable next-line Regex: a fast path before PUBLISHER, which ends in the same words
  const organiser = /(?:主办|出版|主管)$/.test(text) && PUBLISHER.test(text);
  if ((MASTHEAD.test(text) || organiser) && !/[。！？!?]/.test(text)) return { kind: 'masthead', strong: true };
  if (ISSUE_PART.test(text)) return { kind: 'issue', strong: false };
  if (/^[\d\s]+$/.test(text)) return { kind: 'other', strong: false };
  const item = LIST_ITEM.exec(text);
  if (item?.[1] && fitsIn(text, 48) && !/[。；;]/.test(text)) return { kind: 'headline-list', strong: false };
  return null;
}

export interface Furniture {
  tokens: readonly Token[];
  chrome: ParsedChrome[];
  facts: PageFacts;
  notes: ParseWarning[];
}

const textOf = (t: Token | undefined) => (t === undefined ? null : t.kind === 'heading' || t.kind === 'bold' ? null : t.text);

/** Lines above the first furniture at the top of a page: image alt text (`阴影`), a logo's name. */
const TOP_JUNK_MAX = 3;

export function findFurniture(tokens: readonly Token[]): Furniture {
  const kinds = markFurniture(tokens);
  // Stryker disable next-line ConditionalExpression: a fast path; gatherChrome gives the same for a page without furniture
  if (!kinds.some((k) => k !== null)) return { tokens, chrome: [], facts: factsOf([]), notes: [] };
  const { kept, chrome } = gatherChrome(tokens, kinds);
  const notes = chrome.map((c) => note(c.startLine, `furniture-${c.kind}`, `the site's ${DESCRIBE[c.kind]}: kept as page data, not as article text`));
  return { tokens: kept, chrome, facts: factsOf(chrome), notes };
}

/** What furniture each line is, or null: a line on its own, by its neighbours, or in the zone at the page's top. */
function markFurniture(tokens: readonly Token[]): (ChromeKind | null)[] {
  const n = tokens.length;
  // Stryker disable next-line ArrayDeclaration: an empty array reads undefined where this one reads null, and every reader takes both as "not furniture"
  const kinds: (ChromeKind | null)[] = new Array<ChromeKind | null>(n).fill(null);
  const own = tokens.map((t) => {
    const text = textOf(t);
    return text === null ? null : furnitureKind(text);
  });
  const strong = (j: number) => own[j]?.strong === true;
  let zone = true;
  for (let i = 0; i < n; i++) {
    const k = own[i];
    if (k?.strong) kinds[i] = k.kind;
    else if (k && (zone || strong(i - 1) || strong(i + 1) || kinds[i - 1] === 'headline-list')) kinds[i] = k.kind;
    else if (continuesHeadlineList(tokens, kinds, own, i)) kinds[i] = 'headline-list';
    else if (namesPageAbove(tokens, kinds, i)) kinds[i] = 'page';
    else if (i < TOP_JUNK_MAX && zone && topJunk(tokens, own, i)) kinds[i] = 'other';
    else zone = false;
    // an issue number printed over lines: `第` / `3529` / `期`
    if (kinds[i] === 'other' && kinds[i - 1] === 'issue' && /^\d+$/.test(textOf(tokens[i]) ?? '')) kinds[i] = 'issue';
    if (kinds[i] === 'issue' && kinds[i - 1] === 'other' && textOf(tokens[i]) === '期') kinds[i - 1] = 'issue';
  }
  return kinds;
}

/** A headline in the list printed over two lines: `· 党中央有关部门新闻发言人` / `名单首次公布`. */
function continuesHeadlineList(
  tokens: readonly Token[],
  kinds: readonly (ChromeKind | null)[],
  own: readonly ({ strong: boolean } | null)[],
  i: number,
): boolean {
  const t = tokens[i]!;
  return (
    kinds[i - 1] === 'headline-list' &&
    LIST_ITEM.test(textOf(tokens[i - 1]) ?? '') &&
    t.kind === 'text' &&
    fitsIn(t.text, 24) &&
    !hasSentenceEnd(t.text) &&
    own[i + 1] !== null // the next line is furniture too, or there is none (own[n] is undefined)
  );
}

/** `第8版:` with the page's name on the next line; not after the last of a list of pages, where a page went unnamed. */
function namesPageAbove(tokens: readonly Token[], kinds: readonly (ChromeKind | null)[], i: number): boolean {
  const t = tokens[i]!;
  return (
    kinds[i - 1] === 'page' &&
    kinds[i - 2] !== 'page' &&
    /[:：]$/.test(textOf(tokens[i - 1]) ?? '') &&
    t.kind === 'text' &&
    fitsIn(t.text, 16) &&
    !hasSentenceEnd(t.text)
  );
}

/** The furniture lines out of the token stream, grouped into chrome entries; what follows furniture starts a block. */
function gatherChrome(tokens: readonly Token[], kinds: readonly (ChromeKind | null)[]): { kept: Token[]; chrome: ParsedChrome[] } {
  const kept: Token[] = [];
  const chrome: ParsedChrome[] = [];
  // Stryker disable next-line BooleanLiteral: the first token of a page always starts a block (classifyLines)
  let afterChrome = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const kind = kinds[i] ?? null;
    if (kind === null) {
      // furniture stood where a blank line would: what follows it starts a block
      kept.push(afterChrome && t.kind === 'text' && !t.blockStart ? { ...t, blockStart: true } : t);
      afterChrome = false;
      continue;
    }
    afterChrome = true;
    const text = t.text; // only text lines become furniture beyond what furnitureKind read, and it reads no heading
    const last = chrome.at(-1);
    const group =
      kind === 'page' && PAGE_LINE.test(text) && kinds[i - 1] === 'page' && PAGE_LINE.test(textOf(tokens[i - 1]) ?? '') ? 'page-list' : kind;
    if (last && (kinds[i - 1] ?? null) !== null && (last.kind === group || (group === 'page-list' && last.kind === 'page'))) {
      last.kind = group;
      last.text = `${last.text}\n${text}`;
      last.endLine = t.line;
    } else {
      chrome.push({ kind: group, text, startLine: t.line, endLine: t.line });
    }
  }
  return { kept, chrome };
}

const DESCRIBE: Record<ChromeKind, string> = {
  page: 'page number and name',
  'page-list': 'list of pages',
  date: 'date line',
  issue: 'issue number',
  navigation: 'navigation',
  'headline-list': "list of the page's headlines",
  masthead: 'masthead or 刊号 line',
  other: 'furniture (image text, page numbers)',
  // Stryker disable next-line StringLiteral: findFurniture makes no repeat (repeats.ts does, with a note of its own); the Record asks for every kind
  repeat: 'repeated text',
  header: 'page header or footer',
  ad: 'advertisement',
  notice: 'notice',
  weather: 'weather table',
  index: 'index box',
};

/** Short lines at the very top, above strong furniture a line or two below: image alt text, a logo. */
function topJunk(tokens: readonly Token[], own: readonly ({ strong: boolean } | null)[], i: number): boolean {
  for (let j = 0; j <= i; j++) {
    const t = tokens[j];
    // Stryker disable next-line OptionalChaining: j <= i < tokens.length
    if (t?.kind !== 'text' || !fitsIn(t.text, 12) || hasSentenceEnd(t.text)) return false;
  }
  for (let j = i + 1; j < Math.min(tokens.length, TOP_JUNK_MAX + 1); j++) {
    if (own[j]?.strong) return true;
    const t = tokens[j];
    // Stryker disable next-line OptionalChaining: j < tokens.length
    if (t?.kind !== 'text' || !fitsIn(t.text, 12)) return false;
  }
  return false;
}

function factsOf(chrome: readonly ParsedChrome[]): PageFacts {
  const facts: PageFacts = { page: null, pages: [], date: null, headlines: [] };
  for (const c of chrome) {
    const lines = c.text.split('\n');
    if (c.kind === 'page-list') {
      for (const line of lines) {
        const m = PAGE_LINE.exec(line);
        // Stryker disable next-line OptionalChaining: each line of a page list is a PAGE_LINE (see group above), whose groups always take part
        if (m?.[1]) facts.pages.push({ number: Number(m[1]), name: m[2]?.trim() || null });
      }
    } else if (c.kind === 'page' && facts.page === null) {
      const m = PAGE_LINE.exec(lines[0] ?? '');
      // Stryker disable next-line OptionalChaining: as below, m and its name group are there
      const name = m?.[2]?.trim() || lines.slice(1).join('').trim() || null;
      // Stryker disable next-line ConditionalExpression,OptionalChaining: a page chrome opens with the strong PAGE_LINE that made it
      if (m?.[1]) facts.page = { number: Number(m[1]), name };
    } else if (c.kind === 'date' && facts.date === null) {
      const m = DATE.exec(lines[0] ?? '');
      // Stryker disable next-line ConditionalExpression,LogicalOperator,OptionalChaining: a date chrome opens with the DATE line that made it, all of whose groups take part
      if (m?.[1] && m[2] && m[3]) facts.date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    } else if (c.kind === 'headline-list') {
      for (const line of lines) {
        const item = LIST_ITEM.exec(line);
        if (item?.[1]) facts.headlines.push(item[1].trim());
        else if (facts.headlines.length > 0) facts.headlines[facts.headlines.length - 1] = joinCut(facts.headlines.at(-1)!, line.trim());
      }
    }
  }
  return facts;
}

/** What the manifest says of a page, to hold the furniture's facts against. */
export interface ExpectedPage {
  number: number;
  name: string | null;
  date: string;
}

/** Warnings where the page's furniture contradicts the manifest: page number, page name, date. */
export function checkFacts(facts: PageFacts, expected: ExpectedPage, line: number): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  const listed = facts.pages.find((p) => p.number === expected.number);
  const own = facts.page ?? null;
  if (own && own.number !== expected.number) {
    warnings.push(note(line, 'furniture-page-mismatch', `the page prints itself as page ${own.number}, the manifest says page ${expected.number}`));
  }
  const printedName = own?.number === expected.number ? own.name : (listed?.name ?? null);
  if (expected.name !== null && printedName !== null && printedName !== expected.name) {
    warnings.push(note(line, 'furniture-name-mismatch', `the page prints its name as "${printedName}", the manifest says "${expected.name}"`));
  }
  if (facts.date !== null && facts.date !== expected.date) {
    warnings.push(note(line, 'furniture-date-mismatch', `the page prints the date ${facts.date}, the manifest says ${expected.date}`));
  }
  return warnings;
}
