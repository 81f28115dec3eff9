/**
 * A long printed edition for the 版面导航 tests (printed-page.spec.ts): the demo paper's edition of LONG_DATE with
 * LONG_PAGES pages, each one of the 2024-07-05 edition's two page PDFs again. Ingest renders a PDF once (its
 * renders are cached by its content), so the 24 pages add a few seconds to prepare.ts, not a minute. Its date is the
 * day before, so 2024-07-05 stays the paper's latest edition.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../src/schema/manifest.ts';

export const LONG_DATE = '2024-07-04';
export const LONG_PAGES = 24;
const SOURCE = '2024-07-05';
const FILES = ['p1.pdf', 'p2.pdf'];
const NAMES = ['要闻', '综合', '经济', '社会', '文化', '教育', '体育', '副刊'];

/** Writes the long edition into `data` (a data folder holding the demo paper). */
export function addLongEdition(data: string, paper = 'demo'): void {
  const folder = join(data, 'papers', paper, LONG_DATE);
  mkdirSync(folder, { recursive: true });
  for (const file of FILES) copyFileSync(join(data, 'papers', paper, SOURCE, file), join(folder, file));
  const manifest: Manifest = {
    date: LONG_DATE,
    note: `A test edition made by test/e2e/longEdition.ts: the ${SOURCE} edition's two pages, repeated to ${LONG_PAGES} pages.`,
    pages: Array.from({ length: LONG_PAGES }, (_, i) => ({ number: i + 1, name: NAMES[i % NAMES.length], file: FILES[i % FILES.length]! })),
  };
  writeFileSync(join(folder, 'edition.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
