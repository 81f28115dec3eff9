/**
 * The index as build and update-site make it (both run in this process, as their commands do): from a published data folder, one shard per year and one for
 * the newest month; after update-site adds, changes or removes an edition, only that edition's shard re-indexed
 * (and, when a new month begins, the closed month folded into its year), and the results of a new visit changed
 * with it. The real Pagefind client reads the files over HTTP.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSiteSearch, searchDirOf } from '../../src/cli/siteSearch.ts';
import { SEARCH_FOLDER, SearchIndexManifestSchema, SHARDS_FILE } from '../../src/search/searchIndexFiles.ts';
import { publishAll } from '../../src/cli/publish.ts';
import { updateSite } from '../../src/cli/updateSite.ts';
import { addSeedEdition, removeTempDirs, runInProcess, seedDataFolder } from '../hostile/helpers.ts';
import { serveSearch } from './fixtures.ts';

afterAll(removeTempDirs);

/** One query with the real Pagefind client against the index of a built site, served over HTTP. */
async function searchOnce(root: string, query: string) {
  const served = await serveSearch(root);
  try {
    return await served.search(query, {}, { limit: 100 });
  } finally {
    await served.close();
  }
}

const shardsOf = (dist: string) => SearchIndexManifestSchema.parse(JSON.parse(readFileSync(join(dist, SEARCH_FOLDER, SHARDS_FILE), 'utf8'))).shards;

describe('the site search index from build and update-site', () => {
  it('indexes the published site, then follows update-site: a day added, a new year, a day removed', { timeout: 120_000 }, async () => {
    const data = seedDataFolder();
    const dist = join(data, '..', 'dist');
    addSeedEdition(data, '2024-07-05');
    await publishAll({ dataDir: data, outDir: join(dist, 'data') });

    // build: every shard of the published data; the newest month is a shard of its own.
    const built = await buildSiteSearch(join(dist, 'data'), searchDirOf(join(dist, 'data')));
    expect(built).toMatchObject({ full: true, shards: [{ id: '2024-07' }] });
    const before = await searchOnce(dist, '暑假');
    expect(before.count).toBeGreaterThan(0);
    expect(before.results.every((r) => r.url.startsWith('/lsrb/2024-07-05/article/'))).toBe(true);
    expect((await searchOnce(dist, '基石')).count).toBe(0);

    // update-site adds a day: its month is re-indexed, and a new visit finds the new day's articles.
    addSeedEdition(data, '2024-07-06', '产业基石');
    const added = await runInProcess(updateSite, ['--data', data, '--dist', dist]);
    expect(added.code).toBe(0);
    expect(added.stderr).toMatch(/^search: 2024-07 re-indexed \(\d+ articles/m);
    const after = await searchOnce(dist, '暑假');
    expect(after.count).toBe(before.count * 2);
    expect(after.results.some((r) => r.url.startsWith('/lsrb/2024-07-06/article/'))).toBe(true);
    const fresh = await searchOnce(dist, '基石');
    expect(fresh.results.map((r) => [r.headline, r.date])).toEqual([['产业基石', '2024-07-06']]);

    // A day in a new year: its month is the recent shard, the month that closed is folded into its year.
    addSeedEdition(data, '2025-01-02', '新年基石');
    expect((await runInProcess(updateSite, ['--data', data, '--dist', dist])).stderr).toMatch(/^search: 2025-01, 2024 re-indexed/m);
    expect(shardsOf(dist).map((s) => s.id)).toEqual(['2025-01', '2024']);
    expect(existsSync(join(dist, SEARCH_FOLDER, '2024-07'))).toBe(false);
    expect((await searchOnce(dist, '基石')).results.map((r) => r.date)).toEqual(['2025-01-02', '2024-07-06']);
    expect((await searchOnce(dist, '暑假')).count).toBe(before.count * 3);

    // Nothing changed: nothing re-indexed.
    expect((await runInProcess(updateSite, ['--data', data, '--dist', dist])).stderr).not.toMatch(/^search:/m);

    // The new year's only day removed: its shard goes, and July is the recent month again.
    rmSync(join(data, 'papers/lsrb/2025-01-02'), { recursive: true });
    expect((await runInProcess(updateSite, ['--data', data, '--dist', dist])).code).toBe(0);
    expect(shardsOf(dist).map((s) => s.id)).toEqual(['2024-07']);
    expect((await searchOnce(dist, '基石')).results.map((r) => r.date)).toEqual(['2024-07-06']);
  });

  it(
    'adds a day by re-indexing its month only; a new month folds the closed one into its year, with no duplicates',
    { timeout: 120_000 },
    async () => {
      const data = seedDataFolder();
      const dist = join(data, '..', 'dist');
      addSeedEdition(data, '2024-06-28', '六月基石');
      addSeedEdition(data, '2024-07-05');
      await publishAll({ dataDir: data, outDir: join(dist, 'data') });
      await buildSiteSearch(join(dist, 'data'), searchDirOf(join(dist, 'data')));
      expect(shardsOf(dist).map((s) => [s.id, s.from, s.to])).toEqual([
        ['2024-07', '2024-07-05', '2024-07-05'],
        ['2024', '2024-06-28', '2024-06-28'],
      ]);
      const one = (await searchOnce(dist, '暑假')).count / 2;

      const year = statSync(join(dist, SEARCH_FOLDER, '2024/pagefind.js')).mtimeMs;
      addSeedEdition(data, '2024-07-06', '七月基石');
      const day = await runInProcess(updateSite, ['--data', data, '--dist', dist]);
      expect(day.stderr).toMatch(/^search: 2024-07 re-indexed \(\d+ articles/m);
      expect(statSync(join(dist, SEARCH_FOLDER, '2024/pagefind.js')).mtimeMs).toBe(year);
      // The year's two shards are one list: headline matches of both first, then the rest, each newest first.
      const ranked = await searchOnce(dist, '基石');
      expect(ranked.results.map((r) => [r.headline, r.date])).toEqual([
        ['七月基石', '2024-07-06'],
        ['六月基石', '2024-06-28'],
      ]);
      const summer = (await searchOnce(dist, '暑假')).results;
      expect(summer).toHaveLength(one * 3);
      const order = summer.map((r): [boolean, string] => [r.headline.includes('暑假'), r.date]);
      expect(order).toEqual([...order].sort(([ha, da], [hb, db]) => Number(hb) - Number(ha) || db.localeCompare(da)));

      // The first day of August: July is folded into 2024, August is the recent shard.
      addSeedEdition(data, '2024-08-01', '八月基石');
      const month = await runInProcess(updateSite, ['--data', data, '--dist', dist]);
      expect(month.stderr).toMatch(/^search: 2024-08, 2024 re-indexed/m);
      expect(shardsOf(dist).map((s) => [s.id, s.from, s.to])).toEqual([
        ['2024-08', '2024-08-01', '2024-08-01'],
        ['2024', '2024-06-28', '2024-07-06'],
      ]);
      const all = (await searchOnce(dist, '暑假')).results;
      expect(all).toHaveLength(one * 4);
      expect(new Set(all.map((r) => r.url)).size).toBe(all.length);
      expect((await searchOnce(dist, '基石')).results.map((r) => r.headline)).toEqual(['八月基石', '七月基石', '六月基石']);
    },
  );

  it('keeps the shards whose documents did not change when the site is indexed again, and re-indexes the others', { timeout: 120_000 }, async () => {
    const data = seedDataFolder();
    const dist = join(data, '..', 'dist');
    addSeedEdition(data, '2024-06-28');
    addSeedEdition(data, '2024-07-05');
    const ingest = async () => publishAll({ dataDir: data, outDir: join(dist, 'data') });
    await ingest();
    const index = () => buildSiteSearch(join(dist, 'data'), searchDirOf(join(dist, 'data')));
    expect((await index()).shards.map((s) => [s.id, !!s.reused])).toEqual([
      ['2024-07', false],
      ['2024', false],
    ]);
    const year = statSync(join(dist, SEARCH_FOLDER, '2024/pagefind.js')).mtimeMs;
    const month = statSync(join(dist, SEARCH_FOLDER, '2024-07/pagefind.js')).mtimeMs;

    expect((await index()).shards.map((s) => [s.id, !!s.reused])).toEqual([
      ['2024-07', true],
      ['2024', true],
    ]);
    expect(statSync(join(dist, SEARCH_FOLDER, '2024/pagefind.js')).mtimeMs).toBe(year);
    expect(statSync(join(dist, SEARCH_FOLDER, '2024-07/pagefind.js')).mtimeMs).toBe(month);

    // The July edition's lead story gets another headline: July is re-indexed, June's year kept.
    rmSync(join(data, 'papers/lsrb/2024-07-05'), { recursive: true });
    addSeedEdition(data, '2024-07-05', '改过的基石');
    await ingest();
    expect((await index()).shards.map((s) => [s.id, !!s.reused])).toEqual([
      ['2024-07', false],
      ['2024', true],
    ]);
    expect(statSync(join(dist, SEARCH_FOLDER, '2024/pagefind.js')).mtimeMs).toBe(year);
    expect((await searchOnce(dist, '基石')).results.map((r) => [r.headline, r.date])).toEqual([['改过的基石', '2024-07-05']]);

    // A killed build's input folder (its process gone) is removed by the next build; a running one's is not.
    const scratch = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
    const orphan = mkdtempSync(join(scratch, 'pagefind-input-2147483646-2024-'));
    const running = mkdtempSync(join(scratch, `pagefind-input-${process.pid}-2024-`));
    await index();
    expect([existsSync(orphan), existsSync(running)]).toEqual([false, true]);
    rmSync(running, { recursive: true });

    // A shards.json that is not JSON (a torn copy): nothing can be trusted, every shard is re-indexed.
    writeFileSync(join(dist, SEARCH_FOLDER, SHARDS_FILE), '{"version":');
    expect((await index()).shards.map((s) => [s.id, !!s.reused])).toEqual([
      ['2024-07', false],
      ['2024', false],
    ]);
    expect(shardsOf(dist).map((s) => s.id)).toEqual(['2024-07', '2024']);
  });

  it('indexes every year when update-site meets a site built before it had an index', { timeout: 60_000 }, async () => {
    const data = seedDataFolder();
    const dist = join(data, '..', 'dist');
    addSeedEdition(data, '2023-12-30');
    await publishAll({ dataDir: data, outDir: join(dist, 'data') });
    addSeedEdition(data, '2024-07-05');
    const run = await runInProcess(updateSite, ['--data', data, '--dist', dist]);
    expect(run.stderr).toMatch(/^search: every shard re-indexed/m);
    expect(shardsOf(dist).map((s) => s.id)).toEqual(['2024-07', '2023']);
  });
});
