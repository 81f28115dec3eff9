/**
 * A printed page drawn into pixels: pdf.js paints the page onto an @napi-rs/canvas canvas (Skia, no browser). The
 * page is rendered once, at the largest width the site needs; the smaller widths and the photos are scaled or cut
 * from that one render, which costs a few milliseconds instead of another ~1 s render each.
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Rect } from '../schema/edition.ts';

/** Renders page `n` (1-based) `width` pixels wide on white (a PDF page is transparent where nothing is drawn). */
export async function renderPage(doc: PDFDocumentProxy, n: number, width: number): Promise<Canvas> {
  const page = await doc.getPage(n);
  try {
    const unit = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: width / unit.width });
    const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // pdf.js 5 takes the canvas itself; its 2D context is the one napi-rs gives, which pdf.js's Node build expects.
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport })
      .promise;
    return canvas;
  } finally {
    // Frees the page's fonts and operator list: a 200-page PDF is read one page at a time, never all held.
    page.cleanup();
  }
}

/** The canvas scaled to `width` pixels wide (never up), with Skia's high-quality filter. */
export function scaleCanvas(source: Canvas, width: number): Canvas {
  const w = Math.min(width, source.width);
  const h = Math.max(1, Math.round((source.height * w) / source.width));
  const canvas = createCanvas(w, h);
  const context = canvas.getContext('2d');
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, w, h);
  return canvas;
}

/** The pixels under `area` (page fractions), at the source's resolution; null when the area is under a pixel. */
export function cropCanvas(source: Canvas, area: Rect): Canvas | null {
  // outwards to whole pixels, but a fraction's float error (0.1 + 0.2 = 0.30000000000000004) is not a pixel
  const floor = (v: number) => Math.floor(v + 1e-6);
  const ceil = (v: number) => Math.ceil(v - 1e-6);
  const x = Math.max(0, floor(area.x * source.width));
  const y = Math.max(0, floor(area.y * source.height));
  const w = Math.min(source.width - x, ceil((area.x + area.w) * source.width) - x);
  const h = Math.min(source.height - y, ceil((area.y + area.h) * source.height) - y);
  if (w < 1 || h < 1) return null;
  const canvas = createCanvas(w, h);
  canvas.getContext('2d').drawImage(source, x, y, w, h, 0, 0, w, h);
  return canvas;
}
