/** The typesetter's front door: page descriptions → one PDF (a page each) and what a person reads on each page. */
import { layoutPage } from './layoutPage.ts';
import type { PageReadingTable } from './PageReading.ts';
import type { PageSpec } from './PageSpec.ts';
import { renderPdf } from './renderPdf.ts';

export interface Typeset {
  pdf: Uint8Array;
  readings: PageReadingTable[];
}

export interface TypesetOptions {
  /** Fonts without Unicode maps whose cmaps lie: the page looks right and its text layer is junk. */
  garbled?: boolean;
}

export async function typeset(pages: readonly PageSpec[], title: string, options: TypesetOptions = {}): Promise<Typeset> {
  if (pages.length === 0) throw new Error('typeset: no pages to set');
  const laid = pages.map((spec) => ({ spec, ...layoutPage(spec) }));
  const pdf = await renderPdf(
    laid.map((p) => ({ width: p.spec.width, height: p.spec.height, marks: p.marks })),
    { title, date: pages[0]!.date, garbled: options.garbled ?? false },
  );
  return { pdf, readings: laid.map((p) => (options.garbled ? { ...p.reading, unusableTextLayer: true } : p.reading)) };
}
