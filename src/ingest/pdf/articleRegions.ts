/**
 * Which headline group each text block belongs to: a vertical headline the block starts beside, else the nearest
 * group above it that overlaps it across (the columns under a headline), else the nearest group beside it (a
 * headline set to one side of its text). A block
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
const BESIDE = 8;

export function articleRegions(
  groups: readonly HeadGroup[],
  blocks: readonly LayoutBlock[],
  body: number,
): { regions: Region[]; orphans: LayoutBlock[] } {
  const regions: Region[] = groups.map((head) => ({ head, blocks: [] }));
  const orphans: LayoutBlock[] = [];
  const loose: LayoutBlock[] = [];
  const owner = new Map<LayoutBlock, number>();
  for (const block of blocks) {
    const i = besideVertical(groups, block, body) ?? nearer(groups, block, ownerAbove(groups, block), onHeadlineRow(groups, block, body));
    if (i === null) loose.push(block);
    else owner.set(block, i);
  }
  // a block under no headline that stands right under a story's column (a jump line, a column's last lines)
  // continues that story; only then a headline beside or below it
  for (const block of loose.sort((a, b) => a.y - b.y)) {
    const i =
      underColumn(owner, block, body) ?? besideColumn(owner, block, body) ?? ownerBeside(groups, block, body) ?? ownerBelow(groups, block, body);
    if (i === null) orphans.push(block);
    else owner.set(block, i);
  }
  for (const [block, i] of owner) regions[i]!.blocks.push(block);
  return { regions, orphans };
}

function underColumn(owner: ReadonlyMap<LayoutBlock, number>, block: LayoutBlock, body: number): number | null {
  let best: number | null = null;
  let bestGap = 2 * body;
  for (const [above, i] of owner) {
    const gap = block.y - (above.y + above.h);
    if (gap >= -0.2 * body && gap <= bestGap && across(above, block) > 0) [best, bestGap] = [i, gap];
  }
  return best;
}

/**
 * A block under no headline whose top is level with a story's column a gutter away continues that story: a
 * lead's first column set under its byline, left of the headline, beside the columns under the headline.
 */
function besideColumn(owner: ReadonlyMap<LayoutBlock, number>, block: LayoutBlock, body: number): number | null {
  let best: number | null = null;
  let bestGap = 2 * body;
  for (const [column, i] of owner) {
    if (Math.abs(column.y - block.y) > body || sameSizeRatio(column.size, block.size) > TOLERANCES.sameSize) continue;
    const gap = Math.max(column.x - (block.x + block.w), block.x - (column.x + column.w));
    if (gap >= 0 && gap <= bestGap) [best, bestGap] = [i, gap];
  }
  return best;
}

const sameSizeRatio = (a: number, b: number): number => Math.max(a, b) / Math.min(a, b);

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
    if (ownerAbove(major, { ...g.box, size: largest(g) }) === null || besideHeadline(major, g)) headlines.push(g);
    else subheads.push(...blocks.map((b) => ({ ...b, subhead: true })));
  }
  return { headlines: headlines.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x), subheads };
}

/**
 * A group whose top is level with a headline's beside it heads a story of its own: stories under a band start side
 * by side, while a subhead stands within its story's columns, where no other story's headline starts.
 */
function besideHeadline(major: readonly HeadGroup[], g: HeadGroup): boolean {
  const em = largest(g);
  return major.some((m) => m !== g && Math.abs(m.box.y - g.box.y) <= 0.5 * em && across(m.box, g.box) <= 0);
}

const largest = (g: HeadGroup): number => Math.max(...g.headline.map((b) => b.size));

function ownerAbove(groups: readonly HeadGroup[], block: Box & { size: number }): number | null {
  let best: number | null = null;
  let bestBottom = -Infinity;
  groups.forEach((g, i) => {
    const bottom = g.box.y + g.box.h;
    // a column may start beside a headline's last line, under its end (its top above the headline's bottom,
    // below its middle): that headline is still the one above it
    const above = bottom <= block.y + block.size || g.box.y + g.box.h / 2 < block.y;
    if (!above || across(g.box, block) < Math.min(block.w, g.box.w) * 0.3) return;
    // a vertical headline heads the text beside it; under it, only a column that wraps right under its foot
    if (isVertical(g) && block.y - bottom > VERTICAL_FOOT * block.size) return;
    if (bottom > bestBottom) [best, bestBottom] = [i, bottom];
  });
  return best;
}

/** A headline set vertically: its glyphs vertical, or stacked one a line (a box much taller than wide). */
const isVertical = (g: HeadGroup): boolean => g.headline.some((b) => b.vertical) || g.box.h > 2 * g.box.w;

/** How far below a vertical headline's foot (in ems of the text) a column wrapping under it may start. */
const VERTICAL_FOOT = 3;

/** A vertical headline owns the text that starts beside it, to its right (its columns wrap under it). */
function besideVertical(groups: readonly HeadGroup[], block: LayoutBlock, body: number): number | null {
  const i = groups.findIndex((g) => {
    if (!isVertical(g)) return false;
    const right = g.box.x + g.box.w;
    return block.y >= g.box.y - body && block.y <= g.box.y + g.box.h && block.x + block.w > right && block.x < right + VERTICAL_GUTTER * body;
  });
  return i === -1 ? null : i;
}

/** A group whose row the block starts on, beside it within `BESIDE` ems: a story's first column set left or right of its headline. */
function onHeadlineRow(groups: readonly HeadGroup[], block: LayoutBlock, body: number): number | null {
  let best: number | null = null;
  let bestDistance = BESIDE * body;
  groups.forEach((g, i) => {
    if (block.y < g.box.y - 2 * body || block.y > g.box.y + g.box.h) return;
    const d = Math.max(g.box.x - (block.x + block.w), block.x - (g.box.x + g.box.w));
    // a vertical headline runs down past other stories' columns: only a column a gutter away is its own
    const reach = isVertical(g) ? Math.min(bestDistance, VERTICAL_GUTTER * body) : bestDistance;
    if (d >= 0 && d <= reach) [best, bestDistance] = [i, d];
  });
  return best;
}

/** How far (in body ems) from a vertical headline the text it heads starts: a gutter, with some white. */
const VERTICAL_GUTTER = 3;

/** Of the group above and the group on the block's row, the one nearer to the block. */
function nearer(groups: readonly HeadGroup[], block: LayoutBlock, above: number | null, row: number | null): number | null {
  if (above === null || row === null) return above ?? row;
  const a = groups[above]!.box;
  const r = groups[row]!.box;
  const dAbove = block.y - (a.y + a.h);
  const dRow = Math.max(r.x - (block.x + block.w), block.x - (r.x + r.w));
  // a headline right over the block, within two ems, is its own, however near another's row ends beside it
  if (dAbove <= 2 * block.size) return above;
  return dRow < dAbove ? row : above;
}

/** How far, in body ems, a story's opening may stand above its headline (a lead, a byline, a photo set over it). */
const ABOVE = 15;

/** The nearest group below the block that overlaps it across: a story whose opening is set above its headline. */
function ownerBelow(groups: readonly HeadGroup[], block: LayoutBlock, body: number): number | null {
  let best: number | null = null;
  let bestDistance = ABOVE * body;
  groups.forEach((g, i) => {
    const d = g.box.y - (block.y + block.h);
    if (d >= -body && d <= bestDistance && across(g.box, block) > 0) [best, bestDistance] = [i, d];
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
