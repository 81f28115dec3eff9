import { SCHEMA_VERSION, type DataCheck } from '../../schema/version.ts';
import { NewBuildError } from './newBuild.ts';

/** The file is not there: not worth retrying, the router shows its 404 state. */
export class NotFoundError extends Error {
  constructor(readonly url: string) {
    super(`没有找到 ${url}`);
    this.name = 'NotFoundError';
  }
}

/** The file is there but is not what the schema promises (or is the SPA fallback's HTML): retrying won't help. */
export class DataError extends Error {
  constructor(readonly url: string, detail: string) {
    super(`数据格式不对：${url}: ${detail}`);
    this.name = 'DataError';
  }
}

/** Anything else (offline, 5xx) may pass on its own: these are the only errors retried. */
export class TransientError extends Error {
  constructor(readonly url: string, detail: string) {
    super(`加载失败：${url}: ${detail}`);
    this.name = 'TransientError';
  }
}

export async function fetchJson<T>(url: string, schema: DataCheck<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new TransientError(url, error instanceof Error ? error.message : String(error));
  }
  if (response.status === 404 || response.status === 410) throw new NotFoundError(url);
  if (!response.ok) throw new TransientError(url, `HTTP ${response.status}`);

  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataError(url, '不是 JSON');
  }
  const version = typeof json === 'object' && json !== null ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    // Old code meeting new data, or new code meeting an old cached copy: the error view reloads once into the
    // build the host serves now, with the data caches emptied (newBuild.ts).
    throw new NewBuildError(new DataError(url, `数据版本 ${version} 与阅读器的版本 ${SCHEMA_VERSION} 不符`), 'data');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DataError(url, parsed.error.issues[0]?.message ?? 'schema');
  return parsed.data;
}

export function isTransient(error: unknown): boolean {
  return error instanceof TransientError;
}
