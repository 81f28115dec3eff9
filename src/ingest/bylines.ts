/** Bylines and datelines: recognising them on a line, and reading the people and roles out of them. */
import type { Author } from '../schema/edition.ts';
import { fitsIn } from './punctuation.ts';

const segmenter =
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: Node ≥ 20.19 (package.json engines) and every browser we support have Intl.Segmenter
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

const ROLES = [
  '本报特约记者',
  '本报见习记者',
  '本报实习记者',
  '本报首席记者',
  '本报记者',
  '本社记者',
  '新华社记者',
  '中新社记者',
  '人民日报记者',
  '特约记者',
  '见习记者',
  '实习记者',
  '首席记者',
  '摄影记者',
  '融媒体记者',
  '全媒体记者',
  '记者',
  '本报通讯员',
  '通讯员',
  '实习生',
  '本报评论员',
  '评论员',
  '责任编辑',
  '编辑',
];
const CONTRIBUTIONS = ['参与采写', '文/图', '图/文', '文/摄', '文图', '摄影', '供图', '摄', '文', '图', '整理', '采写', '报道', '制图', '绘'];
/** Who a credit names that is no person: `受访者供图` (the interviewee gave the photo), `警方供图`. */
const NOT_A_PERSON = new Set(['受访者', '被访者', '警方', '资料', '网络', '读者', '主办方', '校方', '院方', '官方', '网友']);

const ROLE_ALT = ROLES.map(escape).join('|');
const CONTRIB_ALT = CONTRIBUTIONS.map(escape).join('|');
/** The paper, station or media centre a job title names before its role: 四川日报 全媒体记者, 川江都市报 记者. */
const EMPLOYER = '[\\u4e00-\\u9fff·]{0,14}(?:报|社|台|网|媒体|中心|频道|杂志|集团)';
/** Where a paper sent its reporter, between the employer and the role: 辽沈晚报 特派朝阳 记者, 驻京 记者. */
const POSTING = '(?:特派|驻)[\\u4e00-\\u9fff]{0,6}?';
/** A job title (`川江都市报记者`), with the name glued after it when no space was printed (`川江都市报记者燕伟民`). */
const JOB_TITLE = new RegExp(`^(${EMPLOYER}(?:${POSTING})?(?:${ROLE_ALT}))([\\u4e00-\\u9fff]{2,4})?$`);
/** A contribution mark before the names: `文<邓敏敏` (`<` is how one site renders the mark), `文/张三`, `摄影：李四`. */
const MARKED = new RegExp(`^(?:${CONTRIB_ALT})\\s*[<＜/／:：]\\s*(?=[\\u4e00-\\u9fff])`);

function escape(s: string): string {
  // Stryker disable next-line Regex: escaping every other character too changes nothing, since without the u flag `\本` is `本`
  return s.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&');
}

/** Bullets that papers print before a byline line (■ 记者 张清, ● 钟瑞华, ◎ 川江都市报记者 燕伟民). */
export const BYLINE_BULLET = /^[■□●○◆◇▲△★☆◎]\s*/;

const STARTS_WITH_ROLE = new RegExp(`^(?:(?:${CONTRIB_ALT})\\s*[/／]?\\s*)?(?:${EMPLOYER}(?:${POSTING})?)?(?:${ROLE_ALT})`);

/**
 * A line that is a byline by itself, once any bullet or `>` is removed: short, and opening with a role
 * (`本报记者`, `川江都市报记者`) or a contribution mark (`文<邓敏敏`, `文/张三`).
 */
export function looksLikeBylineLine(text: string): boolean {
  if (text.length > 60 || /[。！？!?]$/.test(text)) return false;
  if (LATIN_BYLINE.test(text)) return true;
  const inner = text.replace(/^[(（]/, '');
  return STARTS_WITH_ROLE.test(inner) || (MARKED.test(inner) && text.length <= 30 && !/[，,。；;]/.test(text));
}

/** A name as European papers print it: capitalised words, a particle between them (`Alessandro de Bertolini`). */
const LATIN_NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|di|da|del|della|van|von|der|du|le|la)\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,3}";
/** Between names: a comma, or `and` in the paper's language (e, ed, and, und, et, y). */
const LATIN_AND = '(?:\\s*,\\s*|\\s+(?:e|ed|and|und|et|y)\\s+)';
/**
 * A byline in a European language: `di Michele Ainis` (Italian), `By Jane Doe and John Roe`, `von …`, `par …`,
 * `por …`; the names and nothing else after the word for "by".
 */
const LATIN_BYLINE = new RegExp(`^(?:[Dd]i|[Bb]y|[Vv]on|[Pp]ar|[Pp]or)\\s+(${LATIN_NAME}(?:${LATIN_AND}${LATIN_NAME})*)$`, 'u');

/**
 * A European byline (`di Elena Dusi, Giovanni Egidio e Alessandro Puglia`): its commas separate names, so a line
 * reader that takes a comma for a sentence's (a Chinese byline has none) can let this kind through.
 */
export function isLatinByline(text: string): boolean {
  return text.length <= 60 && LATIN_BYLINE.test(text);
}

/** `《人民日报》（2025年01月03日第 01 版）` at the end of a byline: where the article was printed, not a person. */
const PRINTED_IN = /《[^》\n]{1,20}》\s*[（(][^（()）\n]{0,40}版\s*[）)]\s*$/;

/** Splits the source citation off a byline: `新华社记者《人民日报》（…第 01 版）` → `新华社记者` + the citation. */
export function splitPrintedIn(byline: string): { byline: string; printedIn: string | null } {
  const m = PRINTED_IN.exec(byline);
  if (!m) return { byline, printedIn: null };
  return { byline: byline.slice(0, m.index).trim(), printedIn: m[0].trim() };
}

/** A line that is only a citation: `《人民日报》（2025年01月03日第 01 版）`. */
export function isPrintedIn(text: string): boolean {
  const m = PRINTED_IN.exec(text);
  return m !== null && m.index === 0;
}

/** `（本报记者甲、乙参与采写）` closing an article: the paper's note of who helped, printed as the last line. */
export const CONTRIBUTORS_NOTE = /^[（(][^（()）]{2,80}(?:参与采写|参与报道|参与采访|对本文亦有贡献)[）)]$/;

// Surnames that open most names; a run-in byline is split only after one of them.
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
]);
/** Two or three characters after a common surname: as a person's name is printed (`罗曦`, `张清`). */
export const looksLikeName = (text: string): boolean => text.length >= 2 && text.length <= 3 && SURNAMES.has(text[0]!);

/** Words that open a sentence: after a two-character name they start the text, not a third character of it. */
const OPENERS = new Set([...'我你他她它在被从当这那每一今去昨有是对把为自据因随与和如若虽但而也都又还早那再多']);

export interface RunIn {
  name: string;
  text: string;
  /** No space was printed between the name and the text: where the name ends is a guess. */
  guessed: boolean;
}

/**
 * A byline run into the first words of the text, after a bullet: `● 钟瑞华 在我的记忆里…`, or with nothing
 * between (`● 钟瑞华前几天整理…`, as overview pages print a teaser). With a space the name is what
 * stands before it; without, a name of two or three characters after a common surname, or a pen name that
 * is one word (`河流我的家乡…`), is read off the front.
 */
export function splitRunIn(rest: string, allowGuess: boolean): RunIn | null {
  // only white space may stand between: a colon is a character of the page, and the split would drop it
  const spaced = /^([\u4e00-\u9fff]{2,4})[\s\u00a0]+(\S[\s\S]*)$/.exec(rest);
  if (spaced?.[1] && spaced[2]) {
    // `张三 李四` is two names, not a name and its text: the text holds punctuation, or is longer than names
    if (fitsIn(spaced[2], 8) && !/[，,。！？!?；;、…]|\.{3}/.test(spaced[2])) return null;
    if (!SURNAMES.has(spaced[1][0]!) && !allowGuess) return null;
    return { name: spaced[1], text: spaced[2], guessed: false };
  }
  if (!allowGuess || !/^[\u4e00-\u9fff]{5}/.test(rest)) return null;
  // Stryker disable next-line OptionalChaining,StringLiteral: segmenter is never null where we run (above), and rest holds five characters, so there is a first segment
  const word = segmenter?.segment(rest.slice(0, 12))[Symbol.iterator]().next().value?.segment ?? '';
  if (word.length >= 2 && word.length <= 3 && OPENERS.has(rest[word.length]!)) return { name: word, text: rest.slice(word.length), guessed: true };
  if (!SURNAMES.has(rest[0]!)) return null;
  const length = OPENERS.has(rest[2]!) ? 2 : 3;
  return { name: rest.slice(0, length), text: rest.slice(length), guessed: true };
}

/** The byline in brackets after a dateline: `(记者 戴余乐)`, with a note after a name (`（记者 甲乙（实习））`). */
const BRACKETED_BYLINE = '([(（](?:[^()（）\\n]|[(（][\\u4e00-\\u9fff]{1,6}[)）]){1,40}[)）])?';
/** The byline after a dateline without brackets, as `…报道` closes it: `本报讯 辽沈晚报记者闫柳报道 昨日…`. */
const REPORTED_BYLINE = `((?:${EMPLOYER}(?:${POSTING})?)?(?:${ROLE_ALT})\\s*[\\u4e00-\\u9fff]{2,4}?\\s*(?:报道|报导)(?![\\u4e00-\\u9fff]))`;
const DATELINES: RegExp[] = [
  // 本报讯 辽沈晚报记者闫柳报道 昨日…
  new RegExp(`^(本报讯)\\s*${REPORTED_BYLINE}`),
  // 本报讯(记者 戴余乐) / 本报讯（罗曦） / 本报讯
  new RegExp(`^(本报讯)\\s*${BRACKETED_BYLINE}`),
  // 【新华社延安十四日电】, 【本报北京1月2日讯】
  new RegExp(`^(【[^【】\\n]{2,30}[电讯]】)\\s*${BRACKETED_BYLINE}`),
  // 新华社北京1月2日电(记者 张三), 本报成都7月4日电, 新华社延安十四日急电, 本报综合新华社12月28日消息
  new RegExp(
    `^((?:新华社|中新社|本报|人民日报)[^\\s，,。；;:：(（【】“”]{0,12}?(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日(?:急)?(?:[电讯]|消息))\\s*${BRACKETED_BYLINE}`,
  ),
];

export interface Dateline {
  dateline: string;
  /** The byline printed in parentheses after the dateline, as printed: `(记者 戴余乐)`. */
  byline: string | null;
  /** The paragraph after the dateline and its byline. */
  rest: string;
}

export function matchDateline(paragraph: string): Dateline | null {
  for (const re of DATELINES) {
    const m = re.exec(paragraph);
    if (m?.[1]) {
      return { dateline: m[1], byline: m[2] ?? null, rest: paragraph.slice(m[0].length).trim() };
    }
  }
  return null;
}

/** `本社记者陈沂报导：…` at the start of a dispatch names its author. */
const REPORTED_BY = new RegExp(`^(${ROLE_ALT})([\\u4e00-\\u9fff]{2,4}?)(?:报导|报道)[:：]`);

export function reporterInText(paragraph: string): Author | null {
  const m = REPORTED_BY.exec(paragraph);
  return m?.[1] && m[2] ? { name: m[2], role: m[1], contribution: null } : null;
}

const OPENING = '(（【';
const CLOSING = ')）】';

/**
 * A byline without the brackets printed around it: `（记者 甲乙）`, `（罗曦）`, `（记者 张三） 摄` (the mark outside
 * them), keeping a note's own (`（记者 甲乙（实习））` → `记者 甲乙（实习）`). Not the （ of a note before the names
 * (`（特约） 甲乙`), nor the ） of a note (`甲乙（实习）`). Then a closing bracket that closes nothing, its opening one
 * lost (cut off with the line before, or by OCR), goes wherever it is: `记者 张三） 摄`, `记者 张三） 李四`.
 */
function unbracketed(byline: string): string {
  let text = byline;
  if (/^[(（【]/.test(text) && !/^[（(][\u4e00-\u9fff]{1,6}[）)]./.test(text)) {
    let depth = 0;
    let close = -1;
    for (let i = 0; i < text.length && close < 0; i++) {
      if (OPENING.includes(text[i]!)) depth++;
      else if (CLOSING.includes(text[i]!) && --depth === 0) close = i;
    }
    text = close < 0 ? text.slice(1) : `${text.slice(1, close)}${text.slice(close + 1)}`; // never closed: the opening one alone
  }
  let open = 0;
  let kept = '';
  for (const char of text) {
    if (CLOSING.includes(char)) {
      if (open === 0) continue; // closes nothing
      open--;
    } else if (OPENING.includes(char)) open++;
    kept += char;
  }
  return kept;
}

/**
 * Reads people out of a byline as printed: `记者 宋雪 文/图`, `(羊科 记者 杨心梅)`,
 * `本报记者  王  政《人民日报》（2025年01月08日第 18 版）`, `本报记者 钱一彬、林小溪、刘雨瑞`, `新华社记者  毛思倩摄`.
 * A role applies to the names after it; a contribution (文/图, 摄) to the names before it, or to the names
 * after it when none came before.
 */
export function parseAuthors(byline: string): Author[] {
  const latin = LATIN_BYLINE.exec(byline.trim());
  if (latin) return dedupe(latin[1]!.split(new RegExp(LATIN_AND, 'u')).map((name) => ({ name, role: null, contribution: null })));
  // Stryker disable next-line MethodExpression: splitTokens splits on white space and drops empty tokens, which is all the trim does
  const core = unbracketed(byline.replace(/《[^》]*》.*$/, '')) // the publication credit after the names
    .replace(MARKED, (mark, at: number, whole: string) =>
      CONTRIBUTIONS.some((c) => c.includes('/') && whole.startsWith(c, at)) ? mark : `${mark.replace(/\s*[<＜/／:：]\s*$/, '')} `,
    ) // 文<邓敏敏 → 文 邓敏敏
    .trim();
  const tokens = splitTokens(core);
  const authors: Author[] = [];
  let role: string | null = null;
  let sinceRole: Author[] = [];
  let pendingContribution: string | null = null;
  let named: Author | null = null; // the person named last, unless a role or a marked contribution came after
  for (const { text: token, forward } of tokens) {
    if (NOTE.test(token)) {
      // `甲乙（实习）`: a note after a name is that person's; after a role (`记者（特约）`) or before any name, the role's
      if (named) named.role = `${named.role ?? ''}${token}`;
      else role = `${role ?? ''}${token}`;
      continue;
    }
    if (forward) {
      // `文/张三 图/李四`: a contribution marked before a name is that name's, not the names' before it
      pendingContribution = token;
      sinceRole = [];
      named = null;
      continue;
    }
    const job = ROLES.includes(token) ? null : JOB_TITLE.exec(token);
    if (ROLES.includes(token) || job?.[1]) {
      role = job?.[1] ?? token;
      sinceRole = [];
      named = null;
      if (!job?.[2]) continue;
      const author: Author = { name: job[2], role, contribution: pendingContribution };
      authors.push(author);
      sinceRole.push(author);
      named = author;
      continue;
    }
    if (CONTRIBUTIONS.includes(token)) {
      // the names after a contribution are a group of their own (`甲乙/文 丙丁/图`)
      if (sinceRole.length > 0) for (const a of sinceRole.splice(0)) a.contribution = token;
      else pendingContribution = token;
      continue;
    }
    if (NOT_A_PERSON.has(token)) {
      // `受访者供图`: the credit's source is no author, and its contribution is nobody's before it
      sinceRole = [];
      named = null;
      continue;
    }
    const author: Author = { name: token, role, contribution: pendingContribution };
    authors.push(author);
    sinceRole.push(author);
    named = author;
  }
  return dedupe(authors);
}

/** `图/李四`, `摄影：李四`, `图<李四` inside a byline: a contribution marked before the name it belongs to. */
const CONTRIB_MARK_NAME = new RegExp(`^(${CONTRIB_ALT})[<＜/／:：](.+)$`);
const ROLE_GLUED = new RegExp(`^(${ROLE_ALT})(.+)$`);
/** A contribution glued after a name, or after a mark after it: `徐杨摄`, `李衍慧/文`, `受访者供图`. */
const CONTRIB_GLUED = new RegExp(`^(.+?)[/／]?(${CONTRIB_ALT})$`);

interface BylineToken {
  text: string;
  /** A contribution printed before its names with a mark (`图/李四`): it applies to the names after it. */
  forward?: true;
}

/** A short note in brackets after a name or a role (`甲乙（实习）`, `记者(特约)`): it qualifies the role, as printed. */
const NOTE_SPLIT = /([（(][\u4e00-\u9fff]{1,6}[）)])/;
const NOTE = new RegExp(`^${NOTE_SPLIT.source}$`);

/** Splits on spaces and list marks, peels glued roles and contributions, and rejoins names spaced for width. */
function splitTokens(core: string): BylineToken[] {
  // Stryker disable next-line Regex: splitting on each separator alone only adds empty tokens, which filter(Boolean) drops
  const raw = core
    .split(/[\s\u00a0、，,；;]+/)
    .flatMap((t) => t.split(NOTE_SPLIT))
    .filter(Boolean); // 甲乙（实习）丙丁: 甲乙, （实习）, 丙丁
  const out: BylineToken[] = [];
  for (let token of raw) {
    // 图/李四: a contribution and a name on either side of the mark (文/图 itself is one contribution)
    const marked = CONTRIBUTIONS.includes(token) ? null : CONTRIB_MARK_NAME.exec(token);
    if (marked?.[1] && marked[2]) {
      out.push({ text: marked[1], forward: true });
      token = marked[2];
    }
    const role = ROLE_GLUED.exec(token);
    if (role?.[1] && role[2] && !ROLES.includes(token)) {
      out.push({ text: role[1] });
      token = role[2];
    }
    const contrib = CONTRIB_GLUED.exec(token);
    // one character before the mark is a name's only after a lone character (`徐  杨摄`, a name spaced for width), not in `张文`
    if (
      contrib?.[1] &&
      contrib[2] &&
      !ROLES.includes(token) &&
      !CONTRIBUTIONS.includes(token) &&
      (contrib[1].length >= 2 || isSpacedHalf(out.at(-1)))
    ) {
      out.push({ text: contrib[1] }, { text: contrib[2] });
      continue;
    }
    out.push({ text: token });
  }
  // `王  政`: a name spaced out to fill the width of a column prints as two one-character tokens.
  const merged: BylineToken[] = [];
  for (const token of out) {
    const prev = merged.at(-1);
    if (isSpacedHalf(prev) && isLoneHan(token.text) && !CONTRIBUTIONS.includes(token.text)) {
      prev.text += token.text;
    } else {
      merged.push(token);
    }
  }
  return merged;
}

/** One character, spaced from the next, that is not a contribution: the first half of a name set to width. */
const SPACED_NAME = new RegExp(
  `(?<![\\u4e00-\\u9fff])(?!(?:${CONTRIB_ALT})\\s)([\\u4e00-\\u9fff])\\s+(?!(?:${CONTRIB_ALT})(?![\\u4e00-\\u9fff]))([\\u4e00-\\u9fff])(?=(?:${CONTRIB_ALT})?(?![\\u4e00-\\u9fff]))`,
  'gu',
);

/**
 * A byline or a credit as the reader shows it and searches it: a name set with spaces to fill a column's width
 * (`本报记者  王  政`, `徐  杨摄`) closed up (`本报记者 王政`, `徐杨摄`), the same names `parseAuthors` reads, and
 * every run of spaces one space. The spaces were the printer's, not the writer's: a reader who types 王政 must find it.
 */
export function closeSpacedNames(text: string): string {
  return text.replace(SPACED_NAME, '$1$2').replace(/\s+/gu, ' ').trim();
}

/** A token that is the first half of a name spaced out for width (`王  政`): one character, not a mark (every role is longer). */
function isSpacedHalf(token: BylineToken | undefined): token is BylineToken {
  return token !== undefined && isLoneHan(token.text) && !CONTRIBUTIONS.includes(token.text);
}

function isLoneHan(token: string): boolean {
  return /^[\u4e00-\u9fff]$/.test(token);
}

function dedupe(authors: Author[]): Author[] {
  const seen = new Set<string>();
  return authors.filter((a) => (seen.has(a.name) ? false : (seen.add(a.name), true)));
}
