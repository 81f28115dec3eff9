/**
 * Placed images → figures. An image belongs to the article whose text boxes hold its centre (else the nearest
 * one); inside it, it attaches to the figure whose caption stands nearest (within `CAPTION_REACH`), and an image
 * with no caption near gets a figure of its own, with an empty caption.
 */
import type { ParsedArticle } from '../ParsedPage.ts';
import type { Box, ImagePlacement, PhotoPlacement } from './PdfContent.ts';
import type { PhotoCaption } from './captions.ts';

/** How far from an image its caption may stand, in points (about three lines of body text). */
const CAPTION_REACH = 36;
/** Images smaller than this on either side are ornaments, rules or logos, not photos. */
const MIN_SIDE = 24;

/** An image that can be a photo: not an ornament, rule or logo, not the page's background (over `maxArea`). */
export const isPhoto = (image: Box, maxArea = Infinity): boolean => image.w >= MIN_SIDE && image.h >= MIN_SIDE && image.w * image.h <= maxArea;

const centre = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
const holds = (b: Box, p: { x: number; y: number }) => p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h;
export function distance(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.w), b.x - (a.x + a.w));
  const dy = Math.max(0, a.y - (b.y + b.h), b.y - (a.y + a.h));
  return Math.hypot(dx, dy);
}

export interface PlacedPhotos {
  articles: ParsedArticle[];
  placements: Omit<PhotoPlacement, 'area'>[];
  /** Per article: the boxes of its photos, part of its area. */
  boxes: Box[][];
}

export function placePhotos(
  parsed: readonly ParsedArticle[],
  images: readonly ImagePlacement[],
  articleBoxes: (article: number) => Box[],
  captionBoxes: (article: number, caption: string) => Box[],
  /** Larger than this (in square points) is the page's background or frame, not a photo. */
  maxArea = Infinity,
  /** Captions the layout found under or over their photos (out of the text): each becomes its photo's figure. */
  layoutCaptions: readonly PhotoCaption[] = [],
): PlacedPhotos {
  const articles = parsed.map((a) => ({ ...a, blocks: [...a.blocks] }));
  const placements: Omit<PhotoPlacement, 'area'>[] = [];
  const boxes: Box[][] = parsed.map(() => []);
  const taken = new Set<string>();
  images.forEach((image, index) => {
    if (!isPhoto(image, maxArea)) return;
    const owner = ownerOf(image, articles.length, articleBoxes);
    if (owner === null) return;
    const article = articles[owner]!;
    const laid = layoutCaptions.find((c) => c.image === index);
    if (laid) {
      article.blocks.push({ type: 'figure', caption: laid.caption, credit: laid.credit });
      placements.push({ article: owner, block: article.blocks.length - 1, image: index });
      boxes[owner]!.push(image, ...laid.boxes);
      return;
    }
    let best: number | null = null;
    let bestDistance = CAPTION_REACH;
    article.blocks.forEach((block, i) => {
      if (block.type !== 'figure' || taken.has(`${owner}|${i}`)) return;
      for (const box of captionBoxes(owner, block.caption)) {
        const d = distance(box, image);
        if (d <= bestDistance) [best, bestDistance] = [i, d];
      }
    });
    if (best === null) {
      article.blocks.push({ type: 'figure', caption: '', credit: null });
      best = article.blocks.length - 1;
    }
    taken.add(`${owner}|${best}`);
    placements.push({ article: owner, block: best, image: index });
    boxes[owner]!.push(image);
  });
  return { articles, placements, boxes };
}

function ownerOf(image: Box, count: number, articleBoxes: (article: number) => Box[]): number | null {
  const c = centre(image);
  let best: number | null = null;
  let bestDistance = Infinity;
  for (let i = 0; i < count; i++) {
    for (const box of articleBoxes(i)) {
      const d = holds(box, c) ? -1 : distance(box, image);
      if (d < bestDistance) [best, bestDistance] = [i, d];
    }
  }
  return best;
}
