// @vitest-environment node
/**
 * The tab's icon (index.html, so every page the prerenderer writes). A raster one: Chromium fetches the favicon
 * again after every client-side navigation (pushState), and draws an SVG favicon as a document of its own on the
 * page's main thread, about 4 ms of CPU per click to an article (×4 on a slow phone; issue 23, docs/performance.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../hostile/helpers.ts';

const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
const icons = [...html.matchAll(/<link\b[^>]*\brel="[^"]*\bicon\b[^"]*"[^>]*>/g)].map(([tag]) => ({
  tag,
  href: /\bhref="([^"]+)"/.exec(tag)?.[1] ?? '',
  type: /\btype="([^"]+)"/.exec(tag)?.[1] ?? '',
  sizes: /\bsizes="(\d+)x(\d+)"/.exec(tag),
}));

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the favicon', () => {
  it('is named once in the document head', () => {
    expect(icons).toHaveLength(1);
  });

  it.each(icons)('$tag is a PNG of the size it declares, served from public/, not an SVG', ({ href, type, sizes }) => {
    expect(type).toBe('image/png');
    expect(href).not.toMatch(/\.svg$/);
    const file = join(ROOT, 'public', href);
    expect(existsSync(file)).toBe(true);
    expect(sizes).not.toBeNull();
    expect(pngSize(file)).toEqual([Number(sizes![1]), Number(sizes![2])]);
  });
});
