/**
 * The PDF pages of one edition, read: each page's layout (src/ingest/pdf/ via src/pdf/openPdf.ts), its rendered
 * images and photos, and its PDF for download (from the render cache, src/pdf/renderCache.ts).
 *
 * Pages are streamed: a PDF is opened once, its pages read one after another, and each page's glyphs and pixels are
 * dropped before the next is read, so a 200-page PDF or a page of 100,000 glyphs holds one page in memory. A bad PDF
 * or page throws an InputError naming the file and page before any output is written.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dataPaths } from '../schema/dataPaths.ts';
import type { Image, Page } from '../schema/edition.ts';
import { isPdfPage, type ManifestPage } from '../schema/manifest.ts';
import type { PdfPageContent, PdfPageReading } from '../ingest/pdf/PdfContent.ts';
import { checkTextLayer, readPdfLayout } from '../ingest/pdf/readLayout.ts';
import { openPdf, PdfError, type PdfDocument } from '../pdf/openPdf.ts';
import { encodePagePdf, pageSource } from '../pdf/encodePagePdf.ts';
import { cachedPage, contentHash, defaultCacheDir, writeAtomic, type CachedImageFile } from '../pdf/renderCache.ts';
import { cachedContent } from '../pdf/contentCache.ts';
import { renderPage } from '../pdf/renderPage.ts';
import { InputError } from '../node/InputError.ts';

export interface PdfOptions {
  /** Publish a page with no usable text layer (a scan, junk fonts) as its image alone, with a note. */
  imageOnly?: boolean;
  /** Where renders are cached (src/pdf/renderCache.ts); its defaultCacheDir() when not given. */
  cacheDir?: string;
  /** false: read the text only (npm run report, parse); no images, photos or PDF. */
  images?: boolean;
}

/** One PDF page of the edition, read. */
export interface PdfPageResult {
  /** How articles' sources and notes name it: `A05.pdf`, or `A.pdf#page=5` for one page of several. */
  source: string;
  /** null: published as an image only (no text layer, and --image-only). */
  reading: PdfPageReading | null;
  /** Why there is no reading, for the page's note. */
  note: string | null;
  /** The page's printed files, as the edition names them (empty when images are off). */
  printed: Pick<Page, 'image' | 'thumbnail' | 'pdf'>;
  /** Each photo of `reading.photos` (same order), when it could be cut. */
  photos: (Image | null)[];
  /** Data path → the file on disk to copy there (the cache, or the edition folder's own PDF). */
  assets: Map<string, string>;
}

export function sourceName(page: ManifestPage): string {
  return page.pdfPage === undefined ? page.file : `${page.file}#page=${page.pdfPage}`;
}

interface Target {
  paper: string;
  date: string;
}

/** Reads every PDF page of a manifest, file by file: results keyed by the manifest page's index. */
export async function readPdfPages(
  folder: string,
  pages: readonly ManifestPage[],
  target: Target,
  given: PdfOptions,
): Promise<Map<number, PdfPageResult>> {
  const options = { ...given, cacheDir: given.cacheDir ?? defaultCacheDir() };
  const byFile = new Map<string, number[]>();
  pages.forEach((page, i) => {
    if (isPdfPage(page)) byFile.set(page.file, [...(byFile.get(page.file) ?? []), i]);
  });
  const results = new Map<number, PdfPageResult>();
  for (const [name, indexes] of byFile) {
    const file = join(folder, name);
    const bytes = readPdfBytes(file);
    const doc = await open(file, bytes);
    try {
      const hash = contentHash(bytes);
      const source = pageSource(bytes);
      for (const i of indexes) {
        const page = pages[i]!;
        const n = page.pdfPage ?? 1;
        if (n > doc.numPages) throw new InputError(file, null, `page ${page.number} is pdfPage ${n}, but the PDF has ${doc.numPages} page(s)`);
        if (page.pdfPage === undefined && doc.numPages > 1) {
          throw new InputError(file, null, `has ${doc.numPages} pages: say which one is page ${page.number} with "pdfPage" in edition.json`);
        }
        results.set(i, await readOnePage({ file, bytes, hash, doc, source, n, page, target, options }));
      }
    } finally {
      await doc.close();
    }
  }
  return results;
}

function readPdfBytes(file: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new InputError(file, null, 'is not a file, expected a PDF');
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, null, 'no such file');
  }
  if (size === 0) throw new InputError(file, null, 'is empty (0 bytes), not a PDF');
  return new Uint8Array(readFileSync(file));
}

async function open(file: string, bytes: Uint8Array): Promise<PdfDocument> {
  try {
    return await openPdf(file, bytes);
  } catch (error) {
    throw pdfInputError(error, file);
  }
}

/** openPdf's PdfError (encrypted, truncated, no pages, not a PDF) as the one line the CLI prints. */
function pdfInputError(error: unknown, file: string): unknown {
  if (error instanceof PdfError)
    return new InputError(error.file || file, null, `${error.page === null ? '' : `page ${error.page}: `}${error.reason}`);
  return error;
}

interface OnePage {
  file: string;
  bytes: Uint8Array;
  hash: string;
  doc: PdfDocument;
  /** The PDF parsed by pdf-lib (once per file, on first use), to cut pages out of. */
  source: ReturnType<typeof pageSource>;
  /** The page's number inside the PDF. */
  n: number;
  page: ManifestPage;
  target: Target;
  options: PdfOptions & { cacheDir: string };
}

async function readOnePage(p: OnePage): Promise<PdfPageResult> {
  let content: PdfPageContent;
  try {
    content = await cachedContent(p.options.cacheDir, p.hash, p.n, () => p.doc.readPage(p.n));
  } catch (error) {
    throw pdfInputError(error, p.file);
  }
  const checked = checkTextLayer(content);
  let reading: PdfPageReading | null = null;
  let note: string | null = null;
  if (checked.ok) reading = readPdfLayout(content, { firstLine: 1 });
  else {
    if (!p.options.imageOnly && !p.page.imageOnly) {
      throw new InputError(
        p.file,
        null,
        `page ${p.n} (第${p.page.number}版): ${checked.message} ("imageOnly": true on the page in edition.json, or --image-only for one run, publishes it as its image alone)`,
      );
    }
    reading = await readScannedPage(content);
    const why = p.page.imageOnly ? 'imageOnly in edition.json' : '--image-only';
    note = reading ? null : `${checked.message}: published as its image alone, with no articles (${why})`;
  }
  const empty = { printed: {}, photos: (reading?.photos ?? []).map(() => null), assets: new Map<string, string>() };
  if (p.options.images === false) return { source: sourceName(p.page), reading, note, ...empty };
  return { source: sourceName(p.page), reading, note, ...(await pageFiles(p, reading)) };
}

/**
 * The seam for OCR: a page with no usable text layer, read from its pixels. There is no OCR yet (out of scope), so
 * it reads nothing and the page is published as its image alone; an OCR step returns a PdfPageReading here.
 */
function readScannedPage(_content: PdfPageContent): Promise<PdfPageReading | null> {
  return Promise.resolve(null);
}

/** The page's images, photos and PDF: paths in the site, and the files on disk they are copied from. */
async function pageFiles(p: OnePage, reading: PdfPageReading | null): Promise<Pick<PdfPageResult, 'printed' | 'photos' | 'assets'>> {
  const { paper, date } = p.target;
  const number = p.page.number;
  const cached = await cachedPage({
    cacheDir: p.options.cacheDir,
    hash: p.hash,
    page: p.n,
    photos: (reading?.photos ?? []).map((photo) => photo.area),
    render: (width) => renderPage(p.doc.proxy, p.n, width),
  });
  const assets = new Map<string, string>();
  const image = (files: CachedImageFile[], path: (width: number) => string): Image => {
    for (const f of files) assets.set(path(f.width), f.file);
    const largest = files.at(-1)!;
    return { width: largest.width, height: largest.height, files: files.map((f) => ({ path: path(f.width), width: f.width, bytes: f.bytes })) };
  };
  const pdf = await pagePdf(p);
  assets.set(dataPaths.pagePdf(paper, date, number), pdf.file);
  return {
    printed: {
      image: image(cached.images, (w) => dataPaths.pageImage(paper, date, number, w, 'webp')),
      thumbnail: image([cached.thumbnail], (w) => dataPaths.pageImage(paper, date, number, w, 'webp')),
      pdf: { path: dataPaths.pagePdf(paper, date, number), bytes: pdf.bytes },
    },
    photos: cached.photos.map((files, i) =>
      files.length === 0 ? null : image(files, (w) => dataPaths.photo(paper, date, number, i + 1, w, 'webp')),
    ),
    assets,
  };
}

/** The page's own PDF: the file itself when it holds one page, else that page extracted (and cached). */
async function pagePdf(p: OnePage): Promise<{ file: string; bytes: number }> {
  if (p.doc.numPages === 1) return { file: p.file, bytes: p.bytes.length };
  const file = join(p.options.cacheDir, `${p.hash}-pdf`, `page-${p.n}.pdf`);
  try {
    return { file, bytes: statSync(file).size };
  } catch {
    const bytes = await encodePagePdf(await p.source(), p.n);
    writeAtomic(file, bytes);
    return { file, bytes: bytes.length };
  }
}
