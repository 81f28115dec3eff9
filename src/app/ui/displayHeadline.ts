import { cjkPunctuation } from './cjkPunctuation.ts';

/**
 * A headline as the reader shows it: Chinese punctuation full-width. A page may print text with no headline
 * above it (ingest keeps it with an empty headline): name it in chrome.
 */
export function displayHeadline(headline: string): string {
  return headline ? cjkPunctuation(headline) : '（无标题）';
}
