/**
 * `npm run serve [-- --root dist --port 4173 --host 127.0.0.1]`: serves a built site as the documented static hosts
 * do (src/cli/staticServer.ts): pretty URLs, 404.html with a 404 status for a path that names no file, `_headers`.
 * `npm start` builds first; this alone serves what was built, without rebuilding.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliArgs, InputError, runCli } from '../node/InputError.ts';
import { startStaticServer } from './staticServer.ts';

await runCli(async () => {
  const usage = 'npm run serve [-- --root DIR --port N --host HOST]';
  const { values } = cliArgs('serve', usage, {
    options: { root: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4173' }, host: { type: 'string', default: '127.0.0.1' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InputError('serve', null, `--port ${values.port} is not a port number; usage: ${usage}`);
  // A site built for a sub-folder has its index.html under it (dist/sub/): the root itself must exist.
  if (!existsSync(values.root)) throw new InputError(resolve(values.root), null, 'no such folder: run `npm run build` once first');
  const { url } = await startStaticServer(values.root, port, values.host).catch((error: unknown) => {
    // A second `npm start` beside a running one: say so, rather than an internal error.
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new InputError(
        `${values.host}:${port}`,
        null,
        'the port is in use (another npm start or npm run serve?): stop that one, or pass -- --port N',
      );
    throw error;
  });
  process.stdout.write(`serve: ${values.root}/ at ${url}/ (Ctrl-C stops)\n`);
});
