/**
 * Every rule that leaves a parser note (`… (rule: NAME)`), with what the note says to a reader in Chinese (the
 * 原文与解析记录 view) and whether `--strict` stops on it. The notes themselves stay in English in edition.json and
 * `npm run report`, for publishers; `note()` takes only a rule named here, so a new rule cannot ship without its
 * Chinese and its strictness.
 */
import type { ChromeKind } from './ParsedPage.ts';

interface NoteRule {
  /** The English message's variable parts, captured in order. */
  en?: RegExp;
  /** The note in Chinese, from those parts. */
  zh: (...parts: string[]) => string;
  /**
   * A person must fix this before it is published: the page contradicts its manifest (a wrong file, page or
   * date). Every other note is a guess the parser is sure enough of: a note in the report, not a refusal.
   */
  mustFix?: true;
}

const FURNITURE_ZH: Record<ChromeKind, string> = {
  page: '版次和版名',
  'page-list': '版面列表',
  date: '日期行',
  issue: '期号',
  navigation: '导航',
  'headline-list': '本版标题列表',
  masthead: '报头或刊号行',
  other: '版面杂项（图片文字、页码）',
  repeat: '重复的文字',
  header: '页眉或页脚',
  ad: '广告',
  notice: '启事',
  weather: '天气表',
  index: '索引栏',
};

const furniture = Object.fromEntries(
  Object.entries(FURNITURE_ZH).map(([kind, zh]) => [`furniture-${kind}`, { zh: () => `网站的${zh}，作为版面数据保留，不算文章正文` }]),
) as Record<`furniture-${ChromeKind}`, NoteRule>;

/** headline-stack and heads-above-byline name the parts they read: kicker, headline, subheadline. */
const PARTS: Record<string, string> = { kicker: '引题', headline: '主标题', subheadline: '副题' };
const parts = (list: string) =>
  list
    .split(/,\s*|\s+and\s+/)
    .map((p) => PARTS[p.trim()] ?? p)
    .join('、');

export const NOTE_RULES = {
  'markup-only': { zh: () => '只有标记符号、没有文字的一行，略去' },
  'text-before-headline': { zh: () => '标题之前的文字，作为没有标题的文章保留' },
  'banner-without-article': { en: /^"(.*)" has no article/s, zh: (text) => `“${text}”下面没有文章（或转至他版），作为栏题保留` },
  'headline-over-headline': { zh: () => '连续两个标题，前一个读作后一个的引题' },
  'banner-over-brief': { zh: () => '另一则简讯上方的栏题，读作它的栏目' },
  'orphan-heading': { en: /level-(\d+) heading/, zh: (level) => `上面没有主标题的${level}级标题，读作标题` },
  'headline-from-list': { zh: () => '分两行排的标题，网站的标题列表印作一行，读作一个标题' },
  'headline-stack': { en: /over (\d+) lines: read as (.+)$/, zh: (n, read) => `叠成${n}行的标题，读作${parts(read)}` },
  'heads-above-byline': { en: /^(\d+) head lines.*: read as (.+)$/, zh: (n, read) => `署名上方单独成行的${n}行标题，读作${parts(read)}` },
  'caption-above-byline': { zh: () => '标题与署名之间的一行，读作图片说明' },
  'cut-paragraph': { en: /at line (\d+)/, zh: (line) => `接上第${line}行被分栏截断的段落` },
  'caption-inside-cut': { zh: () => '被分栏截断的段落中间的一行短句，读作图片说明' },
  'short-line-subhead': { zh: () => '段落之间一行没有标点的短句，读作小标题' },
  standfirst: { zh: () => '第一段结尾没有句末标点，单独作为导语，不与下文相接' },
  'byline-run-in': { en: /read "(.*)" as the name/s, zh: (name) => `署名连着正文，把“${name}”读作署名` },
  'contributors-note': { zh: () => '文末的参与采写说明，按原位置保留为正文，不并入署名' },
  'teaser-overview': { en: /overview of (\d+) articles/, zh: (n) => `${n}篇文章的导读，每篇一个标题加一段截断的摘要，读作${n}篇短文` },
  'repeated-text': { en: /text of line (\d+)/, zh: (line) => `第${line}行的文字又印了一遍，只保留一次` },
  ...furniture,
  'furniture-page-mismatch': {
    en: /as page (\S+), the manifest says page (\S+)$/,
    zh: (a, b) => `本版印的是第${a}版，本期目录写的是第${b}版`,
    mustFix: true,
  },
  'furniture-name-mismatch': {
    en: /name as "(.*)", the manifest says "(.*)"$/s,
    zh: (a, b) => `本版印的版名是“${a}”，本期目录写的是“${b}”`,
    mustFix: true,
  },
  'furniture-date-mismatch': {
    en: /the date (\S+), the manifest says (\S+)$/,
    zh: (a, b) => `本版印的日期是${a}，本期目录写的是${b}`,
    mustFix: true,
  },
} satisfies Record<string, NoteRule>;

export type NoteRuleName = keyof typeof NOTE_RULES;

const RULE_SUFFIX = /\s*\(rule: ([a-z0-9-]+)\)$/;

/** The rule a note names, or null for a note that names none. */
export function ruleOf(message: string): string | null {
  return RULE_SUFFIX.exec(message)?.[1] ?? null;
}

function ruleNamed(name: string | null): NoteRule | undefined {
  return name !== null && Object.hasOwn(NOTE_RULES, name) ? (NOTE_RULES as Record<string, NoteRule>)[name] : undefined;
}

/** Whether `--strict` refuses to publish on this note: only what a person must fix (see NoteRule.mustFix). */
export function mustFix(message: string): boolean {
  return ruleNamed(ruleOf(message))?.mustFix === true;
}

/**
 * A note as a reader sees it in 原文与解析记录: in Chinese, the rule's name kept in parentheses so it can still be
 * traced to its code. A note naming no known rule, or worded unlike its rule, is shown as written.
 */
export function readerNote(message: string): string {
  const name = ruleOf(message);
  const rule = ruleNamed(name);
  if (!rule) return message;
  const english = message.replace(RULE_SUFFIX, '');
  const found = rule.en ? rule.en.exec(english) : [];
  if (!found) return message;
  return `${rule.zh(...found.slice(1).map((part) => part ?? ''))}（${name}）`;
}
