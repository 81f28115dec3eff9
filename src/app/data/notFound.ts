import { data } from 'react-router';
import { NotFoundError } from './fetchJson.ts';

export type Missing = 'paper' | 'edition' | 'page' | 'article' | 'section' | 'archive' | 'route';

export interface NotFoundData {
  missing: Missing;
  /** The file was listed but not served (a deploy half done, a cache): the 404 page offers a retry. */
  retry: boolean;
}

export function notFound(missing: Missing, retry = false): never {
  throw data<NotFoundData>({ missing, retry }, { status: 404 });
}

/** A missing file is a 404 page, not an error page. */
export async function orNotFound<T>(promise: Promise<T>, missing: Missing, listed: () => Promise<boolean>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound(missing, await listed().catch(() => false));
    throw error;
  }
}

export function isNotFoundData(value: unknown): value is NotFoundData {
  const missing = (value as { missing?: unknown } | null)?.missing;
  return typeof missing === 'string' && ['paper', 'edition', 'page', 'article', 'section', 'archive', 'route'].includes(missing);
}
