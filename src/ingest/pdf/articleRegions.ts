/**
 * Which headline group each text block belongs to: the nearest group above it that overlaps it across (the
 * columns under a headline), else the nearest group beside it (a headline set to one side of its text). A block
 * with no group near is left alone (`orphans`).
 */
import type { Box } from './PdfContent.ts';
import type { LayoutBlock } from './layoutBlocks.ts';
import type { HeadGroup } from './headGroups.ts';
import { TOLERANCES } from './tolerances.ts';

export interface Region {
  head: HeadGroup | null;
  blocks: LayoutBlock[];
}

/** How far, in body ems, a headline set beside its text may stand from it. */
const BESIDE = 6;

export function articleRegions(groups: readonly HeadGroup[], blocks: readonly LayoutBlock[], body: number): { regions: Region[]; orphans: LayoutBlock[] } {
  const regions: Region[] = groups.map((head) => ({ head, blocks: [] }));
  const orphans: LayoutBlock[] = [];
  for (const block of blocks) {
    const i = ownerAbove(groups, block) ?? ownerBeside(groups, block, body);
    if (i === null) orphans.push(block);
    else regions[i]!.blocks.push(block);
  }
  return { regions, orphans };
}

const across = (a: Box, b: Box): number => Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);

/**
 * Splits headline groups into the page's headlines and the subheads inside stories: a group smaller than
 * `headline` body sizes that stands under a headline's columns is a 小标题 of that story.
 */
export function demoteSubheads(groups: readonly HeadGroup[], body: number): { headlines: HeadGroup[]; subheads: LayoutBlock[] } {
  const major = groups.filter((g) => largest(g) >= TOLERANCES.headline * body || g.headline.some((b) => b.vertical));
  const headlines: HeadGroup[] = [...major];
  const subheads: LayoutBlock[] = [];
  for (const g of groups) {
    if (major.includes(g)) continue;
    const blocks = [...g.kicker, ...g.headline, ...g.subheadline];
    if (ownerAbove(major, { ...g.box, size: largest(g) }) === null) headlines.push(g);
    else subheads.push(...blocks.map((b) => ({ ...b, subhead: true })));
  }
  return { headlines: headlines.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x), subheads };
}

const largest = (g: HeadGroup): number => Math.max(...g.headline.map((b) => b.size));

function ownerAbove(groups: readonly HeadGroup[], block: Box & { size: number }): number | null {
  let best: number | null = null;
  let bestBottom = -Infinity;
  groups.forEach((g, i) => {
    const bottom = g.box.y + g.box.h;
    if (bottom > block.y + block.size || across(g.box, block) < Math.min(block.w, g.box.w) * 0.3) return;
    if (bottom > bestBottom) [best, bestBottom] = [i, bottom];
  });
  return best;
}

function ownerBeside(groups: readonly HeadGroup[], block: LayoutBlock, body: number): number | null {
  let best: number | null = null;
  let bestDistance = BESIDE * body;
  groups.forEach((g, i) => {
    if (g.box.y > block.y + block.h) return;
    const dx = Math.max(0, g.box.x - (block.x + block.w), block.x - (g.box.x + g.box.w));
    const dy = Math.max(0, block.y - (g.box.y + g.box.h));
    const d = Math.hypot(dx, dy);
    if (d <= bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}
