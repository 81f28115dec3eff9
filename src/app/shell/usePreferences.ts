import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { applyPreferences, readPreferences, savePreferences, type Preferences } from './preferences.ts';

const DEFAULTS: Preferences = { theme: 'system', textSize: 'default' };
const listeners = new Set<() => void>();
let snapshot: Preferences | null = null;
/** Whether the last choice was kept; false when storage refused it. */
let kept = true;

/** The saved choice, or the one made in this visit when storage refused to keep it. */
function current(): Preferences {
  snapshot ??= readPreferences();
  return snapshot;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The reader's preferences, from localStorage. A prerendered page was drawn with the defaults: the server
 * snapshot gives React those while it hydrates, then the saved choice (already applied to <html> before paint by
 * public/reader-preferences.js) shows in the controls, with no hydration mismatch.
 */
export function usePreferences(): [Preferences, (change: Partial<Preferences>) => void, boolean] {
  const preferences = useSyncExternalStore(subscribe, current, () => DEFAULTS);
  const saved = useSyncExternalStore(
    subscribe,
    () => kept,
    () => true,
  );

  useEffect(() => {
    applyPreferences(preferences);
    // Following the system means following it live, when the OS switches at dusk.
    if (preferences.theme !== 'system' || typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyPreferences(preferences);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [preferences]);

  const update = useCallback((change: Partial<Preferences>) => {
    // Storage may refuse (private mode): the choice still holds for this visit.
    snapshot = { ...current(), ...change };
    kept = savePreferences(snapshot);
    for (const listener of listeners) listener();
  }, []);

  return [preferences, update, saved];
}
