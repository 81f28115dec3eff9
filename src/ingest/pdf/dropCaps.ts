/**
 * Drop caps: a paragraph's first letter set large, sunk over two to four of its lines, with those lines set
 * beside it (la Repubblica's `L` of `La madre delle riforme`). It is the first letter of the line beside its
 * top, not a one-letter headline.
 */
import type { LayoutBlock } from './layoutBlocks.ts';
import { boxOf, type LayoutLine } from './layoutLines.ts';

/** A drop cap is at least this many times the text beside it. */
const CAP_SIZE = 2;

export function joinDropCaps(blocks: readonly LayoutBlock[]): LayoutBlock[] {
  const joined = new Map<LayoutBlock, LayoutBlock>();
  const caps = new Set<LayoutBlock>();
  for (const cap of blocks) {
    if (!isCapShaped(cap)) continue;
    const text = blocks.find((b) => b !== cap && !b.vertical && cap.size >= CAP_SIZE * b.size && besideCap(b.lines[0]!, cap));
    if (!text) continue;
    caps.add(cap);
    joined.set(text, withInitial(joined.get(text) ?? text, cap));
  }
  return caps.size === 0 ? [...blocks] : blocks.filter((b) => !caps.has(b)).map((b) => joined.get(b) ?? b);
}

/** One capital letter alone in its block, set horizontally. */
const isCapShaped = (b: LayoutBlock): boolean => !b.vertical && b.lines.length === 1 && /^\p{Lu}$/u.test(b.lines[0]!.text);

/**
 * The line starts just right of the cap, its top level with the cap's (a cap's ink starts at its box's top,
 * the first line's cap height a little below its own), within an em and a half of the text either way.
 */
function besideCap(line: LayoutLine, cap: LayoutBlock): boolean {
  const em = line.size;
  const gap = line.x - (cap.x + cap.w);
  return gap >= -0.5 * em && gap <= 1.5 * em && line.y >= cap.y - 1.5 * em && line.y <= cap.y + 0.5 * em;
}

/**
 * The block with the cap's letter before its first line's text, the line's box reaching left over the cap. The
 * lines under the first still set right of the cap, down to its foot, are marked with how far right of the cap's
 * edge they start: the paragraph's lines, going on beside the cap, not an indent opening another paragraph (the
 * first line alone, short, would be read as a subhead: `Matteo Salvini ha oltrepassato`).
 */
function withInitial(block: LayoutBlock, cap: LayoutBlock): LayoutBlock {
  const [first, ...rest] = block.lines;
  const capLine = cap.lines[0]!;
  const line: LayoutLine = {
    ...first!,
    ...boxOf([first!, { x: cap.x, y: first!.y, w: 0, h: first!.h }]),
    glyphs: [...capLine.glyphs, ...first!.glyphs],
    text: `${capLine.text}${first!.text}`,
  };
  const beside = rest.findIndex((l) => l.y >= cap.y + cap.h || l.x < cap.x + cap.w - 0.5 * l.size);
  const inset = beside === -1 ? rest.length : beside;
  const lines = rest.map((l, i) => (i < inset ? { ...l, capInset: l.x - cap.x } : l));
  return { ...block, ...boxOf([block, cap]), lines: [line, ...lines] };
}
