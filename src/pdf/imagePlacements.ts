/**
 * Where a page places its images, from pdf.js's operator list: the current transform is tracked through
 * save/restore/transform and form XObjects, and each painted image (drawn in the unit square of the transform
 * in force) becomes a box in page space, top-left origin.
 */
import type { ImagePlacement } from '../ingest/pdf/PdfContent.ts';

type Matrix = [number, number, number, number, number, number];

/** The operator codes this walk needs (pdf.js `OPS`). */
export interface ImageOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
  paintImageMaskXObjectRepeat: number;
  paintSolidColorImageMask: number;
}

export function multiply(m: readonly number[], n: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = m as Matrix;
  const [a2, b2, c2, d2, e2, f2] = n as Matrix;
  return [a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f];
}

/** The unit square under `m`, as an axis-aligned box. */
export function unitSquareBox(m: readonly number[]): ImagePlacement {
  const [a, b, c, d, e, f] = m as Matrix;
  const xs = [e, a + e, c + e, a + c + e];
  const ys = [f, b + f, d + f, b + d + f];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

export function imagePlacements(fnArray: readonly number[], argsArray: readonly unknown[], base: readonly number[], ops: ImageOps): ImagePlacement[] {
  const paints = new Set([
    ops.paintImageXObject,
    ops.paintInlineImageXObject,
    ops.paintImageMaskXObject,
    ops.paintImageXObjectRepeat,
    ops.paintImageMaskXObjectRepeat,
    ops.paintSolidColorImageMask,
  ]);
  const stack: Matrix[] = [];
  let ctm = [...base] as Matrix;
  const images: ImagePlacement[] = [];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0];
      if (Array.isArray(matrix) && matrix.length === 6) ctm = multiply(ctm, matrix as number[]);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (paints.has(fn)) {
      const box = unitSquareBox(ctm);
      // a hairline mask or a dot is a rule or an ornament, not a photo
      if (box.w >= 1 && box.h >= 1) images.push(box);
    }
  });
  return images;
}
