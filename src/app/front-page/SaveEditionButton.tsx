import { lazy, Suspense, useEffect, useState } from 'react';
import type { EditionIndex } from '../../schema/edition.ts';
import { chunkGone } from '../data/newBuild.ts';
import { whenIdle } from '../ui/whenIdle.ts';
import { SaveButton } from '../offline/SaveButton.tsx';

const SaveEdition = lazy(() => import('../offline/SaveEdition.tsx').catch(chunkGone));

/**
 * 保存本期: stores the whole edition for reading offline. Its code (progress, outcome, the saving itself) loads
 * when pressed, so the first view carries only the button. It needs script: the prerendered page draws it where it
 * will be (no shift when the app takes over) but shows it only where script runs (`js-only`).
 */
export function SaveEditionButton({ edition }: { edition: EditionIndex }) {
  const [pressed, setPressed] = useState(false);
  const saved = useSavedBefore(edition);
  if (!pressed) return <SaveButton saved={saved} onClick={() => setPressed(true)} />;
  return (
    <Suspense fallback={<SaveButton busy />}>
      <SaveEdition edition={edition} />
    </Suspense>
  );
}

/**
 * Whether the edition was saved on an earlier visit (its files are all in the caches), by a small chunk of its own.
 * Saved files are read through the service worker: without one controlling the page (a first visit) there is nothing
 * to look up, and nothing is loaded. Storage refused throws (the button stays 保存本期).
 */
async function savedBefore(edition: EditionIndex): Promise<boolean> {
  if (!navigator.serviceWorker?.controller) return false;
  // A stale deploy's gone chunk is claimed (no reload comes unasked) and the button stays 保存本期.
  return (await import('../offline/saveEdition.ts').catch(chunkGone)).isEditionSaved(edition);
}

/** savedBefore, looked up when the browser is idle: the button says 已保存本期 after a reload too. Pressing it saves again. */
function useSavedBefore(edition: EditionIndex): boolean {
  // Which edition was found saved: a look-up still running when the page shows another edition cannot mark it.
  const [saved, setSaved] = useState<EditionIndex | null>(null);
  useEffect(
    () =>
      whenIdle(
        () =>
          void savedBefore(edition).then(
            (found) => found && setSaved(edition),
            () => undefined,
          ),
        3000,
      ),
    [edition],
  );
  return saved === edition;
}
