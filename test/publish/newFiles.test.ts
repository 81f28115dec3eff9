/**
 * The prerenderer's writer of a new build's pages (src/cli/NewFiles.ts): writes run in the background,
 * so a failure must still reach the build, whenever it happens, and leave no page half written.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, linkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NewFiles } from '../../src/cli/NewFiles.ts';

const folders: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'new-files-'));
  folders.push(dir);
  return dir;
}
afterEach(() => {
  delete process.env.PUBLISH_FAULT;
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('NewFiles', () => {
  it('writes every page, in folders it makes, and done() waits for the last', async () => {
    const dir = folder();
    const files = new NewFiles();
    for (let i = 0; i < 50; i++) await files.write(join(dir, `e${i % 3}`, 'article', `${i}.html`), `page ${i}`);
    await files.done();
    const written = ['e0', 'e1', 'e2'].flatMap((e) => readdirSync(join(dir, e, 'article')));
    expect(written).toHaveLength(50);
    expect(readFileSync(join(dir, 'e1', 'article', '4.html'), 'utf8')).toBe('page 4');
  });

  it('replaces a hard-linked file with a new one: the other link keeps its own content', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'old'));
    mkdirSync(join(dir, 'new'));
    writeFileSync(join(dir, 'old', 'a.html'), 'yesterday');
    linkSync(join(dir, 'old', 'a.html'), join(dir, 'new', 'a.html'));
    const files = new NewFiles();
    await files.write(join(dir, 'new', 'a.html'), 'today');
    await files.done();
    expect(readFileSync(join(dir, 'new', 'a.html'), 'utf8')).toBe('today');
    expect(readFileSync(join(dir, 'old', 'a.html'), 'utf8')).toBe('yesterday');
  });

  it('a write that fails while the pages go on being drawn is not lost: done() throws it, and the page is not there', async () => {
    const dir = folder();
    process.env.PUBLISH_FAULT = 'ENOSPC:3.html';
    const files = new NewFiles();
    for (let i = 0; i < 5; i++) await files.write(join(dir, `${i}.html`), `page ${i}`);
    // The drawing goes on elsewhere (a lazy view imported, a slow page) while the write fails in the background.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(files.done()).rejects.toMatchObject({ code: 'ENOSPC', path: join(dir, '3.html') });
    expect(existsSync(join(dir, '3.html'))).toBe(false);
    expect(existsSync(join(dir, '4.html'))).toBe(true);
    // And the writer refuses to go on.
    await expect(files.write(join(dir, '5.html'), 'page 5')).rejects.toMatchObject({ code: 'ENOSPC' });
  });
});
