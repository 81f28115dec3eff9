/**
 * `npm run build [-- --strict]`: ingest (public/data), typecheck, bundle the app into dist/, then prerender every
 * route into dist/ as HTML with the app's own components (src/app/server.tsx, bundled for Node into dist-server/).
 * BASE_PATH=/sub/ deploys under a sub-folder; SITE_URL=https://example.org makes canonical URLs, the sitemap and
 * the feeds absolute. A failed step stops the build with its own message.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliArgs, runCli } from './InputError.ts';
import { BUILD_OPTIONS, prerender, SERVER_DIR, SHELL } from './prerender.ts';
import { publishAll } from './publish.ts';
import { BUILD_SEARCH_DIR, buildSiteSearch } from './siteSearch.ts';

export const basePath = () => process.env.BASE_PATH ?? '/';
export const siteUrl = () => (process.env.SITE_URL ?? '').replace(/\/$/, '');

await runCli(async () => {
  const { values } = cliArgs('build', 'npm run build [-- --strict]', { options: { strict: { type: 'boolean', default: false } } });
  const summary = publishAll({ dataDir: resolve('data'), outDir: resolve('public/data'), strict: values.strict });
  process.stderr.write(
    `ingest: ${summary.papers} paper(s), ${summary.editions} edition(s), ${summary.articles} articles, ${summary.notes} parser notes` +
      `${summary.notes ? ' (npm run report lists them)' : ''}\n`,
  );
  const search = await buildSiteSearch(resolve('public/data'), resolve(BUILD_SEARCH_DIR));
  process.stderr.write(`search: ${search.documents} articles in ${search.shards.length} yearly index(es) in ${(search.ms / 1000).toFixed(1)} s → ${BUILD_SEARCH_DIR}\n`);
  for (const [command, args] of [
    ['tsc', ['-b']],
    ['vite', ['build']],
    ['vite', ['build', '--ssr', 'src/app/server.tsx', '--outDir', SERVER_DIR, '--emptyOutDir', '--logLevel', 'warn']],
  ] as const) {
    const result = spawnSync(resolve('node_modules/.bin', command), args, { stdio: 'inherit' });
    if (result.status !== 0) {
      process.exitCode = result.status ?? 1;
      return;
    }
  }
  copyFileSync('dist/index.html', SHELL);
  const options = { base: basePath(), siteUrl: siteUrl() };
  writeFileSync(BUILD_OPTIONS, `${JSON.stringify(options, null, 2)}\n`);
  const rendered = await prerender({ dist: 'dist', ...options, fresh: true });
  process.stderr.write(`prerender: ${rendered.pages} pages in ${(rendered.ms / 1000).toFixed(1)} s${siteUrl() ? '' : ' (set SITE_URL for absolute canonical URLs, sitemap and feeds)'}\n`);
});
