/** Bylines and datelines: recognising them on a line, and reading the people and roles out of them. */
import type { Author } from '../schema/edition.ts';

const ROLES = [
  '本报特约记者', '本报见习记者', '本报实习记者', '本报首席记者', '本报记者', '本社记者', '新华社记者', '中新社记者',
  '人民日报记者', '特约记者', '见习记者', '实习记者', '首席记者', '摄影记者', '融媒体记者', '全媒体记者', '记者',
  '本报通讯员', '通讯员', '实习生', '本报评论员', '评论员', '责任编辑', '编辑',
];
const CONTRIBUTIONS = ['参与采写', '文/图', '图/文', '文/摄', '文图', '摄影', '摄', '文', '图', '整理', '采写', '制图', '绘'];

const ROLE_ALT = ROLES.map(escape).join('|');
const CONTRIB_ALT = CONTRIBUTIONS.map(escape).join('|');

function escape(s: string): string {
  return s.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&');
}

/** Bullets that papers print before a byline line (■ 记者 张清). */
export const BYLINE_BULLET = /^[■□●○◆◇▲△★☆]\s*/;

const STARTS_WITH_ROLE = new RegExp(`^(?:(?:${CONTRIB_ALT})\\s*[/／]?\\s*)?(?:${ROLE_ALT})`);

/** A line that is a byline by itself, once any bullet or `>` is removed: short, and opening with a role. */
export function looksLikeBylineLine(text: string): boolean {
  return text.length <= 60 && !/[。！？!?]$/.test(text) && STARTS_WITH_ROLE.test(text.replace(/^[(（]/, ''));
}

const DATELINES: RegExp[] = [
  // 本报讯(记者 戴余乐) / 本报讯（罗曦） / 本报讯
  /^(本报讯)\s*([(（][^()（）\n]{1,40}[)）])?/,
  // 【新华社延安十四日电】, 【本报北京1月2日讯】
  /^(【[^【】\n]{2,30}[电讯]】)\s*([(（][^()（）\n]{1,40}[)）])?/,
  // 新华社北京1月2日电(记者 张三), 本报成都7月4日电, 新华社延安十四日急电
  /^((?:新华社|中新社|本报|人民日报)[^\s，,。；;:：(（【】“”]{0,12}?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日(?:急)?[电讯])\s*([(（][^()（）\n]{1,40}[)）])?/,
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

/**
 * Reads people out of a byline as printed: `记者 宋雪 文/图`, `(羊科 记者 杨心梅)`,
 * `本报记者  王  政《人民日报》（2025年01月08日第 18 版）`, `本报记者 钱一彬、林小溪、刘雨瑞`, `新华社记者  毛思倩摄`.
 * A role applies to the names after it; a contribution (文/图, 摄) to the names before it, or to the names
 * after it when none came before.
 */
export function parseAuthors(byline: string): Author[] {
  const core = byline
    .replace(/《[^》]*》.*$/, '') // the publication credit after the names
    .replace(/^[(（【]|[)）】]$/g, '')
    .trim();
  const tokens = splitTokens(core);
  const authors: Author[] = [];
  let role: string | null = null;
  let sinceRole: Author[] = [];
  let pendingContribution: string | null = null;
  for (const token of tokens) {
    if (ROLES.includes(token)) {
      role = token;
      sinceRole = [];
      continue;
    }
    if (CONTRIBUTIONS.includes(token)) {
      if (sinceRole.length > 0) for (const a of sinceRole) a.contribution = token;
      else pendingContribution = token;
      continue;
    }
    const author: Author = { name: token, role, contribution: pendingContribution };
    authors.push(author);
    sinceRole.push(author);
  }
  return dedupe(authors);
}

/** Splits on spaces and list marks, peels glued roles and contributions, and rejoins names spaced for width. */
function splitTokens(core: string): string[] {
  const raw = core.split(/[\s\u00a0、，,；;]+/).filter(Boolean);
  const out: string[] = [];
  for (let token of raw) {
    const role = new RegExp(`^(${ROLE_ALT})(.+)$`).exec(token);
    if (role?.[1] && role[2] && !ROLES.includes(token)) {
      out.push(role[1]);
      token = role[2];
    }
    const contrib = new RegExp(`^(.+?)(${CONTRIB_ALT})$`).exec(token);
    if (contrib?.[1] && contrib[2] && !ROLES.includes(token) && !CONTRIBUTIONS.includes(token) && contrib[1].length >= 2) {
      out.push(contrib[1], contrib[2]);
      continue;
    }
    out.push(token);
  }
  // `王  政`: a name spaced out to fill the width of a column prints as two one-character tokens.
  const merged: string[] = [];
  for (const token of out) {
    const prev = merged.at(-1);
    if (prev !== undefined && isLoneHan(token) && isLoneHan(prev) && !ROLES.includes(prev) && !CONTRIBUTIONS.includes(prev) && !CONTRIBUTIONS.includes(token)) {
      merged[merged.length - 1] = prev + token;
    } else {
      merged.push(token);
    }
  }
  return merged;
}

function isLoneHan(token: string): boolean {
  return /^[\u4e00-\u9fff]$/.test(token);
}

function dedupe(authors: Author[]): Author[] {
  const seen = new Set<string>();
  return authors.filter((a) => (seen.has(a.name) ? false : (seen.add(a.name), true)));
}
