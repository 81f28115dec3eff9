/**
 * The generations under update-site and build (src/cli/generations.ts), on small folders in-process: what the
 * next generation shares with the current one, that a write by rename never reaches the served one, and what a
 * killed run leaves and the next run tidies. The kill itself, with a real process and a real site, is
 * test/e2e/publish-crash.spec.ts.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { beginGeneration, commitGeneration, discardGeneration, tidyGenerations } from '../../src/cli/generations.ts';
import { removeTempDirs, tempDir } from '../hostile/helpers.ts';

afterAll(removeTempDirs);

/** A plain dist/ folder, as a build before generations left it. */
function plainSite(): { root: string; dist: string } {
  const root = tempDir();
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'data'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), 'home v1');
  writeFileSync(join(dist, 'data/site.json'), '{"v":1}');
  return { root, dist };
}

/** What a publishing writer does: a new file beside the old, renamed over it. */
function replace(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** Runs that each publish one file anew, `<text> v<n>` for n = 2…last: one generation each. */
async function publishRuns(dist: string, last: number, file = 'index.html', text = (v: number) => `home v${v}`): Promise<void> {
  for (let v = 2; v <= last; v++) {
    const next = await beginGeneration(dist);
    replace(join(next.dir, file), text(v));
    await commitGeneration(next);
  }
}

/**
 * What is beside dist/, but the trash a background `rm` is removing (checked by the test that waits for it), the
 * records of how each generation was made (`origins`) and the last number handed out.
 */
const beside = (root: string) =>
  readdirSync(root)
    .filter((name) => !name.startsWith('.dist.trash-') && !name.endsWith('.origin') && name !== '.dist.gen-last')
    .sort();

/** The generations that have a record of how they were made. */
const origins = (root: string) =>
  readdirSync(root)
    .flatMap((name) => /^\.(dist\.gen-\d+)\.origin$/.exec(name)?.[1] ?? [])
    .sort();

/** Every file and symbolic link under `dir`, by path: a file's text, a link's target. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) files[relative(dir, path)] = `-> ${readlinkSync(path)}`;
    else if (entry.isFile()) files[relative(dir, path)] = readFileSync(path, 'utf8');
  }
  return files;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('generations', () => {
  it('makes the next generation from hard links, and a write by rename leaves the served one as it was', async () => {
    const { root, dist } = plainSite();
    const next = await beginGeneration(dist);
    expect(next.dir).toBe(`${dist}.gen-1.partial`);
    expect(statSync(join(next.dir, 'index.html')).ino).toBe(statSync(join(dist, 'index.html')).ino);
    replace(join(next.dir, 'data/site.json'), '{"v":2}');
    expect(readFileSync(join(dist, 'data/site.json'), 'utf8')).toBe('{"v":1}');

    await commitGeneration(next);
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    expect(readlinkSync(dist)).toBe('dist.gen-1');
    expect(readFileSync(join(dist, 'data/site.json'), 'utf8')).toBe('{"v":2}');
    // The plain folder became generation 0, kept as the one before.
    expect(beside(root)).toEqual(['dist', 'dist.gen-0', 'dist.gen-1']);
    expect(readFileSync(join(root, 'dist.gen-0/data/site.json'), 'utf8')).toBe('{"v":1}');
  });

  it('keeps the current generation and the one before it, and removes older ones at the switch', async () => {
    const { root, dist } = plainSite();
    await publishRuns(dist, 4);
    expect(beside(root)).toEqual(['dist', 'dist.gen-2', 'dist.gen-3']);
    expect(origins(root)).toEqual(['dist.gen-2', 'dist.gen-3']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('home v4');
    expect(readFileSync(join(root, 'dist.gen-2/index.html'), 'utf8')).toBe('home v3');
    // The older ones were moved out of the way at once, and a process of their own removes them.
    await vi.waitFor(
      () =>
        expect(
          readdirSync(root)
            .filter((name) => !name.endsWith('.origin') && name !== '.dist.gen-last')
            .sort(),
        ).toEqual(['dist', 'dist.gen-2', 'dist.gen-3']),
      { timeout: 10_000 },
    );
  });

  it('discards a generation that will not be published', async () => {
    const { root, dist } = plainSite();
    const next = await beginGeneration(dist);
    replace(join(next.dir, 'index.html'), 'half written');
    discardGeneration(next);
    expect(beside(root)).toEqual(['dist']);
    expect(origins(root)).toEqual([]);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('home v1');
  });

  it('tidies what a killed run left: a partial generation, a switch link, a complete generation never switched to', async () => {
    const { root, dist } = plainSite();
    await commitGeneration(await beginGeneration(dist));
    mkdirSync(join(root, 'dist.gen-2'));
    mkdirSync(join(root, 'dist.gen-3.partial'));
    writeFileSync(join(root, '.dist.switch-12345'), '');
    tidyGenerations(dist);
    expect(beside(root)).toEqual(['dist', 'dist.gen-0', 'dist.gen-1']);
    expect(readlinkSync(dist)).toBe('dist.gen-1');
  });

  it('puts dist back on the newest complete generation when a kill took it between the two renames of the first switch', async () => {
    const { root, dist } = plainSite();
    const next = await beginGeneration(dist);
    replace(join(next.dir, 'index.html'), 'home v2');
    // What commitGeneration does up to the kill: the new one complete, the plain folder moved aside, no link yet.
    renameSync(next.dir, `${dist}.gen-1`);
    renameSync(dist, `${dist}.gen-0`);
    expect(existsSync(dist)).toBe(false);
    tidyGenerations(dist);
    expect(readlinkSync(dist)).toBe('dist.gen-1');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('home v2');
    expect(beside(root)).toEqual(['dist', 'dist.gen-0', 'dist.gen-1']);
  });

  it('starts from nothing when there is no site yet (a first build)', async () => {
    const root = tempDir();
    const dist = join(root, 'dist');
    const next = await beginGeneration(dist, { empty: true });
    writeFileSync(join(next.dir, 'index.html'), 'first');
    await commitGeneration(next);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('first');
    rmSync(root, { recursive: true, force: true });
  });
  it('recycles the generation before the current one from the third run on: its untouched folders stay, what the last run changed is redone', async () => {
    const { root, dist } = plainSite();
    mkdirSync(join(dist, 'data/old'));
    writeFileSync(join(dist, 'data/old/a.json'), 'old a');
    const made: string[] = [];
    for (let v = 2; v <= 4; v++) {
      const next = await beginGeneration(dist);
      made.push(next.made);
      replace(join(next.dir, 'data/site.json'), `{"v":${v}}`);
      if (v === 2) mkdirSync(join(next.dir, 'data/new'));
      writeFileSync(join(next.dir, `data/new/${v}.json`), `day ${v}`);
      if (v === 3) rmSync(join(next.dir, 'index.html'));
      await commitGeneration(next);
    }
    // gen-1 linked from the plain folder; gen-2 recycled gen-0 (the plain folder), gen-3 recycled gen-1.
    expect(made).toEqual(['linked', 'recycled', 'recycled']);
    expect(tree(dist)).toEqual({
      'data/site.json': '{"v":4}',
      'data/old/a.json': 'old a',
      'data/new/2.json': 'day 2',
      'data/new/3.json': 'day 3',
      'data/new/4.json': 'day 4',
    });
    // The one before is whole as its run left it (readers in flight), sharing the unchanged files.
    expect(tree(join(root, 'dist.gen-2'))).toEqual({
      'data/site.json': '{"v":3}',
      'data/old/a.json': 'old a',
      'data/new/2.json': 'day 2',
      'data/new/3.json': 'day 3',
    });
    expect(statSync(join(dist, 'data/old/a.json')).ino).toBe(statSync(join(root, 'dist.gen-2/data/old/a.json')).ino);
  });

  it('keeps the folders a recycled generation did not need to touch (the same folder, not one made again)', async () => {
    const { root, dist } = plainSite();
    mkdirSync(join(dist, 'data/old'));
    writeFileSync(join(dist, 'data/old/a.json'), 'old a');
    await commitGeneration(await beginGeneration(dist)); // gen-1, linked: every folder made again
    const folder = statSync(join(root, 'dist.gen-1/data/old')).ino;
    await publishRuns(dist, 3, 'data/site.json', (v) => `{"v":${v}}`);
    // gen-3 is gen-1's folder, caught up: data/old is the very folder gen-1 had.
    expect(statSync(join(root, 'dist.gen-3/data/old')).ino).toBe(folder);
  });

  it('sees a folder moved into place with times from before the run (its status time changes), and folders replaced by files and back', async () => {
    const { root, dist } = plainSite();
    mkdirSync(join(dist, 'data/2024-07-05'));
    writeFileSync(join(dist, 'data/2024-07-05/index.json'), 'first');
    writeFileSync(join(dist, 'data/thing'), 'a file');
    await commitGeneration(await beginGeneration(dist));
    await commitGeneration(await beginGeneration(dist));
    // Made well before the next run, with old times: as a tool that prepares a folder elsewhere would leave it.
    const prepared = join(root, 'prepared');
    mkdirSync(prepared);
    writeFileSync(join(prepared, 'index.json'), 'corrected');
    utimesSync(prepared, new Date(2020, 0, 1), new Date(2020, 0, 1));
    await sleep(200);
    const margin = { clockMarginMs: 50 };
    const next = await beginGeneration(dist, margin);
    expect(next.made).toBe('recycled');
    rmSync(join(next.dir, 'data/2024-07-05'), { recursive: true });
    renameSync(prepared, join(next.dir, 'data/2024-07-05'));
    rmSync(join(next.dir, 'data/thing'));
    mkdirSync(join(next.dir, 'data/thing'));
    writeFileSync(join(next.dir, 'data/thing/inside'), 'now a folder');
    symlinkSync('2024-07-05', join(next.dir, 'data/latest'));
    await commitGeneration(next);
    const expected = tree(dist);
    expect(expected['data/2024-07-05/index.json']).toBe('corrected');
    await sleep(200);
    // The next run starts from the generation before, which had none of this: it must catch up on all of it.
    const after = await beginGeneration(dist, margin);
    expect(after.made).toBe('recycled');
    expect(tree(after.dir)).toEqual(expected);
    discardGeneration(after);
  });

  it('links afresh when the record of how the current generation was made is missing or unreadable', async () => {
    const { root, dist } = plainSite();
    await publishRuns(dist, 3);
    writeFileSync(join(root, '.dist.gen-2.origin'), 'not json');
    const next = await beginGeneration(dist);
    expect(next.made).toBe('linked');
    expect(tree(next.dir)).toEqual(tree(dist));
    discardGeneration(next);
    rmSync(join(root, '.dist.gen-2.origin'));
    const again = await beginGeneration(dist);
    expect(again.made).toBe('linked');
    expect(tree(again.dir)).toEqual(tree(dist));
  });

  it('after a failed run (its recycled folder discarded) the next links afresh and publishes what it should', async () => {
    const { root, dist } = plainSite();
    await publishRuns(dist, 3);
    const failed = await beginGeneration(dist);
    expect(failed.made).toBe('recycled');
    replace(join(failed.dir, 'index.html'), 'half written');
    discardGeneration(failed);
    expect(beside(root)).toEqual(['dist', 'dist.gen-2']);
    const next = await beginGeneration(dist);
    expect(next.made).toBe('linked');
    replace(join(next.dir, 'data/site.json'), '{"v":4}');
    await commitGeneration(next);
    expect(tree(dist)).toEqual({ 'index.html': 'home v3', 'data/site.json': '{"v":4}' });
  });

  // The property behind recycling: whatever a run writes (files replaced, removed, folders swapped in or removed),
  // every published generation is exactly what its run meant, and the live one is never touched by the next run.
  it('publishes exactly what each run wrote, over any sequence of runs (fast-check)', async () => {
    const paths = ['a', 'b', 'd/a', 'd/b', 'd/e/a', 'f/a', 'f/g/a', 'f/g/h/a'];
    const folders = ['d', 'd/e', 'f', 'f/g'];
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('write' as const), path: fc.constantFrom(...paths), text: fc.string({ maxLength: 3 }) }),
      fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...paths, ...folders) }),
      fc.record({ kind: fc.constant('swap' as const), folder: fc.constantFrom(...folders), text: fc.string({ maxLength: 3 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(operation, { maxLength: 5 }), { minLength: 1, maxLength: 6 }), async (runs) => {
        const root = tempDir();
        const dist = join(root, 'dist');
        mkdirSync(dist);
        writeFileSync(join(dist, 'a'), 'start');
        let model: Record<string, string> = { a: 'start' };
        for (const [i, ops] of runs.entries()) {
          const next = await beginGeneration(dist, { clockMarginMs: 20 });
          if (i >= 2) expect(next.made).toBe('recycled');
          expect(tree(next.dir)).toEqual(model);
          const live = tree(dist);
          const wanted = { ...model };
          for (const op of ops) {
            if (op.kind === 'write') {
              // A path under a file cannot be written: a folder there replaces the file, as in the site's own layout changes.
              for (let up = dirname(op.path); up !== '.'; up = dirname(up)) {
                if (up in wanted) {
                  rmSync(join(next.dir, up));
                  delete wanted[up];
                }
              }
              for (const key of Object.keys(wanted)) if (key.startsWith(`${op.path}/`)) delete wanted[key];
              rmSync(join(next.dir, op.path), { recursive: true, force: true });
              mkdirSync(dirname(join(next.dir, op.path)), { recursive: true });
              replace(join(next.dir, op.path), op.text);
              wanted[op.path] = op.text;
            } else if (op.kind === 'remove') {
              rmSync(join(next.dir, op.path), { recursive: true, force: true });
              for (const key of Object.keys(wanted)) if (key === op.path || key.startsWith(`${op.path}/`)) delete wanted[key];
            } else {
              // A folder written whole beside the old one and renamed over it (publish.ts's swapFolder).
              const staging = join(root, `staging-${i}`);
              mkdirSync(staging);
              writeFileSync(join(staging, 'a'), op.text);
              for (let up = dirname(op.folder); up !== '.'; up = dirname(up)) {
                if (up in wanted) {
                  rmSync(join(next.dir, up));
                  delete wanted[up];
                }
              }
              rmSync(join(next.dir, op.folder), { recursive: true, force: true });
              mkdirSync(dirname(join(next.dir, op.folder)), { recursive: true });
              renameSync(staging, join(next.dir, op.folder));
              for (const key of Object.keys(wanted)) if (key === op.folder || key.startsWith(`${op.folder}/`)) delete wanted[key];
              wanted[`${op.folder}/a`] = op.text;
            }
          }
          expect(tree(next.dir)).toEqual(wanted);
          expect(tree(dist)).toEqual(live);
          await commitGeneration(next);
          expect(tree(dist)).toEqual(wanted);
          model = wanted;
          await sleep(40); // beyond the margin: the next run must tell this run's changes from older ones by status time
        }
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: 25 },
    );
  }, 120_000);
  it('takes the run start from the file system, so a process clock ahead of it (a network file system) misses nothing', async () => {
    const { dist } = plainSite();
    await commitGeneration(await beginGeneration(dist));
    await commitGeneration(await beginGeneration(dist));
    const real = Date.now;
    const ahead = vi.spyOn(Date, 'now').mockImplementation(() => real() + 5 * 60_000);
    let next;
    try {
      next = await beginGeneration(dist);
    } finally {
      ahead.mockRestore();
    }
    replace(join(next.dir, 'data/site.json'), '{"v":2}');
    await commitGeneration(next);
    const after = await beginGeneration(dist);
    expect(after.made).toBe('recycled');
    expect(tree(after.dir)).toEqual(tree(dist));
  });

  it('knows the served generation however the link names it (./dist.gen-1, a full path: a rollback by hand)', async () => {
    for (const form of ['relative', 'absolute'] as const) {
      const { root, dist } = plainSite();
      await commitGeneration(await beginGeneration(dist));
      rmSync(dist);
      symlinkSync(form === 'relative' ? './dist.gen-1' : join(root, 'dist.gen-1'), dist);
      const next = await beginGeneration(dist);
      expect(next.n).toBe(2);
      expect(tree(next.dir)).toEqual(tree(join(root, 'dist.gen-1')));
      await commitGeneration(next);
      expect(tree(dist)).toEqual({ 'index.html': 'home v1', 'data/site.json': '{"v":1}' });
      expect(beside(root)).toEqual(['dist', 'dist.gen-1', 'dist.gen-2']);
    }
  });

  it('never hands out a number twice: not after a killed run tidied away, nor after a failed one', async () => {
    const { dist } = plainSite();
    await commitGeneration(await beginGeneration(dist));
    const killed = await beginGeneration(dist); // then SIGKILLed: the next run tidies its folder first
    tidyGenerations(dist);
    const failed = await beginGeneration(dist);
    expect(failed.n).toBe(killed.n + 1);
    discardGeneration(failed);
    const next = await beginGeneration(dist);
    expect(next.n).toBe(failed.n + 1);
    await commitGeneration(next);
    expect(readlinkSync(dist)).toBe(`dist.gen-${next.n}`);
  });
  it('rolls back by hand: dist pointed at the generation before, the next run starts from it and drops the newer one', async () => {
    const { root, dist } = plainSite();
    await publishRuns(dist, 3);
    expect(readlinkSync(dist)).toBe('dist.gen-2');
    rmSync(dist);
    symlinkSync('./dist.gen-1', dist); // the bad day undone: home v2 served again
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('home v2');
    const next = await beginGeneration(dist);
    expect(tree(next.dir)).toEqual({ 'index.html': 'home v2', 'data/site.json': '{"v":1}' });
    replace(join(next.dir, 'data/site.json'), '{"v":2}');
    await commitGeneration(next);
    expect(tree(dist)).toEqual({ 'index.html': 'home v2', 'data/site.json': '{"v":2}' });
    expect(beside(root)).toEqual(['dist', 'dist.gen-1', `dist.gen-${next.n}`]);
  });
});
