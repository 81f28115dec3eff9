/**
 * A page's text layer as read by pdf.js (its glyphs and image placements), cached beside the renders
 * (src/pdf/renderCache.ts). Reading the glyphs is the dearest step after rendering (~1 CPU-second a page), and the
 * same PDF is read again by every build and by update-site after a parser change; the layout passes that follow
 * are cheap and are not cached, so a parser change always shows.
 *
 * The key is the PDF's content hash, the page, and a hash of what decides the glyphs: the text-reading modules'
 * own source and pdf.js's version. A change to how glyphs are read makes a new key, never a stale hit.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PdfPageContent } from '../ingest/pdf/PdfContent.ts';
import { writeAtomic } from './renderCache.ts';

const READERS = ['openPdf.ts', 'glyphsOfRuns.ts', 'verticalForms.ts', 'imagePlacements.ts'];

let version: string | null = null;
function readerVersion(): string {
  if (version !== null) return version;
  const hash = createHash('sha256');
  for (const file of READERS) hash.update(readFileSync(new URL(`./${file}`, import.meta.url)));
  hash.update(readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')));
  return (version = hash.digest('hex').slice(0, 8));
}

export async function cachedContent(cacheDir: string, pdfHash: string, page: number, read: () => Promise<PdfPageContent>): Promise<PdfPageContent> {
  const file = join(cacheDir, `${pdfHash}-text-${readerVersion()}`, `p${page}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PdfPageContent;
  } catch {
    // not cached yet (or a file we cannot read): read the page and keep it
  }
  const content = await read();
  writeAtomic(file, JSON.stringify(content));
  return content;
}
