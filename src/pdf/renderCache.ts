/**
 * A page's rendered images, photos and download PDF, kept in a cache keyed by the PDF's content hash.
 *
 * Why a cache: rendering and encoding cost ~2 s a page, and a site is rebuilt far more often than its PDFs change
 * (every `npm run build`, every e2e run, update-site after the parser changes). Files are named by what decides
 * their bytes (the PDF's hash, the page, the render settings' version), so a hit is always right and nothing needs
 * invalidating: an edited PDF has a new hash. Each file is written beside its name and renamed into place, so a
 * killed build never leaves a half file that a later build would trust. The cache folder can be deleted any time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Canvas } from '@napi-rs/canvas';
import { encodeWebp, PAGE_IMAGE_SPECS, PHOTO_SPECS, RENDER_WIDTH, specsFor, THUMBNAIL_SPEC, type PageImageSpec } from './encodeImage.ts';
import { cropCanvas } from './renderPage.ts';
import type { Rect } from '../schema/edition.ts';

/** Bump when the pixels change for the same settings (a new pdf.js, a fix in rendering). */
const RENDER_VERSION = 1;
const SETTINGS = createHash('sha256')
  .update(JSON.stringify([RENDER_VERSION, PAGE_IMAGE_SPECS, THUMBNAIL_SPEC, PHOTO_SPECS]))
  .digest('hex')
  .slice(0, 8);

/** node_modules/.cache/newspaper-pdf, or NEWSPAPER_PDF_CACHE (the tests give each run its own). */
export function defaultCacheDir(): string {
  return resolve(process.env.NEWSPAPER_PDF_CACHE ?? 'node_modules/.cache/newspaper-pdf');
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 24);
}

/** One encoded file in the cache. */
export interface CachedImageFile {
  file: string;
  width: number;
  height: number;
  bytes: number;
}

export interface CachedPage {
  /** Smallest first. */
  images: CachedImageFile[];
  thumbnail: CachedImageFile;
  /** Per requested photo (same order): its files, smallest first; empty when the area is under a pixel. */
  photos: CachedImageFile[][];
}

export interface PageRequest {
  cacheDir: string;
  /** The PDF's content hash. */
  hash: string;
  page: number;
  /** Where each photo stands (page fractions). */
  photos: readonly Rect[];
  /** Renders the page at RENDER_WIDTH: called at most once, and only when a file is missing from the cache. */
  render: (width: number) => Promise<Canvas>;
}

/** The page's files from the cache, rendering and encoding (once) only what is missing. */
export async function cachedPage(request: PageRequest): Promise<CachedPage> {
  const folder = join(request.cacheDir, `${request.hash}-${SETTINGS}`, `p${request.page}`);
  let rendered: Promise<Canvas> | null = null;
  const render = () => (rendered ??= request.render(RENDER_WIDTH));
  const get = (name: string, spec: PageImageSpec, source: () => Promise<Canvas | null>) => cachedImage(folder, name, spec, source);

  const images: CachedImageFile[] = [];
  for (const spec of PAGE_IMAGE_SPECS) images.push((await get(`page-${spec.width}`, spec, render))!);
  const thumbnail = (await get(`thumb-${THUMBNAIL_SPEC.width}`, THUMBNAIL_SPEC, render))!;
  const photos: CachedImageFile[][] = [];
  for (const area of request.photos) {
    const key = photoKey(area);
    const crop = async () => cropCanvas(await render(), area);
    const files: CachedImageFile[] = [];
    // The photo's own pixel width decides how many widths it gets, so it is cut first when its files are missing.
    const meta = readMeta(join(folder, `photo-${key}.json`)) as { width: number } | null;
    const width = meta?.width ?? (await crop())?.width ?? 0;
    if (width === 0) {
      photos.push([]);
      continue;
    }
    if (!meta) writeAtomic(join(folder, `photo-${key}.json`), JSON.stringify({ width }));
    for (const spec of specsFor(width, PHOTO_SPECS)) {
      const file = await get(`photo-${key}-${spec.width}`, spec, crop);
      if (file) files.push(file);
    }
    photos.push(files);
  }
  return { images, thumbnail, photos };
}

/** A photo is named by its area, so a new reading of the page that cuts the same photo reuses it. */
function photoKey(area: Rect): string {
  return createHash('sha256')
    .update(JSON.stringify([area.x, area.y, area.w, area.h]))
    .digest('hex')
    .slice(0, 12);
}

async function cachedImage(folder: string, name: string, spec: PageImageSpec, source: () => Promise<Canvas | null>): Promise<CachedImageFile | null> {
  const file = join(folder, `${name}.webp`);
  const metaFile = join(folder, `${name}.json`);
  const meta = readMeta(metaFile) as Omit<CachedImageFile, 'file'> | null;
  if (meta && existsSync(file)) return { file, ...meta };
  const canvas = await source();
  if (!canvas) return null;
  const encoded = await encodeWebp(canvas, spec);
  writeAtomic(file, encoded.bytes);
  const written = { width: encoded.width, height: encoded.height, bytes: encoded.bytes.length };
  // the metadata last: its presence says the image beside it is whole
  writeAtomic(metaFile, JSON.stringify(written));
  return { file, ...written };
}

function readMeta(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Writes beside `file` and renames: two builds filling the cache at once each leave a whole file. */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}
