/**
 * The reader's security headers, from one source: the Content-Security-Policy each page carries in a <meta> (the
 * build puts it there, vite.config.ts) and the `_headers` file the build writes for hosts that read one (Netlify,
 * Cloudflare Pages), which adds what only a header can say (frame-ancestors) and the service worker's caching.
 * See docs/deploy.md.
 */

/** Production builds only: the dev server injects inline scripts. */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/** `_headers` for a site deployed under `base` (`/` or `/sub/`): its paths are the host's, base path included. */
export function headersFile(base: string): string {
  return [
    '# Netlify / Cloudflare Pages, written by the build (src/cli/securityHeaders.ts): the policy each page carries',
    '# in a <meta>, plus frame-ancestors, which only works as a header. See docs/deploy.md.',
    '/*',
    `  Content-Security-Policy: ${CSP}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
    '# The service worker must never be cached long, or readers keep an old one (docs/deploy.md, "Offline reading").',
    `${base}sw.js`,
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}
