// @vitest-environment node
/**
 * `npm start` and `npm run serve`: a built site served as the documented static hosts serve it, so what a
 * publisher tries locally answers as it will once deployed: a page that is not there is 404.html with a 404.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { removeTempDirs, ROOT, runCli, tempDir } from '../hostile/helpers.ts';

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Runs package.json's `serve` script (tsx …) on a free port; resolves with the URL it says it serves at. */
async function serve(root: string): Promise<{ url: string; child: ChildProcess }> {
  const [command, ...args] = scripts.serve!.split(' ');
  const tsx = join(ROOT, 'node_modules/.bin', command!);
  const child = spawn(tsx, [...args, '--root', root, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  for await (const chunk of child.stdout!) {
    out += String(chunk);
    const url = / at (http:\/\/\S+?)\/ /.exec(out)?.[1];
    if (url) return { url, child };
  }
  throw new Error(`serve said no URL: ${out}`);
}

let running: ChildProcess | undefined;
afterEach(async () => {
  if (running && running.exitCode === null) {
    running.kill();
    await once(running, 'exit');
  }
  removeTempDirs();
});

describe('npm start and npm run serve', { timeout: 60_000 }, () => {
  it('npm start builds, then serves with the serve script, not a dev server that answers every path with the app', () => {
    expect(scripts.start).toBe('npm run build && npm run serve');
    expect(scripts.serve).toMatch(/^tsx src\/cli\/serve\.ts$/);
  });

  it('serves the built files with pretty URLs, and a path that names no file as 404.html with status 404', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'index.html'), '<p>home</p>');
    writeFileSync(join(root, '404.html'), '<p>not found page</p>');
    mkdirSync(join(root, 'lsrb', '2024-07-05', 'page'), { recursive: true });
    writeFileSync(join(root, 'lsrb', '2024-07-05', 'page', '2.html'), '<p>page 2</p>');
    const { url, child } = await serve(root);
    running = child;
    const home = await fetch(`${url}/`);
    expect([home.status, await home.text()]).toEqual([200, '<p>home</p>']);
    const page = await fetch(`${url}/lsrb/2024-07-05/page/2`);
    expect([page.status, await page.text()]).toEqual([200, '<p>page 2</p>']);
    const missing = await fetch(`${url}/no/such/page`);
    expect([missing.status, await missing.text()]).toEqual([404, '<p>not found page</p>']);
  });

  it('serves the feeds and the sitemap as XML, as the hosts do, not as a file to download', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'feeds'));
    writeFileSync(join(root, 'feeds', 'lsrb.xml'), '<feed/>');
    writeFileSync(join(root, 'sitemap.xml'), '<sitemapindex/>');
    const { url, child } = await serve(root);
    running = child;
    for (const path of ['/feeds/lsrb.xml', '/sitemap.xml'])
      expect((await fetch(`${url}${path}`)).headers.get('content-type')).toMatch(/^application\/xml\b/);
  });

  it('says which port is taken when another server holds it (a second npm start)', async () => {
    const holder = createServer().listen(0, '127.0.0.1');
    await once(holder, 'listening');
    const { port } = holder.address() as { port: number };
    try {
      const run = await runCli('serve.ts', ['--root', tempDir(), '--port', String(port)]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `error: 127.0.0.1:${port}: the port is in use (another npm start or npm run serve?): stop that one, or pass -- --port N\n`,
      );
    } finally {
      holder.close();
    }
  });

  it('says to build first when there is nothing to serve', async () => {
    const run = await runCli('serve.ts', ['--root', join(tempDir(), 'dist')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: \S+dist: no such folder: run `npm run build` once first\n$/);
  });
});
