/**
 * What was published, to tell what changed: the content hashes of every edition folder, paper, the taxonomy, the
 * parser's sources and the schema version (publish-state.json in the data folder), with file stamps so that an
 * unchanged folder is not read again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPaths } from '../schema/dataPaths.ts';
import { SCHEMA_VERSION } from '../schema/edition.ts';
import { InputError } from '../node/InputError.ts';
import { listSite, type SiteData } from './loadSite.ts';

export interface EditionState {
  /** Content hash of the manifest and every file in the edition folder. */
  hash: string;
  /** Names, sizes and modification times: when these are unchanged the hash is not recomputed. */
  stamp: string;
}

export interface PublishState {
  schemaVersion: number;
  ingestVersion: string;
  taxonomy: string;
  papers: Record<string, { config: string; editions: Record<string, EditionState> }>;
}

/** `outDir` (a published data folder) when it holds a published site: an InputError that says what to do if not. */
export function requirePublished(outDir: string): string {
  if (!existsSync(join(outDir, dataPaths.publishState()))) {
    throw new InputError(outDir, null, 'holds no published site (publish-state.json is missing): run `npm run build` once first');
  }
  return outDir;
}

/** The published site's state (its hashes), the data folder now, and the state it would have once published. */
export function readPublished(dataDir: string, outDir: string): { previous: PublishState; site: SiteData; next: PublishState } {
  const statePath = join(requirePublished(outDir), dataPaths.publishState());
  const previous = JSON.parse(readFileSync(statePath, 'utf8')) as PublishState;
  const site = listSite(dataDir);
  return { previous, site, next: stateOf(site, previous) };
}

/** The state's content hashes alone, as one string: two states publish the same site when these are equal. */
export function contentOf(state: PublishState): string {
  return JSON.stringify([
    state.schemaVersion,
    state.ingestVersion,
    state.taxonomy,
    Object.entries(state.papers)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([slug, paper]) => [
        slug,
        paper.config,
        Object.entries(paper.editions)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([date, e]) => [date, e.hash]),
      ]),
  ]);
}

// ---- What changed: content hashes, with file stamps to skip re-reading unchanged folders ----

const INGEST_SOURCES = ['../ingest', '../schema', '../pdf'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

/**
 * A change to the parser, the PDF reading and rendering, or the schema re-publishes everything: the output of the
 * same pages may differ. Sub-folders count (src/ingest/pdf/).
 */
function ingestVersion(): string {
  const hash = createHash('sha256');
  for (const dir of INGEST_SOURCES) {
    if (!existsSync(dir)) continue;
    for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
      if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(dir, name)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
}

export function stateOf(site: SiteData, previous?: PublishState): PublishState {
  const papers: PublishState['papers'] = {};
  for (const paper of site.papers) {
    const editions: Record<string, EditionState> = {};
    for (const edition of paper.editions) editions[edition.date] = editionState(edition.folder, previous?.papers[paper.slug]?.editions[edition.date]);
    papers[paper.slug] = { config: fileHash(join(paper.folder, 'paper.json')), editions };
  }
  return { schemaVersion: SCHEMA_VERSION, ingestVersion: ingestVersion(), taxonomy: fileHash(join(site.dataDir, 'taxonomy.json')), papers };
}

/** Like git's index: names, sizes and times first; the bytes are hashed only when those differ. */
function editionState(folder: string, previous: EditionState | undefined): EditionState {
  const files = readdirSync(folder)
    .sort()
    .map((name) => ({ name, path: join(folder, name), stat: statSync(join(folder, name)) }))
    .filter((f) => f.stat.isFile());
  const stamp = files.map((f) => `${f.name}:${f.stat.size}:${f.stat.mtimeMs}`).join('|');
  if (previous?.stamp === stamp) return previous;
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.name).update('\0').update(readFileSync(f.path)).update('\0');
  return { hash: hash.digest('hex').slice(0, 16), stamp };
}
