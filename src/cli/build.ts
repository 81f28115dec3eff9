/**
 * `npm run build [-- --strict]`: ingest (public/data), typecheck, then bundle the app into dist/. A failed step
 * stops the build with its own message.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { cliArgs, runCli } from './InputError.ts';
import { publishAll } from './publish.ts';

await runCli(async () => {
  const { values } = cliArgs('build', 'npm run build [-- --strict]', { options: { strict: { type: 'boolean', default: false } } });
  const summary = publishAll({ dataDir: resolve('data'), outDir: resolve('public/data'), strict: values.strict });
  process.stderr.write(
    `ingest: ${summary.papers} paper(s), ${summary.editions} edition(s), ${summary.articles} articles, ${summary.notes} parser notes` +
      `${summary.notes ? ' (npm run report lists them)' : ''}\n`,
  );
  for (const [command, args] of [
    ['tsc', ['-b']],
    ['vite', ['build']],
  ] as const) {
    const result = spawnSync(resolve('node_modules/.bin', command), args, { stdio: 'inherit' });
    if (result.status !== 0) {
      process.exitCode = result.status ?? 1;
      return;
    }
  }
});
