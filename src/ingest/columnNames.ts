/**
 * A column's name printed after a headline in parentheses, as 人民日报 does: `脚踏实地  努力拼搏（观象台）`,
 * `具身智能，让人形机器人更聪慧（图说新质生产力）`. It is the paper's own structure, so the reader shows it as the
 * article's column (its `series`), above the headline, rather than as part of the headline.
 *
 * Only a name reads as one: 2–10 Chinese characters, no digit, space or punctuation, and not one of the
 * parentheticals a headline carries about itself (a part `（上）`, `（之一）`, `（组图）`, `（摘要）`), nor a
 * person's name after a dateline (`本报讯（罗曦）`).
 */
import { looksLikeName, matchDateline } from './bylines.ts';

const TRAILING = /^(.*\S)\s*[（(]([\p{Script=Han}]{2,10})[）)]$/u;

/** What a headline's own parentheses say about the story: never a column. */
const ABOUT_THE_STORY =
  /^(?:[上中下续完]篇?|[之其]?[一二三四五六七八九十]+|[组附配]?图|图文|摘要|摘编|节选|全文|原文|评论|更正|特稿|专稿|图片|图片新闻|照片)$/u;

export interface ColumnAndHeadline {
  column: string;
  headline: string;
}

/** The column named at the end of `headline`, and the headline without it; null when it names none. */
export function splitColumnName(headline: string): ColumnAndHeadline | null {
  const match = TRAILING.exec(headline);
  if (!match) return null;
  const [, rest, column] = match as unknown as [string, string, string];
  if (ABOUT_THE_STORY.test(column) || looksLikeName(column) || matchDateline(rest) !== null) return null;
  // A headline of its own must stay (two letters at least), and one with an unclosed parenthesis keeps it.
  if ((rest.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < 2 || /[（(][^）)]*$/u.test(rest)) return null;
  return { column, headline: rest.trim() };
}
