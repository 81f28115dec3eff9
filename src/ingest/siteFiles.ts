/**
 * Editions → the files the reader fetches. Pure: no I/O; the CLI writes what these return. Every value is
 * checked against its schema here, so a bug in ingest stops the build instead of reaching a reader.
 *
 * Each edition's files depend only on that edition and on which editions of its paper stand either side of it
 * (its index names them), so adding a day rewrites the new edition, its neighbour, one archive year and
 * site.json, never the whole archive.
 */
import { dataPaths, yearOf } from '../schema/dataPaths.ts';
import {
  ArchiveYearSchema,
  ArticleFileSchema,
  EditionIndexSchema,
  EditionSchema,
  SCHEMA_VERSION,
  SiteSchema,
  type ArchiveYear,
  type Edition,
  type EditionIndex,
  type Site,
} from '../schema/edition.ts';
import type { PaperConfig } from '../schema/manifest.ts';
import { summarize } from './summarize.ts';

export type ArchiveEntry = ArchiveYear['editions'][number];

export interface Neighbours {
  previous: string | null;
  next: string | null;
}

/** The files of one edition: its index (front page, page list, prev/next), its articles, the whole edition. */
export function editionFiles(edition: Edition, neighbours: Neighbours): Map<string, unknown> {
  const paper = edition.paper.slug;
  const files = new Map<string, unknown>();
  files.set(dataPaths.editionIndex(paper, edition.date), editionIndexOf(edition, neighbours));
  files.set(dataPaths.editionFull(paper, edition.date), EditionSchema.parse(edition));
  for (const article of edition.articles) {
    files.set(
      dataPaths.article(paper, edition.date, article.id),
      ArticleFileSchema.parse({ schemaVersion: SCHEMA_VERSION, date: edition.date, paper: edition.paper, article }),
    );
  }
  return files;
}

export function editionIndexOf(edition: Edition, neighbours: Neighbours): EditionIndex {
  const { articles, chrome: _chrome, warnings: _warnings, ...meta } = edition;
  return EditionIndexSchema.parse({ ...meta, articles: articles.map(summarize), ...neighbours });
}

export function archiveEntryOf(edition: Edition): ArchiveEntry {
  return { date: edition.date, pages: edition.pages.length, articleCount: edition.articles.length };
}

/** The editions either side of `date` in a paper's dates, sorted oldest first. */
export function neighboursIn(sortedDates: readonly string[], date: string): Neighbours {
  const at = sortedDates.indexOf(date);
  return { previous: at > 0 ? sortedDates[at - 1]! : null, next: at >= 0 ? (sortedDates[at + 1] ?? null) : null };
}

/** The calendar's files for the given years of one paper (all years when `years` is omitted). */
export function archiveFiles(paper: string, sortedEntries: readonly ArchiveEntry[], years?: ReadonlySet<number>): Map<string, ArchiveYear> {
  const byYear = new Map<number, ArchiveEntry[]>();
  for (const entry of sortedEntries) {
    const year = yearOf(entry.date);
    if (years && !years.has(year)) continue;
    const list = byYear.get(year) ?? [];
    list.push(entry);
    byYear.set(year, list);
  }
  // A year asked for that has no edition left (all removed) still gets a file, empty, so the calendar says so; so
  // does, in a full build, a year between the first edition and the latest that has none (the reader asks for each).
  const span = sortedEntries.length > 0 ? [yearOf(sortedEntries[0]!.date), yearOf(sortedEntries.at(-1)!.date)] : [1, 0];
  const gaps = Array.from({ length: Math.max(0, span[1]! - span[0]! + 1) }, (_, i) => span[0]! + i);
  for (const year of years ?? gaps) if (!byYear.has(year)) byYear.set(year, []);
  const files = new Map<string, ArchiveYear>();
  for (const [year, editions] of byYear) {
    files.set(dataPaths.archiveYear(paper, year), ArchiveYearSchema.parse({ schemaVersion: SCHEMA_VERSION, paper, year, editions }));
  }
  return files;
}

export interface PaperSummary {
  slug: string;
  config: PaperConfig;
  /** Oldest first. */
  entries: readonly ArchiveEntry[];
  latest: EditionIndex;
}

export function siteOf(papers: readonly PaperSummary[]): Site {
  return SiteSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    // Papers in a stable order: by name, as a reader scans a list of mastheads.
    papers: [...papers]
      .sort((a, b) => a.config.name.localeCompare(b.config.name, 'zh') || a.slug.localeCompare(b.slug))
      .map((p) => ({
        slug: p.slug,
        name: p.config.name,
        description: p.config.description ?? null,
        first: p.entries[0]?.date ?? p.latest.date,
        editionCount: p.entries.length,
        latest: p.latest,
      })),
  });
}

export interface PaperEditions {
  slug: string;
  config: PaperConfig;
  editions: readonly Edition[];
}

/** Every file of a whole site, from every edition of every paper (a full build). */
export function siteFiles(papers: readonly PaperEditions[]): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const summaries: PaperSummary[] = [];
  for (const paper of papers) {
    const editions = [...paper.editions].sort((a, b) => a.date.localeCompare(b.date));
    const dates = editions.map((e) => e.date);
    let latest: EditionIndex | null = null;
    for (const edition of editions) {
      const own = editionFiles(edition, neighboursIn(dates, edition.date));
      for (const [path, value] of own) files.set(path, value);
      latest = own.get(dataPaths.editionIndex(paper.slug, edition.date)) as EditionIndex;
    }
    if (!latest) continue;
    const entries = editions.map(archiveEntryOf);
    for (const [path, value] of archiveFiles(paper.slug, entries)) files.set(path, value);
    summaries.push({ slug: paper.slug, config: paper.config, entries, latest });
  }
  files.set(dataPaths.site(), siteOf(summaries));
  return files;
}
