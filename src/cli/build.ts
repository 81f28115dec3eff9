/**
 * `npm run build [-- --strict]`: ingest (public/data), typecheck, bundle the app into dist/, then prerender every
 * route into dist/ as HTML with the app's own components (src/app/server.tsx, bundled for Node into dist-server/).
 * BASE_PATH=/sub/ deploys under a sub-folder; SITE_URL=https://example.org makes canonical URLs, the sitemap and
 * the feeds absolute. A failed step stops the build with its own message.
 *
 * dist/ is published as a whole: the app and its pages are written into a new generation beside it and dist/ is
 * switched to it with one rename when all is written (src/cli/generations.ts), so a failed or killed build leaves
 * the site that was there.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { cliArgs, runCli } from '../node/InputError.ts';
import { withoutSiteUrl } from './siteFeeds.ts';
import { beginGeneration, commitGeneration, discardGeneration } from './generations.ts';
import { diskError, withLock } from '../node/lock.ts';
import { BUILD_OPTIONS, prerender, SERVER_DIR, SHELL } from './prerender.ts';
import { publishAll } from './publish.ts';
import { BUILD_SEARCH_DIR, buildSiteSearch } from './siteSearch.ts';

export const basePath = () => process.env.BASE_PATH ?? '/';
export const siteUrl = () => (process.env.SITE_URL ?? '').replace(/\/$/, '');

await runCli(async () => {
  const { values } = cliArgs('build', 'npm run build [-- --data DIR --strict --image-only --no-typecheck]', {
    options: {
      data: { type: 'string', default: 'data' },
      strict: { type: 'boolean', default: false },
      'image-only': { type: 'boolean', default: false },
      // npm test typechecks in a step of its own, beside the browser tests' build (test/runAll.ts)
      'no-typecheck': { type: 'boolean', default: false },
    },
  });
  const summary = await publishAll({
    dataDir: resolve(values.data),
    outDir: resolve('public/data'),
    strict: values.strict,
    imageOnly: values['image-only'],
  });
  process.stderr.write(
    `ingest: ${summary.papers} paper(s), ${summary.editions} edition(s), ${summary.articles} articles, ${summary.notes} parser notes` +
      `${summary.notes ? ' (npm run report lists them)' : ''}\n`,
  );
  const search = await buildSiteSearch(resolve('public/data'), resolve(BUILD_SEARCH_DIR));
  process.stderr.write(
    `search: ${search.documents} articles in ${search.shards.length} shard(s) (years and the newest month), ${search.shards.filter((s) => s.reused).length} of them unchanged and kept, in ${(search.ms / 1000).toFixed(1)} s → ${BUILD_SEARCH_DIR}\n`,
  );
  // package.json's typecheck: TypeScript 7's native compiler (docs/testing.md, "The typecheck").
  const checked = values['no-typecheck'] ? { status: 0 } : spawnSync('npm', ['run', '-s', 'typecheck'], { stdio: 'inherit' });
  if (checked.status !== 0) {
    process.exitCode = checked.status ?? 1;
    return;
  }
  const dist = resolve('dist');
  await withLock(`${dist}.lock`, 'writing this site', async () => {
    const next = await beginGeneration(dist, { empty: true });
    try {
      const outDir = relative(process.cwd(), next.dir);
      for (const args of [
        ['build', '--outDir', outDir, '--emptyOutDir'],
        ['build', '--ssr', 'src/app/server.tsx', '--outDir', SERVER_DIR, '--emptyOutDir', '--logLevel', 'warn'],
      ]) {
        const result = spawnSync(resolve('node_modules/.bin/vite'), args, { stdio: 'inherit' });
        if (result.status !== 0) {
          discardGeneration(next);
          process.exitCode = result.status ?? 1;
          return;
        }
      }
      copyFileSync(join(outDir, 'index.html'), SHELL);
      const options = { base: basePath(), siteUrl: siteUrl() };
      writeFileSync(BUILD_OPTIONS, `${JSON.stringify(options, null, 2)}\n`);
      const rendered = await prerender({ dist: outDir, ...options, fresh: true });
      await commitGeneration(next);
      process.stderr.write(
        `prerender: ${rendered.pages} pages in ${(rendered.ms / 1000).toFixed(1)} s\n${siteUrl() ? '' : `prerender: ${withoutSiteUrl}\n`}`,
      );
    } catch (error) {
      discardGeneration(next);
      throw diskError(error, dist);
    }
  });
});
