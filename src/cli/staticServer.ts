/**
 * A static file host, as a publisher would deploy dist/: files as they are, gzip or brotli when the browser
 * accepts it (as GitHub Pages, Netlify and the like do), long caching for hashed assets, and the "pretty URLs"
 * those hosts offer: `/a/b` is served from a/b.html, `/a/b/` from a/b/index.html. A path that names no file gets
 * 404.html with a 404 status (the reader's own 404 page, which draws the real URL when it is a page written since
 * the last build). A `_headers` file in the root (Netlify / Cloudflare Pages syntax: a path pattern, then indented
 * `Name: value` lines) adds its headers, so the Content-Security-Policy the app ships is in force here too; the
 * file itself is not served.
 *
 * `npm run serve` and `npm start` serve dist/ with it (src/cli/serve.ts); so do the browser tests, the search tests
 * and the benchmarks.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', // the feeds and the sitemap
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest', '.xml']);

export interface StaticServer {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

/** `_headers` rules: `/*`, `/prefix/*` or an exact path, each with its headers. */
function readHeaderRules(file: string): { pattern: string; headers: [string, string][] }[] {
  if (!existsSync(file)) return [];
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (match && rules.length > 0) rules[rules.length - 1]!.headers.push([match[1]!.trim().toLowerCase(), match[2]!.trim()]);
  }
  return rules;
}

function matches(pattern: string, pathname: string): boolean {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname;
}

/**
 * `root` may be a function, read on every request: a test switches the folder under a running host, as a deploy
 * replaces a site's files under its readers (test/e2e/deploys.spec.ts).
 */
export function startStaticServer(root: string | (() => string), port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const rootOf = typeof root === 'function' ? root : () => root;
  const rules = new Map<string, ReturnType<typeof readHeaderRules>>();

  const server = createServer((request, response) => {
    const base = resolve(rootOf());
    if (!rules.has(base)) rules.set(base, readHeaderRules(join(base, '_headers')));
    const headerRules = rules.get(base)!;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    const pathname = requestPath(request.url);
    const found = fileFor(base, pathname);
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 not found\n');
      return;
    }
    const { file, status } = found;
    const ext = extname(file);
    const headers = headersFor(file, pathname, headerRules);
    const accepts = String(request.headers['accept-encoding'] ?? '');
    if (COMPRESSIBLE.has(ext) && /\b(br|gzip)\b/.test(accepts)) {
      const encoding = /\bbr\b/.test(accepts) ? 'br' : 'gzip';
      const body = encodedBody(file, encoding);
      headers['content-encoding'] = encoding;
      headers['content-length'] = String(body.length);
      response.writeHead(status, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    headers['content-length'] = String(statSync(file).size);
    response.writeHead(status, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return listen(server, port, host);
}

/**
 * A file's bytes in the encoding asked for, each compressed once per content and kept for the whole process: every
 * server in it shares them (the browser tests start a host for each test over the same built files, and brotli at
 * quality 11 costs seconds of CPU over the app's scripts), a file update-site rewrote is new content, and an
 * encoding no browser asked for is never worked out.
 */
const compressed = new Map<string, Buffer>();

function encodedBody(file: string, encoding: 'br' | 'gzip'): Buffer {
  const raw = readFileSync(file);
  const key = `${encoding}\0${createHash('sha256').update(raw).digest('base64')}`;
  let body = compressed.get(key);
  if (!body) {
    body = encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(raw, { level: 9 });
    compressed.set(key, body);
  }
  return body;
}

/** The request's path, decoded; '' when its percent-encoding is malformed. */
function requestPath(url: string | undefined): string {
  // The path as sent, up to its query: not through `new URL(path, base)`, which reads `//x` as a host.
  const raw = (url ?? '/').split(/[?#]/)[0]!;
  try {
    return decodeURIComponent(raw);
  } catch {
    return ''; // malformed percent-encoding names no file: the 404 page, as the hosts we deploy to answer
  }
}

/**
 * The file a path names under `base` (pretty URLs: a/b.html, a/b/index.html) with status 200, else the nearest
 * 404.html with status 404; null when there is no 404.html either.
 */
function fileFor(base: string, pathname: string): { file: string; status: number } | null {
  let file = normalize(join(base, pathname));
  // A path that climbs out of the root (`..%2f`) names no file of the site either.
  if (pathname === '' || (file !== base && !file.startsWith(base + sep))) file = join(base, '\0missing');
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  else if (!existsSync(file) && extname(pathname) === '' && existsSync(`${file}.html`)) file = `${file}.html`;
  if (existsSync(file) && file !== join(base, '_headers')) return { file, status: 200 };
  // The nearest 404.html up the path, as GitHub Pages serves a project site's own (a site under /sub/).
  let notFound = join(base, '404.html');
  for (let dir = dirname(normalize(join(base, pathname))); dir.startsWith(base); dir = dirname(dir)) {
    if (existsSync(join(dir, '404.html'))) {
      notFound = join(dir, '404.html');
      break;
    }
    if (dir === base) break;
  }
  return existsSync(notFound) ? { file: notFound, status: 404 } : null;
}

/** Content type, caching (a year for hashed assets) and the `_headers` rules that match the path. */
function headersFor(file: string, pathname: string, headerRules: ReturnType<typeof readHeaderRules>): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
  };
  for (const rule of headerRules) {
    if (matches(rule.pattern, pathname)) for (const [name, value] of rule.headers) headers[name] = value;
  }
  return headers;
}

function listen(server: Server, port: number, host: string): Promise<StaticServer> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        server,
        url: `http://${host}:${actual}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive connections would hold the close (and let a test that stopped the host still load).
            server.closeAllConnections();
          }),
      });
    });
  });
}
