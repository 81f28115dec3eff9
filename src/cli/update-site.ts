/**
 * `npm run update-site [-- --data DIR --dist DIR --strict]`: the publisher's daily step. Adds or updates the
 * editions whose files changed in an already-built site, without typechecking or bundling the app: drop the
 * day's pages into data/papers/<slug>/<date>/, run this, deploy dist/.
 */
import { join, resolve } from 'node:path';
import { cliArgs, runCli } from './InputError.ts';
import { publishUpdate, withLock } from './publish.ts';
import { buildSiteSearch, searchDirOf } from './siteSearch.ts';

await runCli(async () => {
  const { values } = cliArgs('update-site', 'npm run update-site [-- --data DIR --dist DIR --strict]', {
    options: { data: { type: 'string', default: 'data' }, dist: { type: 'string', default: 'dist' }, strict: { type: 'boolean', default: false } },
  });
  const dist = resolve(values.dist);
  const started = performance.now();
  const summary = withLock(dist, () => publishUpdate({ dataDir: resolve(values.data), outDir: join(dist, 'data'), strict: values.strict }));
  const search = await buildSiteSearch(join(dist, 'data'), searchDirOf(join(dist, 'data')), summary.touched);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(
    summary.parsed === 0 && summary.removed === 0
      ? `update-site: nothing changed in ${summary.editions} edition(s) (${seconds} s)\n`
      : `update-site: ${summary.parsed} edition(s) parsed, ${summary.removed} removed, ${summary.filesWritten} files written, ` +
          `${summary.notes} parser notes${summary.notes ? ' (npm run report lists them)' : ''} (${seconds} s) → ${values.dist}\n`,
  );
  if (search.shards.length > 0) process.stderr.write(`search: ${search.full ? 'every year' : search.shards.map((s) => s.id).join(', ')} re-indexed (${search.documents} articles, ${(search.ms / 1000).toFixed(1)} s)\n`);
});
