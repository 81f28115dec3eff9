// @vitest-environment node
/**
 * The generations under update-site and build (src/cli/generations.ts), on small folders in-process: what the
 * next generation shares with the current one, that a write by rename never reaches the served one, and what a
 * killed run leaves and the next run tidies. The kill itself, with a real process and a real site, is
 * test/e2e/publish-crash.spec.ts.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** What is beside dist/, but the trash a background `rm` is removing (checked by the test that waits for it). */
const beside = (root: string) =>
  readdirSync(root)
    .filter((name) => !name.startsWith('.dist.trash-'))
    .sort();

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
    for (let v = 2; v <= 4; v++) {
      const next = await beginGeneration(dist);
      replace(join(next.dir, 'index.html'), `home v${v}`);
      await commitGeneration(next);
    }
    expect(beside(root)).toEqual(['dist', 'dist.gen-2', 'dist.gen-3']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('home v4');
    expect(readFileSync(join(root, 'dist.gen-2/index.html'), 'utf8')).toBe('home v3');
    // The older ones were moved out of the way at once, and a process of their own removes them.
    await vi.waitFor(() => expect(readdirSync(root).sort()).toEqual(['dist', 'dist.gen-2', 'dist.gen-3']), { timeout: 10_000 });
  });

  it('discards a generation that will not be published', async () => {
    const { root, dist } = plainSite();
    const next = await beginGeneration(dist);
    replace(join(next.dir, 'index.html'), 'half written');
    discardGeneration(next);
    expect(beside(root)).toEqual(['dist']);
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
});
