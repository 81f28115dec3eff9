/**
 * Reader preferences: colour scheme and text size, kept in localStorage and applied as a class and a data
 * attribute on <html>. public/reader-preferences.js does the same before first paint (it must stay in step
 * with the keys and values here); this module owns them once React runs.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
/** Five steps; the largest sets body text at 27 px (styles.css). */
export const TEXT_SIZES = ['small', 'default', 'large', 'x-large', 'xx-large'] as const;
export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];

export const THEME_KEY = 'reader.theme';
export const TEXT_SIZE_KEY = 'reader.textSize';

export interface Preferences {
  theme: Theme;
  textSize: TextSize;
}

function read<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const value = localStorage.getItem(key);
    return allowed.find((candidate) => candidate === value) ?? fallback;
  } catch {
    // Storage can be disabled (private mode, sandboxed iframes): fall back to defaults rather than fail.
    return fallback;
  }
}

export function readPreferences(): Preferences {
  return {
    theme: read(THEME_KEY, THEMES, 'system'),
    textSize: read(TEXT_SIZE_KEY, TEXT_SIZES, 'default'),
  };
}

/** false when storage refused to keep them (private mode, a full quota): still applied for this visit. */
export function savePreferences(preferences: Preferences): boolean {
  try {
    localStorage.setItem(THEME_KEY, preferences.theme);
    localStorage.setItem(TEXT_SIZE_KEY, preferences.textSize);
    return true;
  } catch {
    return false;
  }
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

export function applyPreferences(preferences: Preferences, root: HTMLElement = document.documentElement): void {
  const dark = preferences.theme === 'dark' || (preferences.theme === 'system' && systemPrefersDark());
  root.classList.toggle('dark', dark);
  // Lets the browser draw form controls and scrollbars to match.
  root.style.colorScheme = dark ? 'dark' : 'light';
  root.dataset.theme = preferences.theme;
  root.dataset.textSize = preferences.textSize;
}
