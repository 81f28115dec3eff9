// @vitest-environment node
/** readPdfPages on a PDF of many pages: every page read, in one pass over one open document. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdfPages } from '../../src/cli/pdfPages.ts';

const dir = mkdtempSync(join(tmpdir(), 'pdf-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function manyPages(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= count; n++) {
    const page = doc.addPage([400, 600]);
    page.drawText(`Page ${n} of the city council minutes`, { x: 30, y: 560, size: 16, font });
    page.drawText('The council met on Monday and agreed to open the new park in the spring.', { x: 30, y: 520, size: 8, font });
  }
  return doc.save();
}

describe('readPdfPages', () => {
  it('reads all 200 pages of one PDF, each with its own text, and names each file#page=n', async () => {
    writeFileSync(join(dir, 'all.pdf'), await manyPages(200));
    const pages = Array.from({ length: 200 }, (_, i) => ({ number: i + 1, file: 'all.pdf', pdfPage: i + 1 }));
    const read = await readPdfPages(
      dir,
      pages,
      { paper: 'demo', date: '2024-07-05' },
      { cacheDir: join(dir, 'cache'), images: false, imageOnly: true },
    );
    expect(read.size).toBe(200);
    for (const [i, result] of read) {
      expect(result.source).toBe(`all.pdf#page=${i + 1}`);
      // spaces aside: word spaces in pdf-lib's Latin text are the layout's business (src/ingest/pdf), not this test's
      expect((result.reading?.text ?? '').replace(/\s/g, '')).toContain(`Page${i + 1}ofthecitycouncilminutes`);
      expect(result.assets.size).toBe(0);
    }
  }, 120_000);
});
