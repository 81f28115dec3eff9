import { useEffect, useSyncExternalStore } from 'react';

type Segment = (text: string) => string[];

let segment: Segment | null = null;
let requested = false;
const listeners = new Set<() => void>();

/**
 * Starts loading BudouX (phraseSegmenter.ts) once, when the browser is idle after the first paint. Headlines
 * show at once with the browser's own breaks and re-render with phrase breaks when it arrives.
 */
export function requestPhrases(): void {
  if (requested) return;
  requested = true;
  const load = () =>
    void import('./phraseSegmenter.ts').then(
      (module) => {
        segment = module.segmentPhrases;
        listeners.forEach((listener) => listener());
      },
      // Offline or a stale deploy: headlines keep the browser's own line breaks.
      () => undefined,
    );
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The phrase segmenter once it has loaded, else null; asks for it on first use. */
export function usePhrases(): Segment | null {
  useEffect(requestPhrases, []);
  return useSyncExternalStore(
    subscribe,
    () => segment,
    () => null,
  );
}
