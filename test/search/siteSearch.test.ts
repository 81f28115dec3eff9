// @vitest-environment node
/**
 * The index as build and update-site make it: from a published data folder, one shard per year, and after
 * update-site adds, changes or removes an edition, only that edition's year re-indexed, and the results of a
 * new visit changed with it. The real Pagefind client reads the files over HTTP.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteSearch, searchDirOf } from '../../src/cli/siteSearch.ts';
import { SEARCH_FOLDER, SearchIndexManifestSchema, SHARDS_FILE } from '../../src/search/searchIndexFiles.ts';
import { addSeedEdition, removeTempDirs, runCli, seedDataFolder } from '../hostile/helpers.ts';
import { serveSearch } from './fixtures.ts';

afterAll(removeTempDirs);

/** A copy of the seed edition under another date; `headline` replaces the lead story's headline 产业筑基. */
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
    expect((await runCli('ingest.ts', ['--data', data, '--out', join(dist, 'data')])).code).toBe(0);

    // build: every year of the published data.
    const built = await buildSiteSearch(join(dist, 'data'), searchDirOf(join(dist, 'data')));
    expect(built).toMatchObject({ full: true, shards: [{ id: '2024' }] });
    const before = await searchOnce(dist, '暑假');
    expect(before.count).toBeGreaterThan(0);
    expect(before.results.every((r) => r.url.startsWith('/lsrb/2024-07-05/article/'))).toBe(true);
    expect((await searchOnce(dist, '基石')).count).toBe(0);

    // update-site adds a day: its year is re-indexed, and a new visit finds the new day's articles.
    addSeedEdition(data, '2024-07-06', '产业基石');
    const added = await runCli('update-site.ts', ['--data', data, '--dist', dist]);
    expect(added.code).toBe(0);
    expect(added.stderr).toMatch(/^search: 2024 re-indexed \(\d+ articles/m);
    const after = await searchOnce(dist, '暑假');
    expect(after.count).toBe(before.count * 2);
    expect(after.results.some((r) => r.url.startsWith('/lsrb/2024-07-06/article/'))).toBe(true);
    const fresh = await searchOnce(dist, '基石');
    expect(fresh.results.map((r) => [r.headline, r.date])).toEqual([['产业基石', '2024-07-06']]);

    // A day in a new year: a new shard, the old year's left as it was.
    const year2024 = statSync(join(dist, SEARCH_FOLDER, '2024/pagefind.js')).mtimeMs;
    addSeedEdition(data, '2025-01-02', '新年基石');
    expect((await runCli('update-site.ts', ['--data', data, '--dist', dist])).stderr).toMatch(/^search: 2025 re-indexed/m);
    expect(shardsOf(dist).map((s) => s.id)).toEqual(['2025', '2024']);
    expect(statSync(join(dist, SEARCH_FOLDER, '2024/pagefind.js')).mtimeMs).toBe(year2024);
    expect((await searchOnce(dist, '基石')).results.map((r) => r.date)).toEqual(['2025-01-02', '2024-07-06']);

    // Nothing changed: nothing re-indexed.
    expect((await runCli('update-site.ts', ['--data', data, '--dist', dist])).stderr).not.toMatch(/^search:/m);

    // The new year's only day removed: its shard goes.
    rmSync(join(data, 'papers/lsrb/2025-01-02'), { recursive: true });
    expect((await runCli('update-site.ts', ['--data', data, '--dist', dist])).code).toBe(0);
    expect(shardsOf(dist).map((s) => s.id)).toEqual(['2024']);
    expect((await searchOnce(dist, '基石')).results.map((r) => r.date)).toEqual(['2024-07-06']);
  });

  it('indexes every year when update-site meets a site built before it had an index', { timeout: 60_000 }, async () => {
    const data = seedDataFolder();
    const dist = join(data, '..', 'dist');
    addSeedEdition(data, '2023-12-30');
    expect((await runCli('ingest.ts', ['--data', data, '--out', join(dist, 'data')])).code).toBe(0);
    addSeedEdition(data, '2024-07-05');
    const run = await runCli('update-site.ts', ['--data', data, '--dist', dist]);
    expect(run.stderr).toMatch(/^search: every year re-indexed/m);
    expect(shardsOf(dist).map((s) => s.id)).toEqual(['2024', '2023']);
  });
});
