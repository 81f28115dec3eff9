/**
 * `npm run update-site [-- --data DIR --dist DIR --strict]`: the publisher's daily step. Adds or updates the
 * editions whose files changed in an already-built site, without typechecking or bundling the app: drop the
 * day's pages into data/papers/<slug>/<date>/, run this, deploy dist/.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cliArgs, runCli } from './InputError.ts';
import { prerenderChanges } from './prerender.ts';
import { withLock } from './lock.ts';
import { publishUpdate } from './publish.ts';
import { buildSiteSearch, searchDirOf } from './siteSearch.ts';

await runCli(async () => {
  const { values } = cliArgs('update-site', 'npm run update-site [-- --data DIR --dist DIR --strict --data-only]', {
    options: { data: { type: 'string', default: 'data' }, dist: { type: 'string', default: 'dist' }, strict: { type: 'boolean', default: false }, 'data-only': { type: 'boolean', default: false } },
  });
  const dist = resolve(values.dist);
  const started = performance.now();
  // The search index always; the changed pages where the site has the app (a data-only folder has no pages).
  // --data-only writes the data alone (data for other tools, or a benchmark of the data step).
  const withPages = existsSync(join(dist, 'index.html'));
  // Data first, then the search index and the pages drawn from it: a reader never meets a page before its data.
  const { summary, search, pages } = await withLock(join(dist, '.update-site.lock'), 'running update-site on this site', async () => {
    const published = publishUpdate({ dataDir: resolve(values.data), outDir: join(dist, 'data'), strict: values.strict });
    const indexed = !values['data-only'] ? await buildSiteSearch(join(dist, 'data'), searchDirOf(join(dist, 'data')), published.indexed) : { shards: [], full: false, documents: 0, ms: 0 };
    const rendered = withPages && !values['data-only'] ? (await prerenderChanges(dist, published)).pages : 0;
    return { summary: published, search: indexed, pages: rendered };
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(
    summary.parsed === 0 && summary.removed === 0
      ? `update-site: nothing changed in ${summary.editions} edition(s) (${seconds} s)\n`
      : `update-site: ${summary.parsed} edition(s) parsed, ${summary.removed} removed, ${summary.filesWritten} files written, ${withPages ? `${pages} pages rendered, ` : ''}` +
          `${summary.notes} parser notes${summary.notes ? ' (npm run report lists them)' : ''} (${seconds} s) → ${values.dist}\n`,
  );
  if (search.shards.length > 0) process.stderr.write(`search: ${search.full ? 'every year' : search.shards.map((s) => s.id).join(', ')} re-indexed (${search.documents} articles, ${(search.ms / 1000).toFixed(1)} s)\n`);
});
