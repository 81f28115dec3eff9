/** The _headers file the build writes, from the same source as each page's CSP <meta> (src/cli/securityHeaders.ts). */
import { CSP, headersFile } from '../../src/cli/securityHeaders.ts';

/** Netlify's syntax: a path on its own line, then its headers indented. */
function rules(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let path = '';
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) out.set((path = line.trim()), []);
    else out.get(path)!.push(line.trim());
  }
  return out;
}

describe('_headers', () => {
  it.each([
    ['/', '/sw.js'],
    ['/sub/', '/sub/sw.js'],
  ])('under base %s: every path gets the page policy plus frame-ancestors, and the worker at %s is never cached long', (base, worker) => {
    const parsed = rules(headersFile(base));
    expect([...parsed.keys()]).toEqual(['/*', worker]);
    expect(parsed.get('/*')).toEqual([
      `Content-Security-Policy: ${CSP}; frame-ancestors 'none'`,
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
    ]);
    expect(parsed.get(worker)).toEqual(['Cache-Control: no-cache']);
  });

  it('allows no inline script or style, and WebAssembly only (the search index), not eval', () => {
    expect(CSP).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(CSP).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });
});
