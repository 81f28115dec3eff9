import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * A fact only the browser knows (does it speak?), read so that hydration matches the prerendered HTML: React
 * takes `server` while it hydrates, then the browser's value. Not for facts that change while the page is open.
 */
export function useClientValue<T>(read: () => T, server: T): T {
  return useSyncExternalStore(never, read, () => server);
}
