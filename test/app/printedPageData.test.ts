import fc from 'fast-check';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import type { ArticleFile, Image, Rect } from '../../src/schema/edition.ts';
import { CACHES } from '../../src/app/offline/cacheNames.ts';
import { cacheRuleFor } from '../../src/app/offline/cacheRules.ts';
import { articlePhotos, editionFiles, screenPixels } from '../../src/app/offline/saveEdition.ts';
import { boundingBox, placeWithin } from '../../src/app/printed-page/areaBoxes.ts';
import { fileFor } from '../../src/app/printed-page/imageSources.ts';
import { fileSize } from '../../src/app/printed-page/PrintedPage.tsx';
import { articleHead, pageHead } from '../../src/app/ui/documentHead.ts';
import { DATE, DEMO } from './fixtures.ts';
import { siteFiles } from '../../src/ingest/siteFiles.ts';
import type { EditionIndex } from '../../src/schema/edition.ts';

const image = (widths: number[]): Image => ({ width: widths.at(-1)!, height: 100, files: widths.map((w) => ({ path: `p-${w}.webp`, width: w, bytes: 1 })) });

describe('story areas on the page', () => {
  it.each<[string, Rect[], Rect]>([
    ['one rectangle', [{ x: 0.1, y: 0.2, w: 0.3, h: 0.4 }], { x: 0.1, y: 0.2, w: 0.3, h: 0.4 }],
    ['an L of two', [{ x: 0, y: 0, w: 1, h: 0.1 }, { x: 0, y: 0.1, w: 0.5, h: 0.4 }], { x: 0, y: 0, w: 1, h: 0.5 }],
    ['two apart', [{ x: 0.6, y: 0.6, w: 0.2, h: 0.2 }, { x: 0.1, y: 0.1, w: 0.1, h: 0.1 }], { x: 0.1, y: 0.1, w: 0.7, h: 0.7 }],
  ])('the box of %s', (_, rects, box) => {
    const got = boundingBox(rects);
    for (const key of ['x', 'y', 'w', 'h'] as const) expect(got[key]).toBeCloseTo(box[key], 10);
  });

  it.each([
    ['on the page', { x: 0.05, y: 0.1, w: 0.9, h: 0.4 }, undefined, { left: '5%', top: '10%', width: '90%', height: '40%' }],
    ['inside its story’s box', { x: 0.05, y: 0.2, w: 0.45, h: 0.3 }, { x: 0.05, y: 0.1, w: 0.9, h: 0.4 }, { left: '0%', top: '25%', width: '50%', height: '75%' }],
    ['a rule of no height', { x: 0.2, y: 0.5, w: 0.6, h: 0 }, { x: 0.2, y: 0.5, w: 0.6, h: 0 }, { left: '0%', top: '0%', width: '100%', height: '0%' }],
  ])('places a rectangle %s', (_, rect, box, css) => {
    expect(placeWithin(rect, box)).toEqual(css);
  });

  const rect = fc
    .record({ x: fc.double({ min: 0, max: 0.9, noNaN: true }), y: fc.double({ min: 0, max: 0.9, noNaN: true }) })
    .chain(({ x, y }) => fc.record({ x: fc.constant(x), y: fc.constant(y), w: fc.double({ min: 0.001, max: 1 - x, noNaN: true }), h: fc.double({ min: 0.001, max: 1 - y, noNaN: true }) }));

  it('every rectangle of a story lies inside its box (0–100%), so its link covers it', () => {
    fc.assert(
      fc.property(fc.array(rect, { minLength: 1, maxLength: 6 }), (rects) => {
        const box = boundingBox(rects);
        for (const piece of rects) {
          const { left, top, width, height } = placeWithin(piece, box);
          const [l, t, w, h] = [left, top, width, height].map((value) => parseFloat(value));
          expect(l!).toBeGreaterThanOrEqual(-0.001);
          expect(t!).toBeGreaterThanOrEqual(-0.001);
          expect(l! + w!).toBeLessThanOrEqual(100.002);
          expect(t! + h!).toBeLessThanOrEqual(100.002);
        }
      }),
    );
  });
});

describe('which file of an image', () => {
  it.each([
    [100, 400],
    [400, 400],
    [401, 800],
    [1600, 1600],
    [5000, 1600],
  ])('for %i pixels: the %i-wide file', (pixels, width) => {
    expect(fileFor(image([400, 800, 1600]), pixels).width).toBe(width);
  });

  it.each([
    ['a 390 px phone at 3×, a full-width page image', 768, { width: 390, pixelRatio: 3 }, 1170],
    ['a desktop at 1×, the page image', 768, { width: 1280, pixelRatio: 1 }, 768],
    ['a thumbnail on a 2× phone', 80, { width: 390, pixelRatio: 2 }, 160],
  ])('on %s', (_, shown, screen, pixels) => {
    expect(screenPixels(shown, screen)).toBe(pixels);
  });

  it.each([
    [900, '1 KB'],
    [850 * 1024, '850 KB'],
    [1_258_291, '1.2 MB'],
  ])('a PDF of %i bytes is %s', (bytes, text) => {
    expect(fileSize(bytes)).toBe(text);
  });
});

describe('保存本期 of a printed edition', () => {
  const files = siteFiles([DEMO]);
  const index = files.get(dataPaths.editionIndex('demo', DATE)) as EditionIndex;
  const phone = { width: 390, pixelRatio: 2 };

  it('keeps the page image at the phone’s width and the thumbnail, in the edition’s cache', () => {
    const kept = editionFiles(index, '/', phone).filter((file) => /\.webp$/.test(file.url));
    expect(kept).toEqual([
      { url: `/data/${dataPaths.pageImage('demo', DATE, 1, 800, 'webp')}`, cache: CACHES.editions },
      { url: `/data/${dataPaths.pageImage('demo', DATE, 1, 240, 'webp')}`, cache: CACHES.editions },
    ]);
  });

  it('keeps every photo of an article, each at the width this screen shows it', () => {
    const article = files.get(dataPaths.article('demo', DATE, 'printed-lead')) as ArticleFile;
    expect(articlePhotos(article, phone)).toEqual([dataPaths.photo('demo', DATE, 1, 1, 800, 'webp'), dataPaths.photo('demo', DATE, 1, 2, 900, 'webp')]);
  });

  it.each([dataPaths.pageImage('lsrb', DATE, 1, 800, 'webp'), dataPaths.photo('lsrb', DATE, 2, 1, 400, 'avif')])('the worker keeps %s with its edition', (path) => {
    expect(cacheRuleFor(`data/${path}`, false)).toEqual({ strategy: 'stale-while-revalidate', cache: CACHES.editions });
  });

  it('and not the PDF, which is a download', () => {
    expect(cacheRuleFor(`data/${dataPaths.pagePdf('lsrb', DATE, 1)}`, false)).toEqual({ strategy: 'pass' });
  });
});

describe('link previews (og:image)', () => {
  const files = siteFiles([DEMO]);
  const index = files.get(dataPaths.editionIndex('demo', DATE)) as EditionIndex;
  const article = (id: string) => (files.get(dataPaths.article('demo', DATE, id)) as ArticleFile).article;

  it('an article with a photo: the photo, about 1200 px wide', () => {
    expect(articleHead(index, article('printed-lead')).image).toBe(`/data/${dataPaths.photo('demo', DATE, 1, 1, 1200, 'webp')}`);
  });

  it('an article without one: its page’s thumbnail', () => {
    expect(articleHead(index, article('printed-second')).image).toBe(`/data/${dataPaths.pageImage('demo', DATE, 1, 240, 'webp')}`);
  });

  it('a page: its image; a page without one has none', () => {
    expect(pageHead(index, index.pages[0]!).image).toBe(`/data/${dataPaths.pageImage('demo', DATE, 1, 1600, 'webp')}`);
    expect(pageHead(index, index.pages[1]!).image).toBeUndefined();
  });
});
