import { cjkPunctuation } from './cjkPunctuation.ts';

/**
 * The summary as the front page shows it. Ingest cuts a long lead at a sentence end when it can, else mid-
 * sentence; a cut summary gets an ellipsis here, in the reader's chrome, so the data never holds text the
 * page did not print. Chinese punctuation is shown full-width. A teaser the page itself cut (`飞回往...`) keeps
 * its one ellipsis, its dots shown as `…`.
 */
export function summaryText(summary: string): string {
  const shown = cjkPunctuation(summary).replace(/\.{3,}$/, '…');
  return shown === '' || /[。！？!?…”」』）)]$/.test(shown) ? shown : `${shown}…`;
}
