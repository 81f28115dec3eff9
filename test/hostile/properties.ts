/**
 * The properties parsePage must keep on any input, shared by the test run (test/hostile/fuzz.test.ts, a few
 * hundred cases) and the long run (`npm run fuzz`, test/hostile/fuzz.ts, 100,000+ cases).
 *
 *   never throws · loses no character · invents no character · deterministic · schema-valid once assembled
 *
 * "Characters" are counted as a multiset of code points (a lone surrogate counts as one, see charBag), leaving out the
 * markup the parser is allowed to drop: `#`, `>`, `*`, the byline bullets ■□●○◆◇▲△★☆◎, and all white space.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parsePage, type ParsedPage } from '../../src/ingest/parsePage.ts';
import { assembleEdition } from '../../src/ingest/assembleEdition.ts';
import { ArticleSchema, BannerSchema, ChromeSchema, WarningSchema } from '../../src/schema/edition.ts';
import type { Taxonomy } from '../../src/schema/manifest.ts';

export const SEED_FILE = 'data/papers/lsrb/2024-07-05/leshan-daily-2024-07-05.txt';
export const SEED = readFileSync(new URL(`../../${SEED_FILE}`, import.meta.url), 'utf8');

/**
 * How many cases a property test runs: `n`, or fewer when PROPERTY_RUNS says so (`npm run mutation` sets it,
 * vitest.mutation.config.ts, because every mutant runs the tests again).
 */
export function propertyRuns(n: number): number {
  const cap = Number(process.env.PROPERTY_RUNS);
  return Number.isInteger(cap) && cap > 0 ? Math.min(n, cap) : n;
}

const MARKUP = /^(?:[#>*■□●○◆◇▲△★☆◎]|\s)$/u;

/**
 * Character → count, markup left out. Characters beyond the BMP are counted as their two UTF-16 halves, the
 * same as lone surrogates: joining two cut lines may pair a lone high half with a lone low one, and that
 * neither loses nor invents anything.
 */
export function charBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const c of text) {
    if (MARKUP.test(c)) continue;
    for (const unit of c.length === 2 ? [c[0]!, c[1]!] : [c]) bag.set(unit, (bag.get(unit) ?? 0) + 1);
  }
  return bag;
}

/** The primary text fields of a parsed page, furniture included: where every character of the input must end up, once. */
export function primaryText(page: ParsedPage): string[] {
  const out: string[] = [];
  for (const a of page.articles) {
    for (const field of [a.kicker, a.series, a.headline, a.subheadline, a.byline, a.dateline, a.printedIn]) if (field !== null) out.push(field);
    for (const b of a.blocks) {
      if (b.type === 'figure') {
        out.push(b.caption);
        if (b.credit !== null) out.push(b.credit);
      } else {
        out.push(b.text);
      }
    }
  }
  for (const b of page.banners) out.push(b.text);
  // page furniture (an e-paper site's chrome) and text the site printed twice are kept as the page's data
  for (const c of page.chrome) out.push(c.text);
  return out;
}

/**
 * `__bold__` is markdown emphasis, like `**bold**`: the parser drops the `__` pair around a whole line (a bold
 * subhead). Those four underscores are markup too; every other `_` counts.
 */
function underscoreMarkup(input: string): number {
  // as tokenize reads a bold line: the whole trimmed line, and something other than white space inside
  return input.split(/\r\n|\r|\n/).filter((line) => /^__(.+)__$/.exec(line.trim())?.[1]?.trim()).length * 4;
}

/** What the output has too few (lost) and too many (invented) of, by character; empty when they match. */
export function bagDiff(input: string, page: ParsedPage): { lost: string[]; invented: string[] } {
  const want = charBag(input);
  const underscores = underscoreMarkup(input);
  if (underscores > 0) want.set('_', Math.max(0, (want.get('_') ?? 0) - underscores));
  // A column's name read from after a headline (`…（观象台）`, src/ingest/columnNames.ts) keeps its name in `series`;
  // the parentheses around it are its marks, like `#`.
  for (const article of page.articles) {
    const printed = article.series === null ? undefined : [`（${article.series}）`, `(${article.series})`].find((form) => input.includes(form));
    if (printed) for (const mark of [printed[0]!, printed.at(-1)!]) want.set(mark, Math.max(0, (want.get(mark) ?? 0) - 1));
  }
  const got = charBag(primaryText(page).join('\n'));
  const lost: string[] = [];
  const invented: string[] = [];
  for (const [c, n] of want) for (let k = got.get(c) ?? 0; k < n; k++) lost.push(c);
  for (const [c, n] of got) for (let k = want.get(c) ?? 0; k < n; k++) invented.push(c);
  return { lost, invented };
}

const show = (chars: string[]) =>
  chars
    .slice(0, 20)
    .map((c) => JSON.stringify(c))
    .join(' ');

const TAXONOMY: Taxonomy = {
  sections: [{ slug: 'politics', name: '时政', keywords: ['全会', '会议'] }],
  fallback: { slug: 'local', name: '本地' },
};

/** Every property at once, throwing a readable Error at the first that fails (fast-check shrinks on it). */
export function checkPage(raw: string): void {
  const page = parsePage(raw);
  const { lost, invented } = bagDiff(raw, page);
  if (lost.length > 0) throw new Error(`lost ${lost.length} character(s): ${show(lost)}`);
  if (invented.length > 0) throw new Error(`invented ${invented.length} character(s): ${show(invented)}`);
  const again = parsePage(raw);
  if (JSON.stringify(again) !== JSON.stringify(page)) throw new Error('not deterministic: a second parse of the same text differs');
  // What `npm run parse` does with it: assemble and validate. A failure here would print "internal error".
  const edition = assembleEdition(
    { slug: 'p', name: 'p' },
    { date: '2024-07-05', pages: [{ number: 1, file: 'page.txt' }] },
    [{ number: 1, name: null, file: 'page.txt', parsed: page }],
    TAXONOMY,
  );
  for (const a of edition.articles) ArticleSchema.parse(a);
  for (const b of edition.banners) BannerSchema.parse(b);
  for (const c of edition.chrome) ChromeSchema.parse(c);
  for (const w of edition.warnings) WarningSchema.parse(w);
}

// ---------------------------------------------------------------------------------------------------------
// Arbitraries

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Pieces a page is made of, markup and prose, so that random pages look enough like pages to reach deep. */
const FRAGMENTS = [
  '# ',
  '## ',
  '### ',
  '#### ',
  '####### ',
  '#',
  '> ',
  '>',
  '**',
  '__',
  '*',
  '■ ',
  '■ 记者 某某',
  '□',
  '★',
  '本报讯',
  '本报讯(记者 甲乙)',
  '本报讯（罗曦）',
  '【新华社延安十四日电】',
  '新华社北京1月2日电（记者 李四）',
  '记者 宋雪 文/图',
  '> 本报记者  王  政《人民日报》（2025年01月08日第 18 版）',
  '本社记者陈某报导：',
  '徐杨摄',
  '新华社记者  毛思倩摄',
  '图为',
  '图：',
  '（图片）',
  '——',
  '--',
  '\u3000\u3000',
  '\u3000',
  '\t',
  ' ',
  '  ',
  // e-paper furniture, new byline marks, teasers, citations
  '第01版:要闻',
  '第8版:',
  '上一版',
  '下一版 上一期',
  '返回主页 | 版面导航',
  '2024年05月20日',
  '第',
  '2817',
  '期',
  '国内统一刊号:CN99-0001',
  '· ',
  '● 林晓雨',
  '◎ 青城晚报记者 陆一鸣',
  '文<何晓棠',
  '文/',
  '...',
  '…',
  '《某某日报》（2025年01月01日第 01 版）',
  '（本报记者甲乙参与采写）',
  '本报综合新华社4月10日消息',
  '\n',
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '连日来,全市上下掀起了热潮。',
  '会议召开',
  '创新为“核”',
  '加快构建现代化产',
  '业体系。',
  '宣',
  '传',
  '：',
  ':',
  '，',
  ',',
  '。',
  '！',
  '?',
  '；',
  '、',
  '（',
  '）',
  '(',
  ')',
  '【',
  '】',
  '“',
  '”',
  '…',
  'abc',
  'Latin words',
  '2024',
  '7月4日',
  '\u00a0',
  '\ufeff',
  '\u200b',
  '\u2028',
  'é',
  '😀',
  '𠀀',
];

const fragment = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...'甲乙丙丁中国新闻发展'), minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: loneSurrogate },
);

/** Page-like text: fragments glued, so that lines start with markup and hold CJK prose with and without 。 */
export const pageLike = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));

/** Page-like text built line by line: a line is a markup prefix (or none) and a body. */
export const pageLines = fc
  .array(
    fc.tuple(
      fc.constantFrom('', '', '', '# ', '## ', '### ', '> ', '■ ', '\u3000\u3000', '**', '本报讯(记者 甲乙)'),
      fc
        .array(
          fragment.filter((f) => !f.includes('\n') && !f.includes('\r')),
          { maxLength: 8 },
        )
        .map((p) => p.join('')),
      fc.constantFrom('', '', '**', '。', ' #'),
      fc.constantFrom('\n', '\n', '\n\n', '\r\n'),
    ),
    { maxLength: 40 },
  )
  .map((lines) => lines.map((parts) => parts.join('')).join(''));

export const anyGrapheme = fc.string({ unit: 'grapheme', maxLength: 200 });
export const anyBinary = fc.string({ unit: 'binary', maxLength: 200 });
export const withSurrogates = fc.string({ unit: fc.oneof(fc.constantFrom(...FRAGMENTS), loneSurrogate), maxLength: 60 });

const SEED_LINES = SEED.split('\n');
const MARKUP_INSERTS = ['# ', '## ', '### ', '> ', '**', '■ ', '\u3000\u3000', '#', '本报讯', '● ', '第01版:', '· ', '...'];

type Edit =
  | { op: 'drop'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'mark'; at: number; mark: string; end: boolean };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('mark' as const), at: fc.nat(), mark: fc.constantFrom(...MARKUP_INSERTS), end: fc.boolean() }),
);

function applyEdits(edits: Edit[]): string {
  const lines = [...SEED_LINES];
  for (const e of edits) {
    if (lines.length === 0) break;
    const at = e.at % lines.length;
    if (e.op === 'drop') lines.splice(at, 1);
    else if (e.op === 'duplicate') lines.splice(at, 0, lines[at]!);
    else if (e.op === 'swap') {
      const other = e.with % lines.length;
      [lines[at], lines[other]] = [lines[other]!, lines[at]!];
    } else lines[at] = e.end ? `${lines[at]}${e.mark}` : `${e.mark}${lines[at]}`;
  }
  return lines.join('\n');
}

/** The seed edition with lines dropped, duplicated, swapped, and markup put in. */
export const seedMutation = fc.array(edit, { minLength: 1, maxLength: 12 }).map(applyEdits);

/** The properties by name: what `npm run fuzz` runs, and what the test run runs a few hundred cases of. */
export const PROPERTIES = {
  'random graphemes': anyGrapheme,
  'random code points (binary)': anyBinary,
  'fragments with lone surrogates': withSurrogates,
  'page-like text from fragments': pageLike,
  'page-like lines': pageLines,
  'mutations of the seed': seedMutation,
} as const;

export function propertyFor(arbitrary: fc.Arbitrary<string>) {
  return fc.property(arbitrary, (raw) => {
    checkPage(raw);
  });
}
