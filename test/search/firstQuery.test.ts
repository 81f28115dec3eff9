/**
 * What the first query of a visit downloads, over a site with editions in three years (2023, 2024 and the newest
 * month, 2025-01: three shards, each with Pagefind's client files beside its index). A query found in every
 * year reads all three shards; it must do so through one Pagefind client (one script, one worker, one wasm) and
 * stay within the search budget on the wire. Bytes are counted, not timed: the server's gzip -9 (Node's fetch
 * asks for gzip; a browser's brotli is smaller still).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSearch, type PagefindModule } from '../../src/app/search/search.ts';
import { startStaticServer, type StaticServer } from '../../src/cli/staticServer.ts';
import { buildSiteSearch, searchDirOf } from '../../src/cli/siteSearch.ts';
import { publishAll } from '../../src/cli/publish.ts';
import { SEARCH_FOLDER, SearchIndexManifestSchema, SHARDS_FILE } from '../../src/search/searchIndexFiles.ts';
import { addSeedEdition, removeTempDirs, seedDataFolder } from '../hostile/helpers.ts';

/** The search budget of docs/search.md: a first query, however many shards it reads. */
const BUDGET_BYTES = 300 * 1024;

interface Download {
  path: string;
  bytes: number;
}

let server: StaticServer | undefined;
afterAll(async () => {
  await server?.close();
  removeTempDirs();
});

/** Fetches `url` as a browser would and notes its path and its bytes on the wire (the response's content-length). */
async function download(url: string, downloads: Download[], fetcher: typeof fetch): Promise<Response> {
  const response = await fetcher(url);
  const { pathname } = new URL(url);
  downloads.push({ path: pathname, bytes: Number(response.headers.get('content-length')) });
  return response;
}

/**
 * A client of the served index that notes every download. Node imports pagefind.js from the served folder (it
 * cannot import over http) and runs Pagefind without a worker: both scripts are fetched over HTTP as well, so
 * that they count as a browser would load them.
 */
function countingSearch(indexUrl: string, dir: string, downloads: Download[]) {
  const realFetch = globalThis.fetch;
  const load = async (url: string) => {
    const script = new URL(url);
    await download(script.href, downloads, realFetch);
    await download(new URL('pagefind-worker.js', script).href, downloads, realFetch);
    const path = script.pathname.slice(new URL(indexUrl).pathname.length);
    return import(`${pathToFileURL(join(dir, path)).href}?first-query`) as Promise<PagefindModule>;
  };
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) =>
    download(typeof input === 'string' ? new URL(input, indexUrl).href : input instanceof URL ? input.href : input.url, downloads, (url) =>
      realFetch(url, init),
    ),
  );
  return createSearch(indexUrl, load);
}

describe('the first query over a site with three years', () => {
  it('loads one Pagefind client for every shard, within 300 KB on the wire, and finds every year', { timeout: 120_000 }, async () => {
    const data = seedDataFolder();
    const dist = join(data, '..', 'dist');
    addSeedEdition(data, '2023-12-30', '旧年基石');
    addSeedEdition(data, '2024-07-05', '去年基石');
    addSeedEdition(data, '2025-01-02', '新年基石');
    await publishAll({ dataDir: data, outDir: join(dist, 'data') });
    await buildSiteSearch(join(dist, 'data'), searchDirOf(join(dist, 'data')));
    const dir = join(dist, SEARCH_FOLDER);
    const shards = SearchIndexManifestSchema.parse(JSON.parse(readFileSync(join(dir, SHARDS_FILE), 'utf8'))).shards;
    expect(shards.map((s) => s.id)).toEqual(['2025-01', '2024', '2023']);

    server = await startStaticServer(dist);
    const downloads: Download[] = [];
    const search = countingSearch(`${server.url}/${SEARCH_FOLDER}/`, dir, downloads);
    try {
      const first = await search('基石');
      expect(first.results.map((r) => [r.headline, r.date])).toEqual([
        ['新年基石', '2025-01-02'],
        ['去年基石', '2024-07-05'],
        ['旧年基石', '2023-12-30'],
      ]);
      expect(first.complete).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }

    const named = (name: RegExp) => downloads.filter((d) => name.test(d.path)).length;
    const total = downloads.reduce((sum, d) => sum + d.bytes, 0);
    const summary = `${downloads.length} files, ${total} bytes:\n${downloads.map((d) => `${d.bytes}\t${d.path}`).join('\n')}`;
    expect(
      downloads.every((d) => d.bytes > 0),
      summary,
    ).toBe(true);
    expect([named(/\/pagefind\.js$/), named(/\/pagefind-worker\.js$/), named(/\/wasm\.[^/]*\.pagefind$/)], summary).toEqual([1, 1, 1]);
    // Every shard's own files were read: its entry and its page list.
    for (const { id } of shards) expect(named(new RegExp(`/${id}/pagefind\\.[^/]*\\.pf_meta$`)), summary).toBe(1);
    expect(total, summary).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
