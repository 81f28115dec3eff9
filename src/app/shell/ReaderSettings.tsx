import { lazy, Suspense, useId, useRef, useState } from 'react';
import { chunkGone } from '../data/newBuild.ts';
import { useDismiss } from '../ui/useDismiss.ts';
import { usePreferences } from './usePreferences.ts';

// The panel's choices are a chunk of their own, fetched when the button is pointed at, focused or pressed: the
// first view carries the button alone.
const loadPanel = () => import('./SettingsPanel.tsx').catch(chunkGone);
const SettingsPanel = lazy(async () => ({ default: (await loadPanel()).SettingsPanel }));

/**
 * 阅读设置: one small button in the header that opens theme (跟随系统/浅色/深色) and text size (five steps),
 * remembered in localStorage. Escape or a click elsewhere closes it. It needs script, so a page without it has none
 * (`js-only`): reader-preferences.js, which applies the choices, is script too.
 */
export function ReaderSettings() {
  const [preferences, update, saved] = usePreferences();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useDismiss(open, [root], button, () => setOpen(false));

  return (
    <div ref={root} className="js-only relative text-sm">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        className="flex min-h-8 items-center gap-1 rounded border border-rule bg-paper px-2 hover:border-accent aria-expanded:border-accent"
      >
        <span aria-hidden="true" className="font-serif font-bold">
          A<span className="text-xs">a</span>
        </span>
        <span className="sr-only sm:not-sr-only">阅读设置</span>
      </button>
      {open ? (
        <div
          id={panelId}
          role="group"
          aria-label="阅读设置"
          className="absolute right-0 top-full z-20 mt-1 w-[min(19rem,calc(100vw-2rem))] space-y-3 rounded border border-rule bg-paper p-3 text-left shadow-lg"
        >
          <Suspense fallback={null}>
            <SettingsPanel preferences={preferences} update={update} saved={saved} />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
