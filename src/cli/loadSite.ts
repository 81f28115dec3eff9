/**
 * The publisher's data folder, read: data/taxonomy.json, and data/papers/<slug>/ holding paper.json and one
 * folder per edition, named by its date. Listing is cheap (no page is parsed) so update-site can decide what
 * changed before parsing anything.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PaperConfigSchema, PaperSlugSchema, type PaperConfig, type Taxonomy } from '../schema/manifest.ts';
import { InputError } from '../node/InputError.ts';
import { loadEditionFolder, loadTaxonomy, readJson, type LoadedEdition } from './loadEdition.ts';
import type { PdfOptions } from './pdfPages.ts';

export interface EditionFolder {
  date: string;
  folder: string;
}

export interface PaperFolder {
  slug: string;
  folder: string;
  config: PaperConfig;
  /** Oldest first. */
  editions: EditionFolder[];
}

export interface SiteData {
  dataDir: string;
  taxonomy: Taxonomy;
  papers: PaperFolder[];
}

const DATE_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

export function listSite(dataDir: string): SiteData {
  const papersDir = join(dataDir, 'papers');
  if (!existsSync(papersDir)) {
    throw new InputError(papersDir, null, 'no such folder: put each paper in data/papers/<slug>/ with a paper.json and one folder per edition');
  }
  const taxonomy = loadTaxonomy(join(dataDir, 'taxonomy.json'));
  const papers = subfolders(papersDir).map((slug) => listPaper(join(papersDir, slug), slug));
  if (papers.length === 0) throw new InputError(papersDir, null, 'holds no paper folder (data/papers/<slug>/paper.json)');
  return { dataDir, taxonomy, papers };
}

function listPaper(folder: string, slug: string): PaperFolder {
  const checked = PaperSlugSchema.safeParse(slug);
  if (!checked.success) throw new InputError(folder, null, `the folder name "${slug}" ${checked.error.issues[0]?.message ?? 'is not a slug'}`);
  const configFile = join(folder, 'paper.json');
  if (!existsSync(configFile)) throw new InputError(configFile, null, 'no such file: every paper folder needs a paper.json with at least its "name"');
  const config = readJson(configFile, PaperConfigSchema);
  const editions = subfolders(folder).map((date) => {
    if (!DATE_FOLDER.test(date)) throw new InputError(join(folder, date), null, 'an edition folder is named by its date, YYYY-MM-DD');
    return { date, folder: join(folder, date) };
  });
  if (editions.length === 0) throw new InputError(folder, null, 'holds no edition folder (<YYYY-MM-DD>/edition.json)');
  return { slug, folder, config, editions };
}

function subfolders(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function loadPaperEdition(site: SiteData, paper: PaperFolder, edition: EditionFolder, options: PdfOptions): Promise<LoadedEdition> {
  return loadEditionFolder(edition.folder, site.taxonomy, { slug: paper.slug, name: paper.config.name }, options);
}
