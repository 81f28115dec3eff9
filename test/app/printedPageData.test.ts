// @vitest-environment node
import { dataPaths } from '../../src/schema/dataPaths.ts';
import type { ArticleFile, Image } from '../../src/schema/edition.ts';
import { CACHES } from '../../src/offline/cacheNames.ts';
import { cacheRuleFor } from '../../src/offline/cacheRules.ts';
import { articlePhotos, editionFiles, screenPixels } from '../../src/app/offline/saveEdition.ts';
import { fileFor } from '../../src/app/printed-page/imageSources.ts';
import { fileSize } from '../../src/app/printed-page/PrintedPage.tsx';
import { articleHead, pageHead } from '../../src/app/ui/documentHead.ts';
import { DATE, DEMO } from './fixtures.ts';
import { siteFiles } from '../../src/ingest/siteFiles.ts';
import type { EditionIndex } from '../../src/schema/edition.ts';

const image = (widths: number[]): Image => ({
  width: widths.at(-1)!,
  height: 100,
  files: widths.map((w) => ({ path: `p-${w}.webp`, width: w, bytes: 1 })),
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
    ['a 390 px phone at 3×, a full-width page image', 768, { width: 390, pixelRatio: 3 }, 1074],
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
      // and each article's lead photo (ingest puts it in the index), at the width the front page shows it
      { url: `/data/${dataPaths.photo('demo', DATE, 1, 1, 800, 'webp')}`, cache: CACHES.editions },
    ]);
  });

  it('keeps every photo of an article, each at the width this screen shows it', () => {
    const article = files.get(dataPaths.article('demo', DATE, 'printed-lead')) as ArticleFile;
    expect(articlePhotos(article, phone)).toEqual([
      dataPaths.photo('demo', DATE, 1, 1, 800, 'webp'),
      dataPaths.photo('demo', DATE, 1, 2, 900, 'webp'),
    ]);
  });

  it.each([dataPaths.pageImage('lsrb', DATE, 1, 800, 'webp'), dataPaths.photo('lsrb', DATE, 2, 1, 400, 'avif')])(
    'the worker keeps %s with its edition',
    (path) => {
      expect(cacheRuleFor(`data/${path}`, false)).toEqual({ strategy: 'stale-while-revalidate', cache: CACHES.editions });
    },
  );

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
