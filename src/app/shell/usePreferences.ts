import { useCallback, useEffect, useState } from 'react';
import { applyPreferences, readPreferences, savePreferences, type Preferences } from './preferences.ts';

export function usePreferences(): [Preferences, (change: Partial<Preferences>) => void] {
  const [preferences, setPreferences] = useState(readPreferences);

  useEffect(() => {
    applyPreferences(preferences);
    // Following the system means following it live, when the OS switches at dusk.
    if (preferences.theme !== 'system' || typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyPreferences(preferences);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [preferences]);

  const update = useCallback(
    (change: Partial<Preferences>) => {
      const next = { ...preferences, ...change };
      savePreferences(next);
      setPreferences(next);
    },
    [preferences],
  );

  return [preferences, update];
}
