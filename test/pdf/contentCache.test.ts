// @vitest-environment node
/** The text-layer cache: a page is read by pdf.js once per PDF content, then served from the cache unchanged. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedContent } from '../../src/pdf/contentCache.ts';
import type { PdfPageContent } from '../../src/ingest/pdf/PdfContent.ts';

const CONTENT: PdfPageContent = {
  width: 600,
  height: 800,
  glyphs: [{ ch: '报', x: 1, y: 2, w: 10, h: 10, size: 10, font: 'F', bold: false, vertical: false, spaceBefore: true }],
  images: [{ x: 5, y: 6, w: 70, h: 80 }],
};

describe('cachedContent', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a page once, then gives the same content from the cache', async () => {
    let reads = 0;
    const read = () => (reads++, Promise.resolve(CONTENT));
    expect(await cachedContent(dir, 'hash-a', 1, read)).toEqual(CONTENT);
    expect(await cachedContent(dir, 'hash-a', 1, read)).toEqual(CONTENT);
    expect(reads).toBe(1);
  });
  it('keys by the PDF’s hash and the page: another PDF or page is read again', async () => {
    let reads = 0;
    const read = () => (reads++, Promise.resolve(CONTENT));
    await cachedContent(dir, 'hash-b', 1, read);
    await cachedContent(dir, 'hash-b', 2, read);
    expect(reads).toBe(2);
  });
});
