// The app renders data only as React text: no source file may turn a string into markup.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const RAW_HTML = /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|js|jsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('no raw HTML from strings', () => {
  it('src/ and public/ never set HTML from a string', () => {
    const files = [...sources('src'), ...sources('public').filter((file) => !file.includes(`${join('public', 'data')}`))];
    expect(files.length).toBeGreaterThan(10);
    const hits = files.filter((file) => RAW_HTML.test(readFileSync(file, 'utf8')));
    expect(hits).toEqual([]);
  });
});
