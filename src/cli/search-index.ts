/**
 * `npm run search-index [-- --data DIR --out DIR]`: the search index of an ingested data folder (public/data →
 * public/pagefind by default). `build` and `update-site` do this themselves; `npm run dev` runs it after ingest.
 */
import { resolve } from 'node:path';
import { cliArgs, runCli } from '../node/InputError.ts';
import { BUILD_SEARCH_DIR, buildSiteSearch } from './siteSearch.ts';

await runCli(async () => {
  const { values } = cliArgs('search-index', 'npm run search-index [-- --data DIR --out DIR]', {
    options: { data: { type: 'string', default: 'public/data' }, out: { type: 'string', default: BUILD_SEARCH_DIR } },
  });
  const report = await buildSiteSearch(resolve(values.data), resolve(values.out));
  process.stderr.write(
    `search: ${report.documents} articles in ${report.shards.length} shard(s) (years and the newest month), ${report.shards.filter((s) => s.reused).length} of them unchanged and kept, in ${(report.ms / 1000).toFixed(1)} s → ${values.out}\n`,
  );
});
