/**
 * The one module that talks to pdf.js for text: a page PDF → PdfPageContent (glyphs with their boxes, image
 * placements), plain data for the pure layout passes in src/ingest/pdf/. Pages are read one at a time and freed
 * after reading, so a 200-page PDF holds one page in memory.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfPageContent } from '../ingest/pdf/PdfContent.ts';
import { glyphsOfRuns, shownWords, wordsOfRun, type TextRun } from './glyphsOfRuns.ts';
import { imagePlacements } from './imagePlacements.ts';

/** A PDF that cannot be read: one line naming the file (and page) and what is wrong. */
export class PdfError extends Error {
  constructor(
    readonly file: string,
    readonly page: number | null,
    readonly reason: string,
  ) {
    super(`${file}${page === null ? '' : ` page ${page}`}: ${reason}`);
    this.name = 'PdfError';
  }
}

export interface PdfDocument {
  file: string;
  numPages: number;
  info: { title: string | null; producer: string | null; creator: string | null };
  readPage(n: number): Promise<PdfPageContent>;
  proxy: PDFDocumentProxy;
  close(): Promise<void>;
}

type PdfJs = typeof PdfJsModule;
let pdfjsPromise: Promise<PdfJs> | null = null;
// loaded on first use: pdf.js is large, and most commands never open a PDF
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

function packageFolder(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

export async function openPdf(file: string, bytes?: Uint8Array): Promise<PdfDocument> {
  const data =
    bytes ??
    new Uint8Array(
      await readFile(file).catch((error: unknown) => {
        throw new PdfError(file, null, `cannot read the file (${error instanceof Error ? error.message : String(error)})`);
      }),
    );
  if (!startsWithPdfHeader(data)) throw new PdfError(file, null, 'not a PDF (no %PDF- header in its first 1024 bytes)');
  const pdfjs = await loadPdfJs();
  const root = packageFolder();
  const task = pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy so the caller's bytes stay usable
    data: data.slice(),
    cMapUrl: `${pathToFileURL(join(root, 'cmaps')).href}/`,
    cMapPacked: true,
    standardFontDataUrl: `${pathToFileURL(join(root, 'standard_fonts')).href}/`,
    isEvalSupported: false,
    useSystemFonts: false,
    fontExtraProperties: true,
    verbosity: 0,
  });
  let proxy: PDFDocumentProxy;
  try {
    proxy = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw new PdfError(file, null, openFailure(error));
  }
  if (proxy.numPages === 0) {
    await proxy.destroy();
    throw new PdfError(file, null, 'the PDF has no pages');
  }
  const meta = await proxy.getMetadata().catch(() => null);
  const infoDict = (meta?.info ?? {}) as Record<string, unknown>;
  const text = (key: string): string | null => (typeof infoDict[key] === 'string' && infoDict[key] !== '' ? infoDict[key] : null);
  return {
    file,
    numPages: proxy.numPages,
    info: { title: text('Title'), producer: text('Producer'), creator: text('Creator') },
    proxy,
    readPage: (n) => readPage(pdfjs, proxy, file, n),
    close: () => proxy.destroy(),
  };
}

function startsWithPdfHeader(data: Uint8Array): boolean {
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function openFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return 'the PDF is encrypted with a password';
  if (name === 'InvalidPDFException') return `the PDF is damaged or truncated (${message})`;
  return `the PDF cannot be read (${message})`;
}

async function readPage(pdfjs: PdfJs, doc: PDFDocumentProxy, file: string, n: number): Promise<PdfPageContent> {
  if (!Number.isInteger(n) || n < 1 || n > doc.numPages) throw new PdfError(file, n, `no such page (the PDF has ${doc.numPages})`);
  let page: PDFPageProxy | null = null;
  try {
    page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    // the operator list loads the page's fonts into commonObjs, where their real names and weights are
    const ops = await page.getOperatorList();
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    const shown = shownWords(ops.fnArray, ops.argsArray, new Set([pdfjs.OPS.showText, pdfjs.OPS.showSpacedText]));
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const words = wordsOfRun(item.str, shown);
      const style = content.styles[item.fontName];
      const font = fontFacts(page, item.fontName);
      runs.push({
        text: item.str,
        transform: pdfjs.Util.transform(viewport.transform, item.transform) as number[],
        width: item.width,
        height: item.height,
        font: font.name,
        bold: font.bold,
        vertical: style?.vertical === true,
        ascent: style?.ascent ?? 0.88,
        ...(words === undefined ? {} : { words }),
      });
    }
    const images = imagePlacements(ops.fnArray, ops.argsArray, viewport.transform, pdfjs.OPS);
    return { width: viewport.width, height: viewport.height, glyphs: glyphsOfRuns(runs), images };
  } catch (error) {
    if (error instanceof PdfError) throw error;
    throw new PdfError(file, n, `the page cannot be read (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    page?.cleanup();
  }
}

/**
 * A bold face by its name: Latin weights, and Founder's (方正) heavy faces — 黑体 HT, 大黑 DH, 粗黑 CH, 大标宋 DBS,
 * 小标宋 XBS, 综艺 ZY, 粗圆 CY — which their names spell after `FZ`.
 */
const BOLD_NAME = /bold|black|heavy|semibold|demi|(?:^|\+)FZ(?:HT|DH|CH|DBS|XBS|ZY|CY|ZDX|ZHH|LTH|LTZH|DHT)/i;

/** The font's real name and weight, which pdf.js keeps on the page's font objects (fontExtraProperties). */
function fontFacts(page: PDFPageProxy, id: string): { name: string; bold: boolean } {
  type FontObject = { name?: unknown; bold?: unknown; black?: unknown };
  let font: FontObject | null = null;
  try {
    font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as FontObject) : null;
  } catch {
    font = null;
  }
  const name = typeof font?.name === 'string' ? font.name : id;
  const bold = font?.bold === true || font?.black === true || BOLD_NAME.test(name);
  return { name, bold };
}
