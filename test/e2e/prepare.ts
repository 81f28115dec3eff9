/**
 * Runs before `playwright test` (see the `test:e2e` script):
 * 1. Debian's Chromium (/usr/bin/chromium) and its headless build (/usr/bin/chromium-headless-shell, which the tests
 *    drive: test/e2e/chromium.ts). Missing: as root with apt-get, install them with fonts-noto-cjk; with no
 *    headless build the tests run in the whole browser; with neither, stop with one line that says how.
 * 2. dist/, the seed site: the text paper of data/ alone (lsrb), built from a copy of it (e2e-seed-data/) when dist/
 *    is missing or older than any source.
 * 3. On dist/'s app, each with its own data, search index and prerendered pages: dist-site2/, the second site the
 *    multi-edition and two-paper specs read (test/e2e/site/data: two papers, editions across a year), and
 *    dist-printed/, the printed demo paper. Their ingests run as child processes beside step 4.
 * 4. Three more builds of the app, kept while its sources are unchanged: dist-sub/ (BASE_PATH=/sub/),
 *    dist-deploy-b/ and dist-deploy-c/ (deploys.spec.ts).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { prerender } from '../../src/cli/prerender.ts';
import { buildSiteSearch, searchDirOf } from '../../src/cli/siteSearch.ts';
import { CHROMIUM, HEADLESS_SHELL, testChromium } from './chromium.ts';
import { addLongEdition } from './longEdition.ts';

const started = performance.now();
/** Runs one step and says how long it took (the figures of docs/testing.md). */
async function timed<T>(name: string, step: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await step();
  console.log(`test:e2e: ${name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Debian's packages the browser tests need; the headless build (TEST_CHROMIUM) halves their CPU (chromium.ts). */
const packages = [
  ...(existsSync(CHROMIUM) ? [] : ['chromium']),
  ...(existsSync(HEADLESS_SHELL) || process.env.E2E_CHROMIUM ? [] : ['chromium-headless-shell']),
  ...(existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') ? [] : ['fonts-noto-cjk']),
];
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (packages.length > 0 && root && hasCommand('apt-get') && !process.env.E2E_NO_INSTALL) {
  console.log(`test:e2e: installing ${packages.join(', ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  } catch {
    // Said below: a browser still missing stops the run; a missing headless build only costs time.
    console.error(`test:e2e: apt-get could not install ${packages.join(', ')}`);
  }
}
const browser = testChromium();
if (!existsSync(browser)) {
  console.error(`test:e2e: no Chromium at ${browser}; install it with: apt-get install -y chromium chromium-headless-shell fonts-noto-cjk`);
  process.exit(1);
}
console.log(
  `test:e2e: the browser tests run in ${browser}` +
    (browser === CHROMIUM && !process.env.E2E_CHROMIUM ? ` (apt-get install chromium-headless-shell for about half the CPU)` : ''),
);

/** Newest modification time under the given files and folders (folders walked, skipping generated ones). */
function newest(paths: string[]): number {
  let latest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) {
        if (path === 'public' && (entry === 'data' || entry === 'pagefind')) continue; // written by the build itself
        visit(join(path, entry));
      }
    } else {
      latest = Math.max(latest, stat.mtimeMs);
    }
  };
  paths.forEach(visit);
  return latest;
}

/**
 * A data folder holding only the named papers of data/ (and the taxonomy): the seed site is the text paper alone,
 * as the specs written for it expect (one paper: `/` is its latest edition); the printed demo paper is a site of
 * its own (dist-printed/, below).
 */
function dataOf(folder: string, papers: string[]): string {
  rmSync(folder, { recursive: true, force: true });
  for (const paper of papers) cpSync(join('data/papers', paper), join(folder, 'papers', paper), { recursive: true });
  cpSync('data/taxonomy.json', join(folder, 'taxonomy.json'));
  return folder;
}

const SEED_DATA = dataOf('e2e-seed-data', ['lsrb']);
const builtPapers = existsSync('dist/data/site.json')
  ? (JSON.parse(readFileSync('dist/data/site.json', 'utf8')) as { papers: { slug: string }[] }).papers.map((p) => p.slug)
  : [];
const built = existsSync('dist/index.html') && builtPapers.join() === 'lsrb' ? statSync('dist/index.html').mtimeMs : 0;
const sources = newest(['src', 'data', 'public', 'index.html', 'vite.config.ts', 'package-lock.json']);
if (built < sources) {
  console.log(built ? 'test:e2e: dist/ is older than the sources; building the seed site' : 'test:e2e: no seed site in dist/; building it');
  const result = await timed('the seed site (npm run build)', () =>
    // no typecheck: npm test runs it as a step of its own, at the same time (test/runAll.ts)
    spawnSync('npm', ['run', 'build', '--', '--data', SEED_DATA, '--no-typecheck'], { stdio: 'inherit' }),
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * The app builds below (the sub-folder site, the two later deploys) depend on the app's sources alone, not on data:
 * each is kept under tmp/e2e-app-builds/ with the hash of what it read, and a run whose sources hash the same copies
 * it back instead of building it again (each build is 20–60 s on two busy cores). Data and prerendered pages are
 * always written afresh after it.
 */
const APP_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'tsconfig.json', 'test/e2e/prepare.ts'];
const GENERATED = new Set(['public/data', 'public/pagefind', 'public/search']);
const APP_BUILDS = 'tmp/e2e-app-builds';

function appHash(variant: string): string {
  const hash = createHash('sha256').update(variant);
  const visit = (path: string) => {
    if (!existsSync(path) || GENERATED.has(path)) return;
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    else hash.update(`${path}\0`).update(readFileSync(path));
  };
  APP_INPUTS.forEach(visit);
  return hash.digest('hex');
}

/** The folders `build` writes, from the cache when their sources have not changed since, else built and kept. */
async function cachedAppBuild(name: string, variant: string, outDirs: string[], build: () => Promise<void>): Promise<void> {
  const key = appHash(variant);
  const cache = join(APP_BUILDS, name);
  const stamp = join(cache, 'sources.sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) {
    await timed(`${name} (app build unchanged: copied)`, () => {
      for (const [i, dir] of outDirs.entries()) {
        rmSync(dir, { recursive: true, force: true });
        cpSync(join(cache, String(i)), dir, { recursive: true });
      }
    });
    return;
  }
  await timed(`${name} (app build)`, build);
  rmSync(cache, { recursive: true, force: true });
  for (const [i, dir] of outDirs.entries()) cpSync(dir, join(cache, String(i)), { recursive: true });
  writeFileSync(stamp, key);
}

// The second site and the printed site: each the same app (assets and static files) with its own data, search
// index and prerendered pages. Their ingests (the printed one reads and renders page PDFs: the longest step here) run
// as child processes beside the app builds below; their search indexes and pages are written after those.
const APP_FILES = ['assets', 'favicon.svg', 'reader-preferences.js', '_headers', 'sw.js', 'offline.html', 'manifest.webmanifest', 'icons'];
/** `npm run ingest` of `data` into `site`/data, begun now beside the steps below, with the site's app copied from dist/. */
function startIngest(site: string, data: string): Promise<void> {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site);
  for (const name of APP_FILES) cpSync(join('dist', name), join(site, name), { recursive: true });
  return timed(`${site} ingest`, () => {
    const child = spawn(resolve('node_modules/.bin/tsx'), ['src/cli/ingest.ts', '--data', data, '--out', `${site}/data`], {
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const failed = (why: string) => {
      process.stderr.write(stderr);
      console.error(`test:e2e: could not build ${site}/ from ${data} (${why})`);
      process.exit(1);
    };
    child.on('error', (error) => failed(error.message));
    return new Promise<void>((done) => child.on('close', (code) => (code === 0 ? done() : failed(`exit ${code}`))));
  });
}
const SITE2 = 'dist-site2';
const site2Ingest = startIngest(SITE2, 'test/e2e/site/data');
// The printed site: the demo paper (示例报, page PDFs the project typesets from the seed), for the printed-page spec,
// with a long edition (24 pages) beside it, for 版面导航 (test/e2e/longEdition.ts). Its page images come from the
// render cache after the first run.
const PRINTED = 'dist-printed';
const PRINTED_DATA = dataOf('e2e-printed-data', ['demo']);
addLongEdition(PRINTED_DATA);
const printedIngest = startIngest(PRINTED, PRINTED_DATA);

// The third site: the seed built for a sub-folder (BASE_PATH=/sub/), served from dist-sub/ so it lives at /sub/.
const SUB = 'dist-sub/sub';
const SUB_SERVER = 'dist-sub-server';
rmSync('dist-sub', { recursive: true, force: true });
await cachedAppBuild('dist-sub', 'BASE_PATH=/sub/', [SUB, SUB_SERVER], async () => {
  const env = { ...process.env, BASE_PATH: '/sub/' };
  for (const args of [
    ['build', '--outDir', SUB, '--emptyOutDir', '--logLevel', 'warn'],
    ['build', '--ssr', 'src/app/server.tsx', '--outDir', SUB_SERVER, '--emptyOutDir', '--logLevel', 'warn'],
  ]) {
    const built = spawnSync(resolve('node_modules/.bin/vite'), args, { stdio: 'inherit', env });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
});
cpSync(join(SUB, 'index.html'), join(SUB_SERVER, 'shell.html'));
/** The seed's data and search index in place of whatever public/ held when the app was built. */
const seedDataInto = (root: string, names = ['data', 'pagefind']) => {
  for (const name of names) {
    rmSync(join(root, name), { recursive: true, force: true });
    cpSync(join('dist', name), join(root, name), { recursive: true });
  }
};
seedDataInto(SUB);
await timed('dist-sub prerender', () => prerender({ dist: SUB, base: '/sub/', siteUrl: '', serverDir: SUB_SERVER }));

// Two later deploys of the seed site, for the specs about a deploy under an open page (deploys.spec.ts), each its
// own Vite build so every chunk has another name and build A's (dist/) files are gone from it:
// - dist-deploy-b/: the same app and data, prerendered like dist/;
// - dist-deploy-c/: an app whose schema is one version newer (SCHEMA_VERSION + 1), with the data rewritten to
//   that version; no prerendered pages: every page is its shell (404.html), drawn by the app from the new data.
const DEPLOYS = { b: 'dist-deploy-b', c: 'dist-deploy-c' } as const;
const deployBuild = async (outDir: string, suffix: string, plugins: Plugin[] = []) => {
  const { build } = await import('vite');
  const names = `assets/[name]-[hash]-${suffix}`;
  await build({
    logLevel: 'warn',
    plugins,
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { output: { entryFileNames: `${names}.js`, chunkFileNames: `${names}.js`, assetFileNames: `${names}[extname]` } },
    },
  });
};
await cachedAppBuild(DEPLOYS.b, 'deploy b', [DEPLOYS.b], () => deployBuild(DEPLOYS.b, 'b'));
seedDataInto(DEPLOYS.b);
const SERVER_B = `${DEPLOYS.b}-server`;
rmSync(SERVER_B, { recursive: true, force: true });
cpSync('dist-server', SERVER_B, { recursive: true });
cpSync(join(DEPLOYS.b, 'index.html'), join(SERVER_B, 'shell.html'));
await timed(`${DEPLOYS.b} prerender`, () => prerender({ dist: DEPLOYS.b, base: '/', siteUrl: '', serverDir: SERVER_B }));

const { SCHEMA_VERSION } = await import('../../src/schema/edition.ts');
const NEXT = SCHEMA_VERSION + 1;
await cachedAppBuild(DEPLOYS.c, `deploy c, schema ${NEXT}`, [DEPLOYS.c], () =>
  deployBuild(DEPLOYS.c, 'c', [
    {
      name: 'next-schema-version',
      enforce: 'pre',
      transform: (code, id) => (id.endsWith('/src/schema/version.ts') ? code.replace(/SCHEMA_VERSION = \d+;/, `SCHEMA_VERSION = ${NEXT};`) : null),
    },
  ]),
);
seedDataInto(DEPLOYS.c, ['data']);
const rewrite = (dir: string) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) rewrite(path);
    else if (entry.name.endsWith('.json'))
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll(`"schemaVersion":${SCHEMA_VERSION}`, `"schemaVersion":${NEXT}`));
  }
};
rewrite(join(DEPLOYS.c, 'data'));
cpSync(join(DEPLOYS.c, 'index.html'), join(DEPLOYS.c, '404.html'));
for (const [site, ingest] of [
  [SITE2, site2Ingest],
  [PRINTED, printedIngest],
] as const) {
  await ingest;
  await timed(`${site} search index`, () => buildSiteSearch(`${site}/data`, searchDirOf(`${site}/data`)));
  await timed(`${site} prerender`, () => prerender({ dist: site, base: '/', siteUrl: '' }));
}
console.log(`test:e2e: prepared in ${((performance.now() - started) / 1000).toFixed(1)} s`);
