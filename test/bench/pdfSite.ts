/**
 * bench:web's PDF edition: a site of its own built from real page PDFs in ../shared/samples-pdf (辽沈晚报 A05, 河南商报
 * A06), beside the repository's text seed (乐山日报, the baseline for the text views' first-view JS), the way an editor
 * would: paper folders, `add-edition`, ingest, the app built and every route prerendered,
 * all in a temporary folder (never the repository's data/ or dist/). dist-server/ is rebuilt as `npm run build`
 * builds it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILD_OPTIONS, prerender, SERVER_DIR, SHELL } from '../../src/cli/prerender.ts';
import { dataPaths } from '../../src/schema/dataPaths.ts';

const SAMPLES = resolve('../shared/samples-pdf');
/** The sample pages: each its own paper, as add-edition files them. */
export const PDF_PAGES = [
  { paper: 'lswb', name: '辽沈晚报', date: '2021-03-23', file: 'liaoshen-wanbao-2021-03-23-pA05.pdf' },
  { paper: 'hnsb', name: '河南商报', date: '2024-06-04', file: 'henan-shangbao-2024-06-04-pA06.pdf' },
] as const;

/** The text seed's edition, as in data/. */
export const TEXT_EDITION = { paper: 'lsrb', date: '2024-07-05' } as const;

export interface PdfSite {
  root: string;
  dist: string;
  /** Each sample's page number in its edition, and its edition index as published. */
  editions: { paper: string; date: string; page: number; index: PublishedIndex }[];
  text: PublishedIndex;
}

/** The parts of a published index.json the bench reads. */
export interface PublishedIndex {
  pages: { number: number; name: string | null; image?: { files: { path: string; width: number; bytes: number }[] } }[];
  articles: { id: string; page: number; headline: string; figures: number; image?: unknown }[];
}

function run(args: string[]): void {
  const result = spawnSync(resolve('node_modules/.bin', args[0]!), args.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
}

export async function buildPdfSite(): Promise<PdfSite> {
  const root = mkdtempSync(join(tmpdir(), 'bench-web-pdf-'));
  const data = join(root, 'data');
  const dist = join(root, 'dist');
  mkdirSync(join(data, 'papers'), { recursive: true });
  copyFileSync('data/taxonomy.json', join(data, 'taxonomy.json'));
  cpSync(join('data/papers', TEXT_EDITION.paper), join(data, 'papers', TEXT_EDITION.paper), { recursive: true });
  for (const sample of PDF_PAGES) {
    mkdirSync(join(data, 'papers', sample.paper));
    writeFileSync(join(data, 'papers', sample.paper, 'paper.json'), `${JSON.stringify({ name: sample.name })}\n`);
    run(['tsx', 'src/cli/add-edition.ts', '--data', data, '--paper', sample.paper, '--date', sample.date, join(SAMPLES, sample.file)]);
  }
  // vite empties its outDir: the data goes in after it.
  run(['tsx', 'src/cli/ingest.ts', '--data', data, '--out', join(root, 'site-data')]);
  run(['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error']);
  run(['vite', 'build', '--ssr', 'src/app/server.tsx', '--outDir', SERVER_DIR, '--emptyOutDir', '--logLevel', 'error']);
  // vite copies public/, which holds public/data after an `npm run build`: this site's data replaces it.
  rmSync(join(dist, 'data'), { recursive: true, force: true });
  renameSync(join(root, 'site-data'), join(dist, 'data'));
  copyFileSync(join(dist, 'index.html'), SHELL);
  writeFileSync(BUILD_OPTIONS, `${JSON.stringify({ base: '/', siteUrl: '' })}\n`);
  // The prerenderer answers the app's fetches from disk by replacing the global fetch for good (it runs as its own
  // process in the build); Lighthouse, run after it in this process, needs the real one.
  const realFetch = globalThis.fetch;
  try {
    await prerender({ dist, base: '/', siteUrl: '', fresh: true });
  } finally {
    globalThis.fetch = realFetch;
  }
  const editions = PDF_PAGES.map(({ paper, date }) => {
    const index = JSON.parse(readFileSync(join(dist, 'data', dataPaths.editionIndex(paper, date)), 'utf8')) as PublishedIndex;
    return { paper, date, page: index.pages[0]!.number, index };
  });
  const text = JSON.parse(readFileSync(join(dist, 'data', dataPaths.editionIndex(TEXT_EDITION.paper, TEXT_EDITION.date)), 'utf8')) as PublishedIndex;
  return { root, dist, editions, text };
}
