/**
 * Publishing that survives a crash (docs/reliability.md): `update-site` as a real process on a copy of the built
 * site, stopped at each named point of its run (PUBLISH_PAUSE_AT, src/node/faults.ts) and SIGKILLed there. After
 * each kill the site folder must serve every URL of the last good state, its parts must agree (data, pages,
 * archive, feed, sitemap, search index: siteCheck.ts), and a rerun must finish the job with exactly the files of
 * a run that was never interrupted. Then a full disk and a read-only folder (simulated where the test runs as
 * root, which chmod does not stop), and two runs at once. Desktop project only: no page is drawn here.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Stage } from '../../src/node/faults.ts';
import { htmlFileOf } from '../../src/cli/sitePaths.ts';
import { checkSite, siteTree } from './siteCheck.ts';
import { SEED_DATA } from './fixtures.ts';
import { startStaticServer } from '../../src/cli/staticServer.ts';

const SEED = 'data/papers/lsrb/2024-07-05';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * update-site on `site` (a folder holding data/ and dist/), with the test hooks in `env`. Node itself with tsx's
 * loader, not the tsx command: that one runs the script in a child process, which a SIGKILL to it would orphan.
 */
function start(
  site: string,
  env: Record<string, string> = {},
): { child: ChildProcessWithoutNullStreams; paused: (stage: string) => Promise<void>; done: Promise<Run> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/update-site.ts', '--data', join(site, 'data'), '--dist', join(site, 'dist')], {
    env: { ...process.env, ...env },
  });
  let stderr = '';
  const waiting = new Map<string, () => void>();
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    for (const [text, resolveWait] of waiting) if (stderr.includes(text)) resolveWait();
  });
  const done = new Promise<Run>((resolveRun) => child.on('close', (code, signal) => resolveRun({ code, signal, stderr })));
  const paused = (stage: string) =>
    new Promise<void>((resolveWait, reject) => {
      const text = `paused at ${stage}\n`;
      if (stderr.includes(text)) return resolveWait();
      waiting.set(text, resolveWait);
      void done.then((run) => reject(new Error(`update-site ended (${run.code ?? run.signal}) before ${stage}: ${run.stderr}`)));
    });
  return { child, paused, done };
}

async function run(site: string, env: Record<string, string> = {}): Promise<Run> {
  const { child, done } = start(site, env);
  child.stdin.end();
  return done;
}

/** A day's edition: the seed under another date, its lead under another headline. */
function addDay(data: string, date: string, headline: string): void {
  const folder = join(data, 'papers/lsrb', date);
  cpSync(SEED, folder, { recursive: true });
  writeFileSync(join(folder, 'edition.json'), readFileSync(join(folder, 'edition.json'), 'utf8').replace('"2024-07-05"', `"${date}"`));
  const page = join(folder, 'leshan-daily-2024-07-05.txt');
  writeFileSync(page, readFileSync(page, 'utf8').replace('# 产业筑基', `# ${headline}`));
}

/** Each URL answered 200 by a static host serving the folder. */
async function expectServed(dist: string, paths: readonly string[]): Promise<void> {
  const host = await startStaticServer(dist);
  try {
    const failed: string[] = [];
    for (const path of paths) {
      // Uncompressed: what is checked is that the host finds a file, and a compressed answer cost the host a brotli
      // pass (quality 11) of every page, on every call.
      const response = await fetch(host.url + path, { headers: { 'accept-encoding': 'identity' } });
      await response.arrayBuffer();
      // With the file's state on disk at that moment, so that a failure says whether the host or the site is wrong.
      if (response.status !== 200)
        failed.push(`${path} → ${response.status} (${existsSync(join(dist, htmlFileOf(path))) ? 'file present' : 'file missing'})`);
    }
    expect(failed).toEqual([]);
  } finally {
    await host.close();
  }
}

/**
 * What a run left beside dist/: generations, a lock; not the trash a background `rm` is still removing, nor the
 * record of how each generation was made (`.dist.gen-<n>.origin`, test/publish/generations.test.ts), nor the last
 * generation number handed out (`.dist.gen-last`).
 */
const leftovers = (site: string) =>
  readdirSync(site)
    .filter(
      (name) => name !== 'data' && name !== 'dist' && !name.startsWith('.dist.trash-') && !name.endsWith('.origin') && name !== '.dist.gen-last',
    )
    .sort();

let root = '';
/** The last good state: the built site plus one published day, in generations (dist → dist.gen-1). */
let good = '';
/** The same site as a plain folder, as `npm run build` left it before generations. */
let plain = '';
let goodTree: Map<string, string>;
let goodPaths: string[];
/** What an uninterrupted run of the next update writes. */
let cleanTree: Map<string, string>;

/** A fresh copy of a prepared site, the next day added to its data. */
function copyOf(site: string): string {
  const copy = mkdtempSync(join(root, 'run-'));
  cpSync(site, copy, { recursive: true, verbatimSymlinks: true });
  return copy;
}

test.describe('update-site killed, failing or run twice at once', () => {
  // Each test runs update-site up to six times (a second or two each here, several on a loaded machine).
  test.describe.configure({ mode: 'default', timeout: 120_000 });

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    root = mkdtempSync(join(tmpdir(), 'publish-crash-'));
    plain = join(root, 'plain');
    cpSync('dist', join(plain, 'dist'), { recursive: true, dereference: true });
    cpSync(SEED_DATA, join(plain, 'data'), { recursive: true });
    addDay(join(plain, 'data'), '2024-07-06', '产业筑基第二天');
    good = join(root, 'good');
    cpSync(plain, good, { recursive: true });
    expect((await run(good)).code).toBe(0);
    expect(leftovers(good)).toEqual(['dist.gen-0', 'dist.gen-1']);
    goodTree = siteTree(join(good, 'dist'));
    goodPaths = checkSite(join(good, 'dist')).paths;
    // The next day, the one the runs below publish: a new edition, and the day before it gains its 后一期.
    addDay(join(good, 'data'), '2024-07-07', '产业筑基第三天');
    const clean = copyOf(good);
    const cleanRun = await run(clean);
    expect(cleanRun.stderr).toMatch(/^update-site: 1 edition\(s\) parsed/);
    cleanTree = siteTree(join(clean, 'dist'));
    expect(checkSite(join(clean, 'dist')).latest).toEqual({ lsrb: '2024-07-07' });
    expect(cleanTree).not.toEqual(goodTree);
  });

  test.afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  // After the data, after the search index, half-way through the pages, all written and flushed but not switched,
  // switched but not tidied (the stages 'linked' and 'prerendered' lie between these and add nothing new). One
  // site, killed again and again: each run after a kill starts from what the last one left, and is killed further on.
  test('killed at data, search, prerender-page, synced, switched in turn: always the old or the new site, whole; a rerun finishes the job', async () => {
    const site = copyOf(good);
    const dist = join(site, 'dist');
    for (const stage of ['data', 'search', 'prerender-page', 'synced', 'switched'] as Stage[]) {
      await test.step(`killed at ${stage}`, async () => {
        const { child, paused, done } = start(site, { PUBLISH_PAUSE_AT: stage });
        await paused(stage);
        child.kill('SIGKILL');
        expect((await done).signal).toBe('SIGKILL');
        // The site on disk is one of the two, never a mix, and serves every URL of the last good state.
        expect(siteTree(dist)).toEqual(stage === 'switched' ? cleanTree : goodTree);
        expect(checkSite(dist).latest).toEqual({ lsrb: stage === 'switched' ? '2024-07-07' : '2024-07-06' });
        await expectServed(dist, goodPaths);
      });
    }
    await test.step('the rerun', async () => {
      const rerun = await run(site);
      expect(rerun.code).toBe(0);
      expect(rerun.stderr).toMatch(/^update-site: nothing changed/);
      expect(siteTree(dist)).toEqual(cleanTree);
      // What the killed runs left is gone: the current generation and the one before it, nothing else.
      expect(leftovers(site)).toHaveLength(2);
      expect(leftovers(site).every((name) => /^dist\.gen-\d+$/.test(name))).toBe(true);
    });
  });

  test('killed before the switch, a rerun alone writes what an uninterrupted run writes', async () => {
    const site = copyOf(good);
    const { child, paused, done } = start(site, { PUBLISH_PAUSE_AT: 'synced' });
    await paused('synced');
    child.kill('SIGKILL');
    await done;
    const rerun = await run(site);
    expect(rerun.stderr).toMatch(/^update-site: 1 edition\(s\) parsed/);
    expect(siteTree(join(site, 'dist'))).toEqual(cleanTree);
    // The complete but unswitched generation 2 the kill left (generation 0, recycled) was removed; the rerun made
    // generation 3, linked afresh from generation 1 (a number is never used twice).
    expect(leftovers(site)).toEqual(['dist.gen-1', 'dist.gen-3']);
  });

  test('killed while a plain dist/ folder becomes generations: both halves are whole, and the next run puts dist back first', async () => {
    const site = copyOf(plain);
    const before = siteTree(join(site, 'dist'));
    const { child, paused, done } = start(site, { PUBLISH_PAUSE_AT: 'converting' });
    await paused('converting');
    child.kill('SIGKILL');
    await done;
    // The one instant without dist: the old site is whole as generation 0, the new one whole beside it.
    expect(leftovers(site)).toEqual(['dist.gen-0', 'dist.gen-1', 'dist.lock']);
    expect(siteTree(join(site, 'dist.gen-0'))).toEqual(before);
    expect(siteTree(join(site, 'dist.gen-1'))).toEqual(goodTree);
    const rerun = await run(site);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(/^update-site: nothing changed/);
    expect(siteTree(join(site, 'dist'))).toEqual(goodTree);
    await expectServed(join(site, 'dist'), goodPaths);
  });

  for (const [what, fault, file] of [
    ['a full disk while writing the data', 'ENOSPC:/data/lsrb/2024-07-07', /\/dist\.gen-2\.partial\/data\/lsrb\/2024-07-07/],
    ['a full disk while writing the search index', 'ENOSPC:shards.json', /\/dist\.gen-2\.partial\/pagefind\/shards\.json/],
  ] as const) {
    test(`${what}: one line naming the file, and the old site still serving`, async () => {
      const site = copyOf(good);
      const failed = await run(site, { PUBLISH_FAULT: fault });
      expect(failed.code).toBe(1);
      expect(failed.stderr).toMatch(
        new RegExp(
          `^error: ${site}${file.source}\\S*: cannot write: no space left on the device \\(ENOSPC\\); nothing was published, the site is left as it was: fix that and run again\\n$`,
        ),
      );
      expect(siteTree(join(site, 'dist'))).toEqual(goodTree);
      await expectServed(join(site, 'dist'), goodPaths);
      // Nothing half-written is left beside it (a rerun from here is a rerun after a kill, tested above). The run
      // had recycled generation 0, which nothing served: only the served one is left.
      expect(leftovers(site)).toEqual(['dist.gen-1']);
    });
  }

  test('a read-only site folder: one line naming what could not be written, and the old site still serving', async () => {
    const site = copyOf(good);
    const probe = join(site, 'probe');
    chmodSync(site, 0o555);
    let writable = false;
    try {
      writeFileSync(probe, '');
      writable = true;
    } catch {
      // Not root: the permission holds, and update-site meets it for real.
    }
    let failed: Run;
    try {
      // As root, chmod does not stop a write: the file system's refusal is simulated at the first data file.
      failed = await run(site, writable ? { PUBLISH_FAULT: 'EROFS:/data/' } : {});
    } finally {
      chmodSync(site, 0o755);
      rmSync(probe, { force: true });
    }
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(
      writable
        ? new RegExp(
            `^error: ${site}/dist\\.gen-2\\.partial/data/\\S+: cannot write: the file system is read-only \\(EROFS\\); nothing was published`,
          )
        : new RegExp(`^error: ${site}/dist\\.lock: cannot write: permission denied \\(EACCES\\)`),
    );
    expect(failed.stderr.split('\n')).toHaveLength(2);
    expect(siteTree(join(site, 'dist'))).toEqual(goodTree);
    await expectServed(join(site, 'dist'), goodPaths);
  });

  test('a prerenderer from another build than dist/ (a build stopped between the two): refuses before writing, old site serving', async () => {
    const site = copyOf(good);
    const dist = join(site, 'dist');
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(readFileSync('dist-server/shell.html', 'utf8'))![1]!;
    // dist/ without the script the prerenderer's shell names: what it looks like when dist-server/ is the newer build.
    rmSync(join(dist, script));
    const before = siteTree(dist);
    const failed = await run(site);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(
      `error: dist-server/shell.html: is from another build than ${dist} (${script} is not there): run \`npm run build\` again\n`,
    );
    expect(siteTree(dist)).toEqual(before);
    expect(leftovers(site)).toEqual(['dist.gen-0', 'dist.gen-1']);
  });

  test('two runs at once: the second refuses with a message naming the first, and the first finishes alone', async () => {
    const site = copyOf(good);
    const first = start(site, { PUBLISH_PAUSE_AT: 'search' });
    await first.paused('search');
    const second = await run(site);
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(
      `error: ${site}/dist.lock: another process (${first.child.pid}) is running update-site on this site; wait for it to finish\n`,
    );
    // The refused run touched nothing: the first goes on from where it paused.
    expect(siteTree(join(site, 'dist'))).toEqual(goodTree);
    first.child.stdin.end('\n');
    expect((await first.done).code).toBe(0);
    expect(siteTree(join(site, 'dist'))).toEqual(cleanTree);
  });
});
