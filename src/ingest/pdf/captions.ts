/**
 * Photo captions by where they stand: a short block of body-size text set right under a photo (or right over it),
 * within the photo's width, with a credit set apart on its row (`警方供图`, `记者 李明 摄`), is its caption and
 * credit. They leave the story's text before the text parser reads it (a caption dropped between a column's last
 * line and the next column's first would otherwise be read into the sentence, or as a subhead), and come back as
 * the figure of their photo.
 */
import type { Box, ImagePlacement } from './PdfContent.ts';
import type { LayoutBlock } from './layoutBlocks.ts';
import { blockText } from './pageText.ts';
import { sameSize } from './layoutBlocks.ts';
import { textFont, usesFont } from './headGroups.ts';

export interface PhotoCaption {
  /** Index into the page's images. */
  image: number;
  caption: string;
  credit: string | null;
  boxes: Box[];
}

/** A credit by its last words: `警方供图`, `李明 摄`, `新华社发`, `资料图`. */
const CREDIT = /(?:供图|摄|摄影|新华社发|资料图(?:片)?|视觉中国|图片来源[：:].*)$/;
/** How far (in body ems) from a photo's edge its caption may start. */
const GAP = 1.5;
/** The most lines a caption has. */
const LINES = 3;

export function takeCaptions(
  blocks: readonly LayoutBlock[],
  images: readonly ImagePlacement[],
  body: number,
  isPhoto: (image: ImagePlacement) => boolean,
): { captions: PhotoCaption[]; rest: LayoutBlock[] } {
  const taken = new Set<LayoutBlock>();
  const captions: PhotoCaption[] = [];
  const font = textFont(blocks, body);
  images.forEach((image, index) => {
    if (!isPhoto(image)) return;
    const row = captionRow(blocks, image, body, taken);
    // a column's text (or a story's opening) may start right under a photo too: a caption shows itself by the
    // credit set on its row, or by its own face on one line from the photo's edge (la Repubblica's sans
    // `Sergio Mattarella` under a serif page); one without either is left to the text parser's caption rules
    const credited = row.length >= 2 && CREDIT.test(blockText(row[row.length - 1]!));
    if (!credited && !(row.length === 1 && ownFace(row[0]!, image, body, font))) return;
    for (const b of row) taken.add(b);
    captions.push({ image: index, ...splitCredit(row) });
  });
  images.forEach((image, index) => {
    if (isPhoto(image)) takeSideCredit(blocks, image, index, body, taken, captions);
  });
  return { captions, rest: blocks.filter((b) => !taken.has(b)) };
}

/**
 * A credit set up (or down) a photo's side, turned a quarter (la Repubblica's `Massimo Gennari / Eikon`): the
 * photo's credit, with its caption if the layout found one, else with an empty one.
 */
function takeSideCredit(
  blocks: readonly LayoutBlock[],
  image: Box,
  index: number,
  body: number,
  taken: Set<LayoutBlock>,
  captions: PhotoCaption[],
): void {
  const turned = (b: LayoutBlock) => b.lines.every((l) => l.glyphs.every((g) => g.rotated !== undefined));
  const gapOk = (gap: number) => gap >= -0.5 * body && gap <= GAP * body;
  const along = (b: LayoutBlock) => Math.min(b.y + b.h, image.y + image.h) - Math.max(b.y, image.y) > 0.5 * b.h;
  const side = blocks.find((b) => !taken.has(b) && turned(b) && along(b) && (gapOk(b.x - (image.x + image.w)) || gapOk(image.x - (b.x + b.w))));
  if (!side) return;
  taken.add(side);
  const credit = blockText(side, ' ');
  const box = { x: side.x, y: side.y, w: side.w, h: side.h };
  const had = captions.find((c) => c.image === index);
  if (!had) captions.push({ image: index, caption: '', credit, boxes: [box] });
  else {
    had.credit ??= credit;
    had.boxes.push(box);
  }
}

/** One line right under the photo, from its left edge, in none of the text's font: a caption by its face. */
const ownFace = (b: LayoutBlock, image: Box, body: number, font: string): boolean =>
  b.lines.length === 1 && b.y >= image.y + image.h - 0.5 * body && Math.abs(b.x - image.x) <= 0.5 * body && !usesFont(b, font);

/** The blocks of the caption under the photo (else over it): the nearest row of short body-size blocks inside its width. */
function captionRow(blocks: readonly LayoutBlock[], image: Box, body: number, taken: ReadonlySet<LayoutBlock>): LayoutBlock[] {
  const fits = (b: LayoutBlock) =>
    !taken.has(b) &&
    !b.vertical &&
    sameSize(b.size, body) &&
    b.lines.length <= LINES &&
    b.x >= image.x - body &&
    b.x + b.w <= image.x + image.w + body;
  const under = blocks.filter((b) => fits(b) && b.y >= image.y + image.h - 0.5 * body && b.y <= image.y + image.h + GAP * body);
  if (under.length > 0) return sameRow(under);
  const over = blocks.filter((b) => fits(b) && b.y + b.h <= image.y + 0.5 * body && b.y + b.h >= image.y - GAP * body);
  return over.length > 0 ? sameRow(over) : [];
}

/** The topmost block and those on its first line's row, left to right. */
function sameRow(blocks: LayoutBlock[]): LayoutBlock[] {
  const top = blocks.reduce((a, b) => (b.y < a.y ? b : a));
  return blocks.filter((b) => Math.abs(b.y - top.y) <= 0.5 * top.size).sort((a, b) => a.x - b.x);
}

function splitCredit(row: readonly LayoutBlock[]): Omit<PhotoCaption, 'image'> {
  const boxes = row.map(({ x, y, w, h }) => ({ x, y, w, h }));
  const texts = row.map((b) => blockText(b));
  const last = texts[texts.length - 1]!;
  // the credit as a block of its own on the caption's row
  if (texts.length > 1 && CREDIT.test(last) && last.length <= 24) return { caption: texts.slice(0, -1).join(' '), credit: last, boxes };
  return { caption: texts.join(' '), credit: null, boxes };
}
