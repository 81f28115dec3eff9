import { useEffect, useSyncExternalStore } from 'react';
import { chunkGone } from '../data/newBuild.ts';
import { whenIdle } from './whenIdle.ts';

/**
 * Where a headline may break (BudouX's phrases), without BudouX in the first view:
 * - the prerenderer (src/app/server.tsx) has BudouX loaded and records every text it splits;
 * - a prerendered page hands those splits over with its hydration data (`remember`), so the browser draws the same
 *   markup without the segmenter: reading with script off gets the breaks too;
 * - a text the page did not hold (a view drawn in the browser) shows with the browser's own breaks, asks for
 *   BudouX (phraseSegmenter.ts, a chunk of its own, loaded when idle) and re-renders when it arrives.
 */
type Segmenter = (text: string) => string[];

let segmenter: Segmenter | null = null;
let requested = false;
let version = 0;
const known = new Map<string, readonly string[]>();
let recorded: Map<string, readonly string[]> | null = null;
const listeners = new Set<() => void>();

/** Installs BudouX (the prerenderer does so at once; the browser when its chunk arrives). */
export function setSegmenter(segment: Segmenter): void {
  segmenter = segment;
  version++;
  listeners.forEach((listener) => listener());
}

/** The splits a prerendered page was drawn with (each a text's phrases, in order). */
export function remember(splits: readonly (readonly string[])[]): void {
  for (const phrases of splits) known.set(phrases.join(''), phrases);
}

/** Starts recording the splits drawn from now on; the function returned stops and gives them. */
export function recordSplits(): () => string[][] {
  const splits = new Map<string, readonly string[]>();
  recorded = splits;
  return () => {
    recorded = null;
    return [...splits.values()].map((phrases) => [...phrases]);
  };
}

/** A text's phrases: from the page's own data, else from BudouX if it is here, else null (not known yet). */
export function phrasesOf(text: string): readonly string[] | null {
  const phrases = known.get(text) ?? segmenter?.(text) ?? null;
  if (phrases && recorded) recorded.set(text, phrases);
  return phrases;
}

/** Loads BudouX once, when the browser is idle. */
function requestSegmenter(): void {
  if (requested || segmenter) return;
  requested = true;
  const load = () =>
    void import('./phraseSegmenter.ts')
      // A stale deploy: claimed, so no reload comes unasked; offline or stale, headlines keep the browser's own breaks.
      .catch(chunkGone)
      .then(
        (module) => setSegmenter(module.segmentPhrases),
        () => undefined,
      );
  whenIdle(load, 2000);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** `text`'s phrases, or null until they are known; asks for BudouX when they are not. */
export function usePhrases(text: string): readonly string[] | null {
  // The version only makes the text draw again when BudouX arrives; hydration reads the same value as the server.
  useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  );
  const phrases = phrasesOf(text);
  useEffect(() => {
    if (!phrases) requestSegmenter();
  }, [phrases]);
  return phrases;
}
