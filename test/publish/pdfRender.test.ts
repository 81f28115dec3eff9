// @vitest-environment node
/**
 * Rendering and encoding page images: pdf.js + @napi-rs/canvas on a fixture page set in code (src/typeset), the
 * render cache, and one page cut out of a two-page PDF.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePagePdf, pageSource } from '../../src/pdf/encodePagePdf.ts';
import { encodeWebp, PAGE_IMAGE_SPECS, RENDER_WIDTH, specsFor } from '../../src/pdf/encodeImage.ts';
import { cachedPage } from '../../src/pdf/renderCache.ts';
import { cropCanvas, renderPage, scaleCanvas } from '../../src/pdf/renderPage.ts';
import { typeset } from '../../src/typeset/typeset.ts';
import { FRONT_PAGE, SECOND_PAGE } from '../pdf/fixtures/pages.ts';

const PDFJS = resolve('node_modules/pdfjs-dist');
let pdf: Uint8Array;
let doc: PDFDocumentProxy;
let cacheDir: string;

beforeAll(async () => {
  pdf = (await typeset([FRONT_PAGE, SECOND_PAGE], 'SLA01B20240705C')).pdf;
  doc = await getDocument({
    data: pdf.slice(),
    cMapUrl: `${PDFJS}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS}/standard_fonts/`,
    verbosity: 0,
  }).promise;
  cacheDir = mkdtempSync(join(tmpdir(), 'pdf-cache-'));
}, 60_000);

afterAll(async () => {
  await doc?.destroy();
  rmSync(cacheDir, { recursive: true, force: true });
});

/** WebP's RIFF header: the encoder wrote a WebP file. */
const isWebp = (bytes: Uint8Array) =>
  Buffer.from(bytes.subarray(0, 4)).toString() === 'RIFF' && Buffer.from(bytes.subarray(8, 12)).toString() === 'WEBP';

describe('renderPage', () => {
  it('draws the page at the width asked, in its proportions, on white with ink', async () => {
    const canvas = await renderPage(doc, 1, 400);
    expect(canvas.width).toBe(400);
    expect(canvas.height).toBe(Math.round((400 * FRONT_PAGE.height) / FRONT_PAGE.width));
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let white = 0;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const v = pixels[i]! + pixels[i + 1]! + pixels[i + 2]!;
      if (v === 765) white++;
      else if (v < 200) dark++;
    }
    const total = pixels.length / 4;
    // a newspaper page: mostly paper, and text drawn on it (a transparent or failed render would be all one colour)
    expect(white / total).toBeGreaterThan(0.4);
    expect(dark / total).toBeGreaterThan(0.01);
  });
});

describe('scaleCanvas and cropCanvas', () => {
  const source = createCanvas(200, 100);
  it('scales down in proportion and never up', () => {
    expect([scaleCanvas(source, 50).width, scaleCanvas(source, 50).height]).toEqual([50, 25]);
    expect([scaleCanvas(source, 400).width, scaleCanvas(source, 400).height]).toEqual([200, 100]);
  });
  it.each([
    [{ x: 0, y: 0, w: 0.5, h: 0.5 }, [100, 50]],
    [{ x: 0.9, y: 0.9, w: 0.5, h: 0.5 }, [20, 10]],
    [{ x: 0.25, y: 0.1, w: 0.5, h: 0.2 }, [100, 20]],
  ])('cuts %j to %j pixels, clipped to the page', (area, size) => {
    const cut = cropCanvas(source, area)!;
    expect([cut.width, cut.height]).toEqual(size);
  });
  it('cuts nothing from an area under a pixel', () => {
    expect(cropCanvas(source, { x: 1, y: 1, w: 0, h: 0 })).toBeNull();
  });
});

describe('encodeWebp', () => {
  it('writes WebP at the spec width, and lowers the quality until the file fits its budget', async () => {
    const canvas = await renderPage(doc, 1, 800);
    const generous = await encodeWebp(canvas, { width: 800, qualities: [90], maxBytes: Infinity });
    const budget = Math.floor(generous.bytes.length * 0.8);
    const held = await encodeWebp(canvas, { width: 800, qualities: [90, 60, 30, 10], maxBytes: budget });
    expect(isWebp(held.bytes)).toBe(true);
    expect(held.width).toBe(800);
    expect(held.quality).toBeLessThan(90);
    expect(held.bytes.length).toBeLessThanOrEqual(budget);
  });

  it('gives a small source one file per distinct width', () => {
    expect(
      specsFor(300, [
        { width: 400, qualities: [70], maxBytes: Infinity },
        { width: 800, qualities: [70], maxBytes: Infinity },
      ]).map((s) => s.width),
    ).toEqual([400]);
    expect(specsFor(1000, PAGE_IMAGE_SPECS).map((s) => s.width)).toEqual([480, 800, 1600]);
  });
});

describe('cachedPage', () => {
  it('renders a page once: a second build takes every file from the cache', async () => {
    let renders = 0;
    const request = {
      cacheDir,
      hash: 'fixture',
      page: 1,
      photos: [{ x: 0.1, y: 0.1, w: 0.3, h: 0.2 }],
      render: (width: number) => {
        renders++;
        return renderPage(doc, 1, width);
      },
    };
    const first = await cachedPage(request);
    expect(renders).toBe(1);
    expect(first.images.map((i) => i.width)).toEqual([480, 800, 1600]);
    expect(first.images.every((i) => existsSync(i.file) && i.bytes > 0)).toBe(true);
    expect(first.thumbnail.width).toBe(200);
    // a photo 0.3 of a 1600-px render is 480 px: cut at 400 and 480 (never wider than its pixels)
    expect(first.photos[0]!.map((p) => p.width)).toEqual([400, 480]);
    const second = await cachedPage(request);
    expect(renders).toBe(1);
    expect(second).toEqual(first);
    // no temporary file left behind
    const files = readdirSync(cacheDir, { recursive: true }) as string[];
    expect(files.filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(RENDER_WIDTH).toBe(1600);
  }, 60_000);

  it('renders again only for what is missing: a photo the last reading did not cut', async () => {
    let renders = 0;
    const render = (width: number) => {
      renders++;
      return renderPage(doc, 1, width);
    };
    await cachedPage({ cacheDir, hash: 'fixture-2', page: 1, photos: [], render });
    const withPhoto = await cachedPage({ cacheDir, hash: 'fixture-2', page: 1, photos: [{ x: 0.5, y: 0.5, w: 0.1, h: 0.1 }], render });
    expect(renders).toBe(2);
    expect(withPhoto.photos[0]!.map((p) => p.width)).toEqual([160]);
  }, 60_000);
});

describe('encodePagePdf', () => {
  it('cuts one page out of a PDF of several, as a PDF of one page of the same size', async () => {
    const source = pageSource(pdf);
    expect(source()).toBe(source());
    const one = await PDFDocument.load(await encodePagePdf(await source(), 2));
    expect(one.getPageCount()).toBe(1);
    const { width, height } = one.getPage(0).getSize();
    expect([width, height]).toEqual([SECOND_PAGE.width, SECOND_PAGE.height]);
    expect(one.getTitle()).toBe('SLA01B20240705C');
  });
});
