import { dataPaths } from '../../src/schema/dataPaths.ts';
import { ArchiveYearSchema, ArticleFileSchema, EditionIndexSchema, SiteSchema } from '../../src/schema/edition.ts';
import { ENVELOPES, SCHEMA_VERSION, versionChecked } from '../../src/schema/version.ts';
import { DATE, feature, LSRB, RMRB, siteOf } from '../app/fixtures.ts';

describe('the browser’s check of a data file (versionChecked)', () => {
  const check = versionChecked<{ schemaVersion: number }>();

  it('passes a file of this contract through as it is', () => {
    const file = { schemaVersion: SCHEMA_VERSION, papers: [] };
    const result = check.safeParse(file);
    expect(result).toEqual({ success: true, data: file });
    expect(result.success && result.data).toBe(file);
  });

  it.each([
    ['an older contract', { schemaVersion: SCHEMA_VERSION - 1 }, `schemaVersion ${SCHEMA_VERSION - 1}`],
    ['a newer contract', { schemaVersion: SCHEMA_VERSION + 1 }, `schemaVersion ${SCHEMA_VERSION + 1}`],
    ['the version as a string', { schemaVersion: String(SCHEMA_VERSION) }, `schemaVersion "${SCHEMA_VERSION}"`],
    ['no version', { papers: [] }, 'schemaVersion null'],
    ['null', null, 'schemaVersion null'],
    ['an array', [SCHEMA_VERSION], 'schemaVersion null'],
    ['a number', SCHEMA_VERSION, 'schemaVersion null'],
  ])('refuses %s, saying which version it found and which it reads', (_what, json, found) => {
    const result = check.safeParse(json);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]!.message).toBe(`${found}, this reader reads ${SCHEMA_VERSION}`);
  });
});

describe('each data file’s envelope, held to its full schema', () => {
  const files = siteOf(LSRB, RMRB);
  const KINDS = [
    ['site', SiteSchema, files.get(dataPaths.site())],
    ['edition', EditionIndexSchema, files.get(dataPaths.editionIndex('lsrb', DATE))],
    ['article', ArticleFileSchema, files.get(dataPaths.article('lsrb', DATE, feature.id))],
    ['archive', ArchiveYearSchema, files.get(dataPaths.archiveYear('lsrb', 2024))],
  ] as const;

  it.each(KINDS)('a %s file the schema accepts passes its envelope', (kind, schema, file) => {
    expect(schema.safeParse(file).success).toBe(true);
    expect(versionChecked(ENVELOPES[kind]).safeParse(file).success).toBe(true);
  });

  it.each(KINDS)('each field of the %s envelope is one the schema requires, of the kind it names', (kind, schema, file) => {
    for (const field of Object.keys(ENVELOPES[kind])) {
      const without = { ...(file as Record<string, unknown>) };
      delete without[field];
      expect(schema.safeParse(without).success, `${kind} without ${field}`).toBe(false);
      expect(versionChecked(ENVELOPES[kind]).safeParse(without).success, `${kind} without ${field}`).toBe(false);
      const wrongKind = { ...(file as Record<string, unknown>), [field]: 7 };
      expect(schema.safeParse(wrongKind).success, `${kind} with ${field}: 7`).toBe(false);
      expect(versionChecked(ENVELOPES[kind]).safeParse(wrongKind).success, `${kind} with ${field}: 7`).toBe(false);
    }
  });

  it.each(KINDS)('a file of this version but another kind fails as a %s file, naming the field', (kind) => {
    const result = versionChecked(ENVELOPES[kind]).safeParse({ schemaVersion: SCHEMA_VERSION, hello: 'world' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]!.message).toMatch(/^\w+: expected (array|object|string), found undefined$/);
  });
});
