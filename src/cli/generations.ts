/**
 * Publishing a site folder in generations, so that a crash never leaves a mix of two runs (docs/reliability.md):
 *
 *   dist            → dist.gen-7     a symbolic link, the one name the host serves
 *   dist.gen-7/                      the site as the last complete run left it
 *   dist.gen-6/                      the one before, kept for requests already under way
 *   dist.gen-8.partial/              a run in progress: never served, removed by the next run if this one dies
 *
 * A run makes the next generation as a copy of the current one that shares its files by hard links (no byte is
 * copied), writes its changes into it, flushes them to disk, renames it complete and then switches `dist` over with
 * one rename of a symbolic link, which the kernel does atomically. Every writer of the site (publish.ts, the
 * prerenderer's renderPages.ts and NewFiles.ts, the search index) replaces a file by writing a new one (renamed over
 * the old, or after unlinking it), which breaks the link: the live generation is never written to.
 *
 * The copy is made one of two ways:
 *   - recycled (the daily case): the generation before the current one, which nothing serves any more, is renamed
 *     to be the next one and brought up to the current one's state by redoing only what the current one's run
 *     changed. Those are the folders whose status changed since that run began (ctime: a file added, removed or
 *     renamed in a folder, or a folder renamed into place, changes it; no program can set it back). A
 *     `.dist.gen-<n>.origin` file beside each generation records which generation it was made from and when its
 *     run began, in the file system's time. At ten years this is a walk of the folders plus a few hundred links,
 *     instead of 136,000 links.
 *     The rule this asks of writers: a folder put in place is made during the run (a staging folder, as publish.ts,
 *     the search index and the prerenderer make). A tree made before the run and moved in would change the status
 *     time of its top folder only: its sub-folders would look unchanged, and the next generation would miss them.
 *   - linked: every folder made again and every file hard-linked, when there is nothing to recycle (the first runs
 *     after a build, a run after a failed one) or no record of how the current one was made.
 *
 * A freshly built `dist/` may be a plain folder (a build from before this scheme, or one a publisher copied in).
 * The first switch turns it into `dist.gen-0/` and puts the link in its place: two renames, between which `dist`
 * does not exist for an instant. A run killed right there leaves both generations whole, and the next run (or
 * `build`) puts the link back to the newest complete one before anything else.
 */
import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { stage } from '../node/faults.ts';
import { escapeRegExp } from '../schema/escapeRegExp.ts';
import { catchUp, linkTree, lstatOrNull } from './linkedCopy.ts';
import { syncFolder, syncGeneration } from './syncToDisk.ts';

export interface Generation {
  /** The name the host serves (resolved): a symbolic link after the first switch. */
  dist: string;
  /** The folder this run writes into: `<dist>.gen-<n>.partial`. */
  dir: string;
  n: number;
  /** How the folder was made: `recycled` from the generation before the current one, `linked` afresh, or `empty`. */
  made: 'recycled' | 'linked' | 'empty';
}

/**
 * Where a generation came from, in `.<dist>.gen-<n>.origin` beside it: the generation whose copy it began as (null:
 * it began empty, or as something that is not a generation) and the time its run began (ms since the epoch).
 */
interface Origin {
  from: number | null;
  started: number;
}

/**
 * How long before a run's recorded start a folder's status time still counts as changed by that run: the file
 * system's clock is coarser than Date.now() (a few ms), and a small step of the system clock must not hide a
 * change. Counting a folder that did not change costs only its comparison.
 */
const CLOCK_MARGIN_MS = 60_000;

const originFile = (dist: string, n: number) => join(dirname(dist), `.${basename(dist)}.gen-${n}.origin`);

/** The last generation number handed out, beside the generations. */
const lastNumberFile = (dist: string) => join(dirname(dist), `.${basename(dist)}.gen-last`);

function lastNumber(dist: string): number {
  try {
    const n = Number(readFileSync(lastNumberFile(dist), 'utf8').trim());
    return Number.isSafeInteger(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}

function readOrigin(dist: string, n: number): Origin | null {
  try {
    const origin = JSON.parse(readFileSync(originFile(dist, n), 'utf8')) as Partial<Origin>;
    return typeof origin.started === 'number' && (origin.from === null || typeof origin.from === 'number')
      ? { from: origin.from, started: origin.started }
      : null;
  } catch {
    return null; // none, or unreadable: the next generation is linked afresh
  }
}

/** The generations beside `dist`, by number: complete ones and partial ones. */
function generations(dist: string): { name: string; n: number; partial: boolean }[] {
  const pattern = new RegExp(`^${escapeRegExp(basename(dist))}\\.gen-(\\d+)(\\.partial)?$`);
  return readdirSync(dirname(dist)).flatMap((name) => {
    const match = pattern.exec(name);
    return match ? [{ name, n: Number(match[1]), partial: match[2] !== undefined }] : [];
  });
}

/** The generation `dist` points at (its number), or the plain folder / nothing it is. */
export function currentGeneration(
  dist: string,
): { kind: 'link'; n: number; target: string } | { kind: 'folder' } | { kind: 'none' } | { kind: 'other'; target: string } {
  const stat = lstatOrNull(dist);
  if (!stat) return { kind: 'none' };
  if (!stat.isSymbolicLink()) return { kind: 'folder' };
  // Written by a run as `dist.gen-7`; by hand perhaps `./dist.gen-7` or a full path (a rollback): the same generation.
  const target = resolve(dirname(dist), readlinkSync(dist));
  const match = new RegExp(`^${escapeRegExp(basename(dist))}\\.gen-(\\d+)$`).exec(basename(target));
  return match && dirname(target) === dirname(dist) ? { kind: 'link', n: Number(match[1]), target } : { kind: 'other', target };
}

/**
 * Before a run: puts back a `dist` that a kill took away mid-conversion, and removes what killed runs left (partial
 * generations, stray switch links) and generations older than the one before the current.
 */
export function tidyGenerations(distPath: string): void {
  const dist = resolve(distPath);
  const parent = dirname(dist);
  if (!lstatOrNull(parent)) return;
  if (!lstatOrNull(dist)) {
    const newest = generations(dist)
      .filter((g) => !g.partial)
      .sort((a, b) => b.n - a.n)[0];
    if (newest) switchLink(dist, newest.name);
  }
  const current = currentGeneration(dist);
  const n = current.kind === 'link' ? current.n : null;
  const previous = generations(dist)
    .filter((g) => !g.partial && n !== null && g.n < n)
    .sort((a, b) => b.n - a.n)[0]?.n;
  // Out of the way at once (a rename), removed by a process of its own: at ten years a generation is some 250,000
  // files, whose removal took longer than the rest of a day's update. Trash a removal did not finish goes next time.
  const trash = new RegExp(`^\\.${escapeRegExp(basename(dist))}\\.trash-`);
  const doomed = readdirSync(parent)
    .filter((name) => trash.test(name))
    .map((name) => join(parent, name));
  for (const g of generations(dist)) {
    if (!g.partial && (g.n === n || g.n === previous)) continue;
    const away = join(parent, `.${basename(dist)}.trash-${g.name}-${process.pid}-${Date.now()}`);
    renameSync(join(parent, g.name), away);
    doomed.push(away);
  }
  removeInBackground(doomed);
  const switches = new RegExp(`^\\.${escapeRegExp(basename(dist))}\\.switch-\\d+$`);
  for (const name of readdirSync(parent)) if (switches.test(name)) rmSync(join(parent, name), { force: true });
  // The records of generations no longer there.
  const origins = new RegExp(`^\\.${escapeRegExp(basename(dist))}\\.gen-(\\d+)\\.origin$`);
  const present = new Set(generations(dist).map((g) => g.n));
  for (const name of readdirSync(parent)) {
    const match = origins.exec(name);
    if (match && !present.has(Number(match[1]))) rmSync(join(parent, name), { force: true });
  }
}

/** Folders nothing reads any more, removed by a detached `rm -rf` that outlives this process (here, where rm is missing). */
function removeInBackground(folders: readonly string[]): void {
  if (folders.length === 0) return;
  const child = spawn('rm', ['-rf', '--', ...folders], { detached: true, stdio: 'ignore' });
  child.on('error', () => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  child.unref();
}

/**
 * Starts the next generation: tidies, then makes `<dist>.gen-<n+1>.partial`, a copy of the current site that shares
 * its files by hard links (recycled from the generation before it where it can be, else linked), or an empty
 * folder, with `empty`, for a build that writes everything.
 */
export async function beginGeneration(
  distPath: string,
  { empty = false, clockMarginMs = CLOCK_MARGIN_MS }: { empty?: boolean; /** Tests shorten it to see single changes. */ clockMarginMs?: number } = {},
): Promise<Generation> {
  const dist = resolve(distPath);
  mkdirSync(dirname(dist), { recursive: true });
  // A number is never used twice (the last one handed out is kept beside the generations, since a killed or failed
  // run's folder is gone by now), so a writer left over from a killed run (a prerender worker finishing its batch)
  // cannot write into this run's folder.
  const highest = Math.max(0, lastNumber(dist), ...generations(dist).map((g) => g.n));
  tidyGenerations(dist);
  const current = currentGeneration(dist);
  const n = Math.max(current.kind === 'link' ? current.n : 0, highest) + 1;
  writeFileSync(lastNumberFile(dist), `${n}\n`);
  const dir = `${dist}.gen-${n}.partial`;
  // Recorded before anything is written into the new folder, in the file system's own time (the status time of the
  // record itself: on a network file system the server's clock, which stamps the folders too): every folder this
  // run changes has a later status time. A plain dist/ folder becomes generation 0 at the first switch.
  const from = empty || current.kind === 'none' || current.kind === 'other' ? null : current.kind === 'link' ? current.n : 0;
  const record = originFile(dist, n);
  writeFileSync(record, '');
  const started = lstatSync(record).ctimeMs;
  writeFileSync(record, `${JSON.stringify({ from, started } satisfies Origin)}\n`);
  let made: Generation['made'];
  if (empty || current.kind === 'none') {
    mkdirSync(dir);
    made = 'empty';
  } else if (current.kind === 'link' && recycle(dist, current.n, current.target, dir, clockMarginMs)) {
    made = 'recycled';
  } else {
    linkTree(current.kind === 'link' || current.kind === 'other' ? current.target : dist, dir);
    made = 'linked';
  }
  await stage('linked');
  return { dist, dir, n, made };
}

/**
 * Makes `dir` from the generation before the current one (`current`), when the current one's record says it was
 * made from that one: renames it to `dir` and redoes in it what the current one's run changed. False, with nothing
 * touched, when there is no such generation or record.
 */
function recycle(dist: string, current: number, currentDir: string, dir: string, clockMarginMs: number): boolean {
  const origin = readOrigin(dist, current);
  if (origin?.from === null || origin?.from === undefined || origin.from >= current) return false;
  const before = generations(dist).find((g) => g.n === origin.from && !g.partial);
  if (!before) return false;
  renameSync(join(dirname(dist), before.name), dir);
  catchUp(currentDir, dir, origin.started - clockMarginMs);
  return true;
}

/** Abandons a generation that will not be published (nothing changed, or the run failed). */
export function discardGeneration(generation: Generation): void {
  rmSync(generation.dir, { recursive: true, force: true });
  rmSync(originFile(generation.dist, generation.n), { force: true });
}

/**
 * Publishes a finished generation: flushes what this run wrote to disk, names it complete, switches `dist` to
 * it with one rename, and removes generations older than the one it replaced.
 */
export async function commitGeneration(generation: Generation): Promise<void> {
  const { dist, dir, n } = generation;
  syncGeneration(dir);
  const complete = `${dist}.gen-${n}`;
  renameSync(dir, complete);
  syncFolder(dirname(dist));
  await stage('synced');
  const current = currentGeneration(dist);
  if (current.kind === 'folder') {
    // The first switch of a plain folder: it becomes generation 0, then the link takes its name.
    renameSync(dist, `${dist}.gen-0`);
    await stage('converting');
  }
  switchLink(dist, basename(complete));
  await stage('switched');
  // Published: a generation that cannot be removed (a folder made by another user) is left for the next run to try.
  try {
    tidyGenerations(dist);
  } catch (error) {
    process.stderr.write(
      `warning: the site is published, but old generations beside it were not removed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
}

/** Points `dist` at the sibling folder `target` with one rename of a new link over the old one. */
function switchLink(dist: string, target: string): void {
  const link = join(dirname(dist), `.${basename(dist)}.switch-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(target, link);
  renameSync(link, dist);
  syncFolder(dirname(dist));
}
