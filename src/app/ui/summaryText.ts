import { cjkPunctuation } from './cjkPunctuation.ts';

/**
 * The summary as the front page shows it. Ingest cuts a long lead at a sentence end when it can, else mid-
 * sentence; a cut summary gets an ellipsis here, in the reader's chrome, so the data never holds text the
 * page did not print. Chinese punctuation is shown full-width.
 */
export function summaryText(summary: string): string {
  const shown = cjkPunctuation(summary);
  return shown === '' || /[。！？!?…”」』）)]$/.test(shown) ? shown : `${shown}…`;
}
