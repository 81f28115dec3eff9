/** Test helper: lines of a page → the tokens the first pass makes of them, as every later pass receives them. */
import { readFileSync } from 'node:fs';
import { classifyLines, type Token } from '../../src/ingest/classifyLines.ts';
import { splitLines } from '../../src/ingest/lines.ts';

export const tokensOf = (...lines: string[]): Token[] => classifyLines(splitLines(lines.join('\n'))).tokens;

/** A token in one short string, for comparing token lists in tables: `text:正文。`, `byline:记者 张清`. */
export const show = (t: Token): string => `${t.kind}:${t.text}${t.kind === 'byline' && t.runIn !== undefined ? ` | ${t.runIn}` : ''}`;

/** The lines of one of the invented e-paper and 人民日报-shaped pages in test/ingest/fixtures. */
export const fixture = (name: string): string[] => readFileSync(`test/ingest/fixtures/${name}`, 'utf8').split('\n');
