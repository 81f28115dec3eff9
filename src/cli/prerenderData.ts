/**
 * The prerenderer's reading of a built data folder: the site, a paper's editions of a year, an edition's index, and
 * the reader's own data fetches answered from the files on disk while pages are drawn.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FOLDER, dataPaths } from '../schema/dataPaths.ts';
import { ArchiveYearSchema, EditionIndexSchema, SiteSchema, type EditionIndex, type Site } from '../schema/edition.ts';
import { paperYears } from '../schema/urls.ts';

export function readSite(dataDir: string): Site {
  return SiteSchema.parse(JSON.parse(readFileSync(join(dataDir, dataPaths.site()), 'utf8')));
}

/** The indexes of one paper's editions of one year, oldest first. */
export function readYear(dataDir: string, paper: string, year: number): EditionIndex[] {
  const file = join(dataDir, dataPaths.archiveYear(paper, year));
  if (!existsSync(file)) return [];
  return ArchiveYearSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).editions.map(({ date }) => readIndex(dataDir, paper, date));
}

export function readIndex(dataDir: string, paper: string, date: string): EditionIndex {
  return EditionIndexSchema.parse(JSON.parse(readFileSync(join(dataDir, dataPaths.editionIndex(paper, date)), 'utf8')));
}

export function readIndexes(dataDir: string, site: Site): EditionIndex[] {
  return paperYears(site).flatMap(({ paper, year }) => readYear(dataDir, paper, year));
}

/** The reader's data fetches, answered from the data folder on disk. */
export function serveDataFrom(dataDir: string, base: string): void {
  const prefix = `${base}${DATA_FOLDER}`;
  globalThis.fetch = async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : input;
    const path = decodeURIComponent(new URL(url, 'http://prerender.invalid').pathname);
    const file = path.startsWith(prefix) ? join(dataDir, path.slice(prefix.length)) : null;
    if (!file || !existsSync(file)) return new Response('Not Found', { status: 404 });
    return new Response(await readFile(file), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}
