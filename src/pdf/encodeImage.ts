/**
 * Page images and photos as WebP. Measured on the sample pages (docs/pdf.md, `npm run bench:pdf`): at equal PSNR
 * WebP came out smaller than @napi-rs/canvas's AVIF (rav1e), whose quality setting does not order its sizes, and
 * AVIF with 4:2:0 took 1–5 s a page. So WebP at every width.
 *
 * Widths: 480 (a phone at 1×, lists), 800 (a 390-px phone at 2×: the image a phone loads, held to 150 KB), 1600
 * (zooming in on a desktop), and a 200-px thumbnail for the page strip. A newspaper page is mostly small text,
 * which costs WebP bytes: the phone image is encoded at q50 and, if that is over its budget, at lower qualities.
 */
import type { Canvas } from '@napi-rs/canvas';
import { scaleCanvas } from './renderPage.ts';

export interface PageImageSpec {
  width: number;
  /** Qualities tried in order until the file fits in `maxBytes`. */
  qualities: readonly number[];
  maxBytes: number;
}

export const PAGE_IMAGE_SPECS: readonly PageImageSpec[] = [
  { width: 480, qualities: [50], maxBytes: Infinity },
  { width: 800, qualities: [50, 40, 30, 20], maxBytes: 150 * 1024 },
  { width: 1600, qualities: [50], maxBytes: Infinity },
];
export const THUMBNAIL_SPEC: PageImageSpec = { width: 200, qualities: [50], maxBytes: Infinity };
/** The widest page image is rendered; the others are scaled from it. */
export const RENDER_WIDTH = Math.max(...PAGE_IMAGE_SPECS.map((s) => s.width));
/** Photos: a phone at 1× and at 2× (never wider than the pixels cut from the render). */
export const PHOTO_SPECS: readonly PageImageSpec[] = [
  { width: 400, qualities: [70], maxBytes: Infinity },
  { width: 800, qualities: [70], maxBytes: Infinity },
];

export interface EncodedImage {
  width: number;
  height: number;
  quality: number;
  bytes: Uint8Array;
}

/** The canvas at `spec.width` (never upscaled) as WebP, at the first quality whose file fits the budget. */
export async function encodeWebp(source: Canvas, spec: PageImageSpec): Promise<EncodedImage> {
  const canvas = source.width > spec.width ? scaleCanvas(source, spec.width) : source;
  let best: EncodedImage | null = null;
  for (const quality of spec.qualities) {
    best = { width: canvas.width, height: canvas.height, quality, bytes: await canvas.encode('webp', quality) };
    if (best.bytes.length <= spec.maxBytes) break;
  }
  // qualities is never empty in the specs above; the lowest quality's file is kept even if still over the budget
  return best!;
}

/** The specs whose widths differ once capped at the source's own width (a small photo gets one file, not two). */
export function specsFor(sourceWidth: number, specs: readonly PageImageSpec[]): PageImageSpec[] {
  const seen = new Set<number>();
  return specs.filter((s) => {
    const w = Math.min(s.width, sourceWidth);
    if (seen.has(w)) return false;
    seen.add(w);
    return true;
  });
}
