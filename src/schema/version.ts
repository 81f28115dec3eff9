/**
 * The data contract's version, in a module of its own so the reader can check it without loading the schema.
 * Bump it on any change that an older reader could not read (src/schema/edition.ts).
 */
export const SCHEMA_VERSION = 3;

/** What fetchJson asks of a checker: zod's safeParse, or the reader's own version check (versionChecked). */
export interface DataCheck<T> {
  safeParse(json: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { message: string }[] } };
}

/** What a file's top level must hold, field by field: the envelope the browser checks (see versionChecked). */
export type Envelope = Readonly<Record<string, 'array' | 'object' | 'string'>>;

const kindOf = (value: unknown): string => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/**
 * The browser's check of a data file, in place of the full schema (zod, ~5 KB gzip of the first view's 120 KB
 * budget): its schemaVersion is SCHEMA_VERSION, and its top level holds the fields of `envelope` with the right
 * kinds. Ingest checked the file's whole shape before writing it, and the prerenderer again before drawing from
 * it; what this catches is a file of another kind or a broken deploy, which must fail the fetch (a DataError, so a
 * retry fetches again) rather than reach the views. test/schema/version.test.ts holds each envelope to its schema.
 */
export function versionChecked<T>(envelope: Envelope = {}): DataCheck<T> {
  return {
    safeParse(json) {
      const record = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
      const fail = (message: string) => ({ success: false as const, error: { issues: [{ message }] } });
      if (record.schemaVersion !== SCHEMA_VERSION)
        return fail(`schemaVersion ${JSON.stringify(record.schemaVersion ?? null)}, this reader reads ${SCHEMA_VERSION}`);
      for (const [field, kind] of Object.entries(envelope)) {
        if (kindOf(record[field]) !== kind) return fail(`${field}: expected ${kind}, found ${kindOf(record[field])}`);
      }
      return { success: true, data: json as T };
    },
  };
}

/** Each data file's envelope: the fields of its top level that the views reach into first. */
export const ENVELOPES = {
  site: { papers: 'array' },
  edition: { paper: 'object', date: 'string', pages: 'array', sections: 'array', articles: 'array' },
  article: { paper: 'object', date: 'string', article: 'object' },
  archive: { paper: 'string', editions: 'array' },
} as const satisfies Record<string, Envelope>;
