/**
 * update-site on a data folder and an already-published site, run in this process through the same runCommand
 * as its CLI (one test spawns the real command, to prove the wiring). What it writes must equal what a full build
 * of the same data writes, and a run that fails must leave the site as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { ArchiveYearSchema, EditionIndexSchema, SiteSchema } from '../../src/schema/edition.ts';
import { publishAll } from '../../src/cli/publish.ts';
import { updateSite } from '../../src/cli/updateSite.ts';
import { addSeedEdition, expectOneLineError, removeTempDirs, runCli, runInProcess, seedDataFolder, tempDir } from '../hostile/helpers.ts';

afterAll(removeTempDirs);

interface Site {
  data: string;
  dist: string;
  out: string;
}

/** A data folder holding the seed paper with the given edition dates (each a copy of the seed), built once. */
/** An edition of one e-paper page that prints its own page (5, 本省新闻) and date (2008-04-11); returns the page file. */
function addPrintedPage(data: string, date: string): string {
  const folder = join(data, 'papers', 'lsrb', date);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'edition.json'), JSON.stringify({ date, pages: [{ number: 5, name: '本省新闻', file: 'p05.txt' }] }));
  writeFileSync(join(folder, 'p05.txt'), readFileSync(new URL('../ingest/fixtures/epaper-headline-list.txt', import.meta.url)));
  return join(folder, 'p05.txt');
}

async function publishedSite(dates: string[]): Promise<Site> {
  const data = seedDataFolder();
  for (const date of dates) addSeedEdition(data, date);
  const dist = join(data, '..', 'dist');
  const out = join(dist, 'data');
  await publishAll({ dataDir: data, outDir: out });
  return { data, dist, out };
}

const updateArgs = (site: Site, extra: string[]) => ['--data', site.data, '--dist', site.dist, ...extra];
const update = (site: Site, ...extra: string[]) => runInProcess(updateSite, updateArgs(site, extra));

/** Every file under a folder, path → text, without update-site's own state. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name !== dataPaths.publishState()) files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

async function fullBuild(site: Site): Promise<Map<string, string>> {
  const out = join(tempDir(), 'data');
  await publishAll({ dataDir: site.data, outDir: out });
  return tree(out);
}

const json = (site: Site, path: string) => JSON.parse(readFileSync(join(site.out, path), 'utf8')) as unknown;

describe('npm run update-site', { timeout: 60_000 }, () => {
  it('adds an edition years older than the first: every year between has its archive file, as a full build writes', async () => {
    const site = await publishedSite(['2024-07-05']);
    addSeedEdition(site.data, '2021-03-01');
    const run = await update(site);
    expect(run.code).toBe(0);
    expect(tree(site.out)).toEqual(await fullBuild(site));
    const years = [2021, 2022, 2023, 2024].map((year) =>
      ArchiveYearSchema.parse(json(site, dataPaths.archiveYear('lsrb', year))).editions.map((e) => e.date),
    );
    expect(years).toEqual([['2021-03-01'], [], [], ['2024-07-05']]);
  });

  it('adds a day: parses only the new edition and writes what a full build of the same data writes', async () => {
    const site = await publishedSite(['2024-07-04', '2024-07-05']);
    const untouched = join(site.out, dataPaths.editionIndex('lsrb', '2024-07-04'));
    const before = statSync(untouched).mtimeMs;
    addSeedEdition(site.data, '2024-07-06');

    const run = await update(site);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^update-site: 1 edition\(s\) parsed, 0 removed, \d+ files written, 14 parser notes/);
    expect(tree(site.out)).toEqual(await fullBuild(site));

    const latest = SiteSchema.parse(json(site, dataPaths.site())).papers[0]!;
    expect([latest.latest.date, latest.latest.previous, latest.editionCount]).toEqual(['2024-07-06', '2024-07-05', 3]);
    expect(EditionIndexSchema.parse(json(site, dataPaths.editionIndex('lsrb', '2024-07-05'))).next).toBe('2024-07-06');
    expect(ArchiveYearSchema.parse(json(site, dataPaths.archiveYear('lsrb', 2024))).editions.map((e) => e.date)).toEqual([
      '2024-07-04',
      '2024-07-05',
      '2024-07-06',
    ]);
    // An edition two days back is not rewritten.
    expect(statSync(untouched).mtimeMs).toBe(before);
  });

  it('says so and writes nothing when nothing changed', async () => {
    const site = await publishedSite(['2024-07-05']);
    const before = tree(site.out);
    const run = await update(site);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^update-site: nothing changed in 1 edition\(s\)/);
    expect(tree(site.out)).toEqual(before);
  });

  it('re-parses an edition whose page file changed, and only that one', async () => {
    const site = await publishedSite(['2024-07-04', '2024-07-05']);
    const page = join(site.data, 'papers/lsrb/2024-07-04/leshan-daily-2024-07-05.txt');
    writeFileSync(page, readFileSync(page, 'utf8').replace('# 产业筑基', '# 产业筑基更新'));
    const run = await update(site);
    expect(run.stderr).toMatch(/^update-site: 1 edition\(s\) parsed/);
    expect(tree(site.out)).toEqual(await fullBuild(site));
    const index = EditionIndexSchema.parse(json(site, dataPaths.editionIndex('lsrb', '2024-07-04')));
    expect(index.articles[0]!.headline).toBe('产业筑基更新');
  });

  it('starts a new year’s archive file and leaves the old year’s as it was', async () => {
    const site = await publishedSite(['2024-12-31']);
    const old = readFileSync(join(site.out, dataPaths.archiveYear('lsrb', 2024)), 'utf8');
    addSeedEdition(site.data, '2025-01-02');
    expect((await update(site)).code).toBe(0);
    expect(readFileSync(join(site.out, dataPaths.archiveYear('lsrb', 2024)), 'utf8')).toBe(old);
    expect(ArchiveYearSchema.parse(json(site, dataPaths.archiveYear('lsrb', 2025))).editions.map((e) => e.date)).toEqual(['2025-01-02']);
    expect(tree(site.out)).toEqual(await fullBuild(site));
  });

  it('takes away an edition whose folder was removed, and mends its neighbours', async () => {
    const site = await publishedSite(['2024-07-04', '2024-07-05', '2024-07-06']);
    rmSync(join(site.data, 'papers/lsrb/2024-07-05'), { recursive: true });
    const run = await update(site);
    expect(run.stderr).toMatch(/1 removed/);
    expect(existsSync(join(site.out, dataPaths.editionFolder('lsrb', '2024-07-05')))).toBe(false);
    expect(tree(site.out)).toEqual(await fullBuild(site));
  });

  it('day after day, each run starting from the generation before the current one, writes what a full build writes', async () => {
    const site = await publishedSite(['2024-07-04', '2024-07-05']);
    const folder = (n: number, date: string) => statSync(join(`${site.dist}.gen-${n}`, 'data', dataPaths.editionFolder('lsrb', date))).ino;
    const page = join(site.data, 'papers/lsrb/2024-07-04/leshan-daily-2024-07-05.txt');
    const days: [string, () => void][] = [
      ['a day added', () => addSeedEdition(site.data, '2024-07-06')],
      ['another', () => addSeedEdition(site.data, '2024-07-07')],
      ['a day added again', () => addSeedEdition(site.data, '2024-07-08')],
      ['a page corrected', () => writeFileSync(page, readFileSync(page, 'utf8').replace('# 产业筑基', '# 产业筑基更新'))],
      ['an edition taken away', () => rmSync(join(site.data, 'papers/lsrb/2024-07-05'), { recursive: true })],
    ];
    for (const [i, [what, change]] of days.entries()) {
      change();
      // Generation i+1 is made now; from the third run on, from generation i-1's folder.
      const before = i >= 2 ? folder(i - 1, '2024-07-04') : null;
      const run = await update(site);
      expect(run.code, what).toBe(0);
      expect(tree(site.out), what).toEqual(await fullBuild(site));
      // From the third run on, the generation is the one from two runs before, caught up: an edition folder nothing
      // touched since is the very same folder.
      if (before !== null && what !== 'a page corrected') expect(folder(i + 1, '2024-07-04'), what).toBe(before);
    }
  });

  it('adds a second paper', async () => {
    const site = await publishedSite(['2024-07-05']);
    mkdirSync(join(site.data, 'papers/sjwb'));
    writeFileSync(join(site.data, 'papers/sjwb/paper.json'), '{ "name": "山江晚报" }');
    addSeedEdition(site.data, '2024-07-05', undefined, 'sjwb');
    expect((await update(site)).code).toBe(0);
    expect(SiteSchema.parse(json(site, dataPaths.site())).papers.map((p) => p.slug)).toEqual(['lsrb', 'sjwb']);
    expect(tree(site.out)).toEqual(await fullBuild(site));
  });

  it.each([
    [
      'a manifest whose date is not its folder’s',
      (site: Site) => {
        const folder = addSeedEdition(site.data, '2024-07-06');
        writeFileSync(join(folder, 'edition.json'), readFileSync(join(folder, 'edition.json'), 'utf8').replace('"2024-07-06"', '"2024-07-07"'));
        return join(folder, 'edition.json');
      },
      "the manifest's date 2024-07-07 is not its folder's date 2024-07-06",
    ],
    [
      'an empty page file',
      (site: Site) => {
        const folder = addSeedEdition(site.data, '2024-07-06');
        writeFileSync(join(folder, 'leshan-daily-2024-07-05.txt'), '\n'.repeat(139));
        return join(folder, 'leshan-daily-2024-07-05.txt');
      },
      'page 1 has no article',
    ],
  ])('stops on %s with one line, and leaves the published site exactly as it was', async (_what, breakIt, reason) => {
    const site = await publishedSite(['2024-07-05']);
    const before = tree(site.out);
    const file = breakIt(site);
    expect(expectOneLineError(await update(site), file)).toContain(reason);
    expect(tree(site.out)).toEqual(before);
  });

  it("with --strict, publishes an edition whose notes are the parser's guesses: they stay notes in the report", async () => {
    const site = await publishedSite(['2024-07-05']);
    addSeedEdition(site.data, '2024-07-06'); // 14 notes, every one a guess (a cut paragraph, a subhead …)
    const run = await update(site, '--strict');
    expect(run.stderr).toContain('14 parser notes (npm run report lists them)');
    expect(run.code).toBe(0);
    expect(existsSync(join(site.out, dataPaths.editionIndex('lsrb', '2024-07-06')))).toBe(true);
  });

  it('with --strict, refuses an edition whose page contradicts its manifest, before writing anything', async () => {
    const site = await publishedSite(['2024-07-05']);
    const before = tree(site.out);
    const page = addPrintedPage(site.data, '2024-07-06'); // the page prints 2008-04-11
    const run = await update(site, '--strict');
    expect(expectOneLineError(run, page)).toMatch(
      /--strict: 1 parser note\(s\) to fix, the first: the page prints the date 2008-04-11, the manifest says 2024-07-06/,
    );
    expect(tree(site.out)).toEqual(before);
  });

  it('refuses to run beside another update-site, and takes over a lock its dead owner left', async () => {
    const site = await publishedSite(['2024-07-05']);
    addSeedEdition(site.data, '2024-07-06');
    const lock = `${site.dist}.lock`;
    writeFileSync(lock, String(process.pid));
    expect(expectOneLineError(await update(site), lock)).toContain(`another process (${process.pid}) is running update-site on this site`);
    writeFileSync(lock, '999999999');
    // The real command once, as a publisher runs it: the entry script wires the same command to the process.
    const run = await runCli('update-site.ts', updateArgs(site, []));
    expect(run.stderr).toMatch(/^update-site: 1 edition\(s\) parsed/);
    expect(run.code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  it('says to build first when the site was never built', async () => {
    const site = await publishedSite(['2024-07-05']);
    rmSync(site.out, { recursive: true });
    expect(expectOneLineError(await update(site), site.out)).toContain('run `npm run build` once first');
  });
});

describe('npm run report', { timeout: 60_000 }, () => {
  it('lists every parser note by paper, edition, page and line; --strict fails only on those to fix', async () => {
    const site = await publishedSite(['2024-07-05']);
    const run = await runCli('report.ts', ['--data', site.data]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('乐山日报 (lsrb)');
    expect(lines[1]).toBe('  2024-07-05: 14 note(s)');
    expect(lines[2]).toBe('    第1版');
    expect(lines[3]).toMatch(/^ {6}\S*leshan-daily-2024-07-05\.txt:\d+ {2}\S/);
    expect(lines).toContain('    第2版');
    expect(run.stdout).toMatch(/14 parser note\(s\) in 1 edition\(s\), 0 to fix\n$/);
    expect((await runCli('report.ts', ['--data', site.data, '--strict'])).code).toBe(0);
    addPrintedPage(site.data, '2024-07-06');
    const strict = await runCli('report.ts', ['--data', site.data, '--strict']);
    expect(strict.stdout).toMatch(/p05\.txt:\d+ {2}TO FIX: the page prints the date 2008-04-11/);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('error: --strict: 1 parser note(s) to fix\n');
  });
});
