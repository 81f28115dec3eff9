/**
 * Heading blocks → headline groups: kicker (引题) above, headline (the largest), subheadline (副题) below. A block
 * is a heading by its size against the page's body text (`heading` times or more); heading blocks that touch
 * (within an em of the larger, overlapping across) stand in one group.
 */
import type { Box } from './PdfContent.ts';
import { boxOf } from './layoutLines.ts';
import { paragraphs, sameSize, type LayoutBlock } from './layoutBlocks.ts';
import { looksLikeBylineLine } from '../bylines.ts';
import { TOLERANCES } from './tolerances.ts';

export interface HeadGroup {
  kicker: LayoutBlock[];
  headline: LayoutBlock[];
  subheadline: LayoutBlock[];
  box: Box;
}

/** The size most of the page's glyphs have: its body text. */
export function bodySize(blocks: readonly LayoutBlock[]): number {
  const counts = new Map<number, number>();
  for (const b of blocks)
    for (const l of b.lines) {
      const key = Math.round(l.size * 2) / 2;
      counts.set(key, (counts.get(key) ?? 0) + l.glyphs.length);
    }
  let best = 10,
    n = -1;
  for (const [size, c] of counts) if (c > n) [best, n] = [size, c];
  return best;
}

export function isHeading(block: LayoutBlock, body: number): boolean {
  const chars = block.lines.reduce((s, l) => s + l.glyphs.length, 0);
  if (block.size >= TOLERANCES.heading * body) return chars <= 80;
  // a bold line a little larger than the text, standing alone: a small headline (a brief's)
  return block.bold && block.size >= 1.12 * body && block.lines.length <= 2 && chars <= 40;
}

export function headGroups(headings: readonly LayoutBlock[]): HeadGroup[] {
  const parent = headings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < headings.length; i++) {
    for (let j = i + 1; j < headings.length; j++) if (touch(headings[i]!, headings[j]!) && !between(headings, i, j)) parent[find(i)] = find(j);
  }
  const groups = new Map<number, LayoutBlock[]>();
  headings.forEach((b, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), b]);
  });
  return [...groups.values()].map(roles).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}

/**
 * Another heading stands in the white between the two, over both: they touch only through it (a subheadline
 * between a big headline and the next story's headline under it).
 */
function between(headings: readonly LayoutBlock[], i: number, j: number): boolean {
  const [a, b] = headings[i]!.y <= headings[j]!.y ? [headings[i]!, headings[j]!] : [headings[j]!, headings[i]!];
  const across = (p: LayoutBlock, q: LayoutBlock) => Math.min(p.x + p.w, q.x + q.w) > Math.max(p.x, q.x);
  return headings.some((k) => k !== a && k !== b && !k.vertical && k.y >= a.y + a.h && k.y + k.h <= b.y && across(k, a) && across(k, b));
}

function touch(a: LayoutBlock, b: LayoutBlock): boolean {
  if (a.vertical !== b.vertical) return false;
  // the white allowed scales with the larger heading, but no further than three times the smaller's size: a 75-pt
  // headline's em would reach another story's 20-pt headline, 33 pt under its subheadline (la Repubblica)
  const em = Math.min(Math.max(a.size, b.size), 3 * Math.min(a.size, b.size));
  const across = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const gap = Math.max(a.y, b.y) - Math.min(a.y + a.h, b.y + b.h);
  if (a.vertical) return Math.max(a.x, b.x) - Math.min(a.x + a.w, b.x + b.w) <= 0.5 * em && Math.min(a.y + a.h, b.y + b.h) > Math.max(a.y, b.y);
  return across > 0 && gap <= 1.2 * em;
}

function roles(blocks: LayoutBlock[]): HeadGroup {
  const largest = Math.max(...blocks.map((b) => b.size));
  const headline = blocks.filter((b) => sameSize(b.size, largest)).sort((a, b) => a.y - b.y);
  const top = headline[0]!.y;
  const rest = blocks.filter((b) => !headline.includes(b));
  return {
    kicker: rest.filter((b) => b.y < top).sort((a, b) => a.y - b.y),
    headline,
    subheadline: rest.filter((b) => b.y >= top).sort((a, b) => a.y - b.y),
    box: boxOf(blocks),
  };
}

/**
 * A kicker set at the text's size in a face of its own (la Repubblica's letter-spaced caps, `Giustizia` over
 * `L’altolà di Mattarella`): one short line centred over a headline, within the headline's em above it. Too
 * small to be a heading, it is the group's kicker, not a line of the story's text.
 */
export function smallKickers(groups: readonly HeadGroup[], blocks: readonly LayoutBlock[], body: number, textFont: string): LayoutBlock[] {
  const taken: LayoutBlock[] = [];
  for (const g of groups) {
    const head = g.headline[0]!;
    if (head.vertical || g.kicker.length > 0) continue;
    const centre = head.x + head.w / 2;
    const kicker = blocks.find(
      (b) =>
        !taken.includes(b) &&
        !b.vertical &&
        b.lines.length === 1 &&
        b.lines[0]!.glyphs.length <= 40 &&
        b.size <= body * TOLERANCES.heading &&
        !usesFont(b, textFont) &&
        !/[。！？.!?:：]$/.test(b.lines[0]!.text) &&
        b.y + b.h <= head.y + 0.2 * head.size &&
        head.y - (b.y + b.h) <= head.size &&
        Math.abs(b.x + b.w / 2 - centre) <= body,
    );
    if (!kicker) continue;
    g.kicker.push(kicker);
    g.box = boxOf([g.box, kicker]);
    taken.push(kicker);
  }
  return taken;
}

/**
 * A standfirst (la Repubblica's `Il richiamo del presidente …` under `L’altolà di Mattarella`): a subheadline (副题)
 * set long. The heading rule reads a 副题 by its size, up to 80 characters; a block it leaves, set larger than the
 * text in a face of its own, right under a headline (touching it as a 副题 does) and across half its width or more,
 * before anything else of its group, is one too when it reads as a head, not as text: one paragraph of at most
 * three lines, no sentence closed at its end. A lead set large (辽沈晚报's 海葬 lead: paragraphs closed with 。)
 * stays the text. The standfirst is the group's subheadline; the headings set under it (a second headline in the
 * lead's package, `Intervista a La Russa: …`) become subheads of the story; a byline among them stays in the head.
 */
export function standfirsts(
  groups: HeadGroup[],
  blocks: readonly LayoutBlock[],
  body: number,
  textFont: string,
): { taken: LayoutBlock[]; subheads: LayoutBlock[] } {
  const taken: LayoutBlock[] = [];
  const subheads: LayoutBlock[] = [];
  for (const g of groups) {
    const head = g.headline[g.headline.length - 1]!;
    if (g.headline.some((b) => b.vertical)) continue;
    const standfirst = blocks.find(
      (b) =>
        !taken.includes(b) &&
        readsAsStandfirst(b, body, textFont) &&
        b.y >= head.y + head.h / 2 &&
        touch(head, b) &&
        // across the headline's columns, not one column's 小标题 (河南商报's `项目总投资超475亿元`, under the headline's start)
        Math.min(b.x + b.w, head.x + head.w) - Math.max(b.x, head.x) >= 0.5 * head.w &&
        g.subheadline.every((s) => s.y >= b.y + b.h),
    );
    if (!standfirst) continue;
    const isByline = (s: LayoutBlock) => looksLikeBylineLine(s.lines.map((l) => l.text).join(' '));
    subheads.push(...g.subheadline.filter((s) => !isByline(s)).map((s) => ({ ...s, subhead: true })));
    g.subheadline = [standfirst, ...g.subheadline.filter(isByline)];
    g.box = boxOf([...g.kicker, ...g.headline, ...g.subheadline]);
    taken.push(standfirst);
  }
  return { taken, subheads };
}

/** Larger than the text, in a face of its own, set as a head: one paragraph, at most three lines, no sentence closed at its end. */
function readsAsStandfirst(b: LayoutBlock, body: number, textFont: string): boolean {
  if (b.vertical || b.size <= body || sameSize(b.size, body) || b.lines.length > 3) return false;
  if (usesFont(b, textFont)) return false;
  return paragraphs(b).length === 1 && !/[。！？.!?][”’"」』）)]*$/.test(b.lines[b.lines.length - 1]!.text);
}

/** Whether any of the block's glyphs is set in `font`. */
export const usesFont = (b: LayoutBlock, font: string): boolean => b.lines.some((l) => l.glyphs.some((g) => g.font === font));

/** The font most body-size glyphs are set in: the text's. */
export function textFont(blocks: readonly LayoutBlock[], body: number): string {
  const counts = new Map<string, number>();
  for (const l of blocks.flatMap((b) => b.lines)) if (sameSize(l.size, body)) counts.set(l.font, (counts.get(l.font) ?? 0) + l.glyphs.length);
  return [...counts].reduce<[string, number]>((a, b) => (b[1] > a[1] ? b : a), ['', 0])[0];
}
