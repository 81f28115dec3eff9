import { SCHEMA_VERSION, versionChecked } from '../../src/schema/version.ts';

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
