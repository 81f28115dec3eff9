import { readFileSync } from 'node:fs';
import { EditionSchema } from '../../src/schema/edition.ts';
import { TaxonomySchema } from '../../src/schema/manifest.ts';
import { assembleEdition } from '../../src/ingest/assembleEdition.ts';
import { parsePage } from '../../src/ingest/parsePage.ts';
import { summarize } from '../../src/ingest/summarize.ts';
import { JSON_SCHEMAS, jsonSchemaText } from '../../src/cli/write-json-schema.ts';

const taxonomy = TaxonomySchema.parse(JSON.parse(readFileSync('data/taxonomy.json', 'utf8')));
const lines = readFileSync('data/papers/lsrb/2024-07-05/leshan-daily-2024-07-05.txt', 'utf8').split('\n');
const FILE = 'leshan-daily-2024-07-05.txt';
const build = (pageNames: [string | null, string | null] = [null, null]) =>
  assembleEdition(
    { slug: 'lsrb', name: '乐山日报' },
    {
      date: '2024-07-05',
      pages: [
        { number: 1, file: FILE },
        { number: 2, file: FILE },
      ],
    },
    [
      { number: 1, name: pageNames[0], file: FILE, parsed: parsePage(lines.slice(0, 70).join('\n'), { firstLine: 1 }) },
      { number: 2, name: pageNames[1], file: FILE, parsed: parsePage(lines.slice(70).join('\n'), { firstLine: 71 }) },
    ],
    taxonomy,
  );

// Built inside each test, not when the file loads: mutation testing (docs/testing.md) then sees which test reads which code.
describe('assembleEdition on the seed', () => {
  it('produces an edition the schema accepts', () => {
    expect(EditionSchema.safeParse(build()).success).toBe(true);
  });

  it('places articles on their pages and keeps the file line numbers of the slice', () => {
    expect(build().articles.map((a) => a.page)).toEqual([1, 1, 1, 1, 1, 2]);
    expect(build().articles[5]!.source).toEqual({ file: FILE, startLine: 71, endLine: 137 });
    expect(build().banners).toEqual([{ text: '产业强市 旅游兴市', page: 2, source: { file: FILE, startLine: 139, endLine: 139 } }]);
  });

  it('gives every article a section, and the filter at least three distinct ones', () => {
    for (const a of build().articles) expect(a.sections.length).toBeGreaterThan(0);
    expect(new Set(build().articles.flatMap((a) => a.sections)).size).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['产业筑基', 'economy'],
    ['成都中医药大学', 'health'],
    ['市总工会', 'politics'],
    ['全市政协', 'politics'],
    ['网络对话', 'education'],
    ['夹江县', 'economy'],
  ])('files %s under %s', (headline, section) => {
    expect(build().articles.find((a) => a.headline.startsWith(headline))?.sections).toContain(section);
  });

  it('lists each section once, in the taxonomy’s order, with the count of its articles', () => {
    const slugs = build().articles.flatMap((a) => a.sections);
    for (const section of build().sections) expect(section.count).toBe(slugs.filter((s) => s === section.slug).length);
    expect(new Set(build().sections.map((s) => s.slug))).toEqual(new Set(slugs));
    expect(build().sections.map((s) => s.slug)).toEqual(['politics', 'economy', 'technology', 'health', 'education', 'society']);
    expect(build().sections.find((s) => s.slug === 'economy')).toEqual({ slug: 'economy', name: '经济', count: 2 });
  });

  it('counts each page’s articles', () => {
    expect(build().pages).toEqual([
      { number: 1, name: null, articleCount: 5 },
      { number: 2, name: null, articleCount: 1 },
    ]);
  });

  it('keeps page names out of the sections: they are the pages’ names, not topics', () => {
    const named = build(['要闻', '时政']);
    expect(named.pages.map((p) => p.name)).toEqual(['要闻', '时政']);
    expect(named.sections.map((s) => s.name)).not.toContain('要闻');
    expect(named.articles.map((a) => a.sections)).toEqual(build().articles.map((a) => a.sections));
  });

  it('gives stable, unique, URL-safe ids', () => {
    const ids = build().articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(build().articles.map((a) => a.id)).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[12]-[0-9a-z]{7}$/);
  });

  it('keeps the seed’s ids from one version to the next: they are in every bookmarked article URL', () => {
    expect(build().articles.map((a) => a.id)).toEqual(['1-0hxavsz', '1-1y1x2r3', '1-1sq96p7', '1-1w4j6q7', '1-1etd1z4', '2-0ql653n']);
  });
});

describe('summarize', () => {
  it('keeps the lead up to a sentence end, without the body', () => {
    const s = summarize(build().articles[1]!);
    expect(s).not.toHaveProperty('blocks');
    expect(s.summary).toBe('7月4日,成都中医药大学·乐山市人民政府合作共建非直属附属医院——成都中医药大学附属乐山医院签约仪式在乐山市中医医院举行。');
    expect(s.figures).toBe(0);
    expect(summarize(build().articles[5]!).figures).toBe(1);
    expect(s.length).toBeGreaterThan(500);
  });
});

describe('the JSON Schema files', () => {
  it.each(Object.entries(JSON_SCHEMAS))('%s matches the zod schema (run npm run schema after changing it)', (file, schema) => {
    expect(readFileSync(file, 'utf8')).toBe(jsonSchemaText(schema));
  });
});
