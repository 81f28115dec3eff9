import type { Image, ImageFile } from '../../schema/edition.ts';
import { dataUrl } from '../data/dataUrl.ts';

/** An image's files as a `srcset`: the browser picks the width it needs. */
export function srcSet(image: Image): string {
  return image.files.map((file) => `${dataUrl(file.path)} ${file.width}w`).join(', ');
}

/** The smallest file at least `width` pixels wide, else the largest: a `src` for browsers without srcset, the copy 保存本期 keeps. */
export function fileFor(image: Image, width: number): ImageFile {
  return image.files.find((file) => file.width >= width) ?? image.files.at(-1)!;
}
