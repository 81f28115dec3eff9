/**
 * The data contract's version, in a module of its own so the reader can check it without loading the schema.
 * Bump it on any change that an older reader could not read (src/schema/edition.ts).
 */
export const SCHEMA_VERSION = 2;

/** What fetchJson asks of a checker: zod's safeParse, or the reader's own version check (versionChecked). */
export interface DataCheck<T> {
  safeParse(json: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { message: string }[] } };
}

/**
 * A data file of this build's contract: its schemaVersion is SCHEMA_VERSION. Used by the reader in place of the
 * full schema, whose shape ingest checked before writing the file (and the prerenderer again before drawing it).
 */
export function versionChecked<T>(): DataCheck<T> {
  return {
    safeParse(json) {
      const version = typeof json === 'object' && json !== null ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
      if (version === SCHEMA_VERSION) return { success: true, data: json as T };
      return { success: false, error: { issues: [{ message: `schemaVersion ${JSON.stringify(version ?? null)}, this reader reads ${SCHEMA_VERSION}` }] } };
    },
  };
}
