/** The demo paper's files (paper.json, the edition's manifest and its two page PDFs), made from the seed. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePage } from '../../ingest/parsePage.ts';
import { typeset } from '../typeset.ts';
import { demoPages } from './demoPages.ts';
import { DEMO_PAPER } from './demoPaper.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEED = 'data/papers/lsrb/2024-07-05/leshan-daily-2024-07-05.txt';
const SEED_PAGES = [
  { from: 1, to: 70 },
  { from: 71, to: 139 },
] as const;
export const DEMO_DIR = 'data/papers/demo';
const DATE = '2024-07-05';

export interface DemoFile {
  /** Relative to the repository's root. */
  path: string;
  bytes: Uint8Array;
}

const NOTE =
  "A demo paper: the seed's text (乐山日报, 2024-07-05, data/papers/lsrb) laid out as printed pages by this project's own typesetter (src/typeset, npm run typeset-demo), so that a fresh clone shows printed pages. The layout, the placeholder photos (marked 示意图) and the page names are the project's, not the paper's print.";

export async function typesetDemo(): Promise<DemoFile[]> {
  const lines = readFileSync(ROOT + SEED, 'utf8').split(/\r?\n/);
  const [page1, page2] = SEED_PAGES.map(({ from, to }) => parsePage(lines.slice(from - 1, to).join('\n'), { firstLine: from }).articles);
  const specs = demoPages(page1!, page2!);
  const pdfs = await Promise.all(specs.map((spec) => typeset([spec], `${DEMO_PAPER.name} ${DATE} 第${spec.page.number}版 ${spec.page.name}`)));
  const edition = {
    date: DATE,
    note: NOTE,
    pages: specs.map((spec) => ({ number: spec.page.number, name: spec.page.name, file: `p${spec.page.number}.pdf` })),
  };
  const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
  return [
    { path: `${DEMO_DIR}/paper.json`, bytes: json(DEMO_PAPER) },
    { path: `${DEMO_DIR}/${DATE}/edition.json`, bytes: json(edition) },
    ...pdfs.map((t, i) => ({ path: `${DEMO_DIR}/${DATE}/p${specs[i]!.page.number}.pdf`, bytes: t.pdf })),
  ];
}
