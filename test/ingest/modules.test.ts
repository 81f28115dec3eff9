/**
 * Every parser and schema module loads on its own. Tables and patterns built when a module loads (the
 * `Intl.Segmenter` a module keeps, word lists joined into regular expressions, zod schemas) run before any
 * test: if one throws, every file that imports the module fails to load, and the error names no test.
 */
import { readdirSync } from 'node:fs';

const modules = ['src/ingest', 'src/schema'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f}`),
);

describe('the parser and the schema load', () => {
  it('finds the modules', () => {
    expect(modules).toContain('src/ingest/bylines.ts');
    expect(modules).toContain('src/schema/edition.ts');
  });

  it.each(modules)('%s loads and exports something', async (file) => {
    const exported = (await import(`../../${file}`)) as Record<string, unknown>;
    expect(Object.keys(exported).length).toBeGreaterThan(0);
  });
});
