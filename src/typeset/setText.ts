/** Setting short texts: a mark for a run, and centred heads broken where a person would break them. */
import { breakLines, type SetLine } from './breakLines.ts';
import type { FontStyle } from './fonts.ts';
import { baselineIn } from './Grid.ts';
import type { Mark, TextMark } from './Marks.ts';

export interface Laid {
  marks: Mark[];
  bottom: number;
}

export function centred(text: string, font: FontStyle, size: number, x: number, w: number, top: number, lineHeight: number): Laid {
  const marks: Mark[] = [];
  let y = top;
  for (const line of headLines(text, font, size, w)) {
    const left = x + (w - line.width) / 2;
    for (const s of line.segments) marks.push(textMark(left + s.x, baselineIn(y, lineHeight, size), size, s.font, s.text));
    y += lineHeight;
  }
  return { marks, bottom: y };
}

/** A head's lines: broken at its spaces when its parts fit (`成都中医药大学 附属乐山医院…`), else anywhere. */
function headLines(text: string, font: FontStyle, size: number, width: number): SetLine[] {
  // a centred head has no gutter to hang a mark in
  const set = (t: string) => breakLines([{ text: t, font }], { width, size, tracking: 0, indent: 0, hang: 0 });
  const whole = set(text);
  const parts = text.split(' ');
  if (whole.length === 1 || parts.length === 1 || parts.some((part) => set(part).length > 1)) return whole;
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines[lines.length - 1];
    if (last !== undefined && set(`${last} ${part}`).length === 1) lines[lines.length - 1] = `${last} ${part}`;
    else lines.push(part);
  }
  return lines.map((line) => set(line)[0]!);
}

export function textMark(x: number, baseline: number, size: number, font: FontStyle, text: string, tracking = 0, gray = 0): TextMark {
  return { type: 'text', x, baseline, size, font, text, tracking, gray };
}
