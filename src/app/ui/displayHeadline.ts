/** A page may print text with no headline above it (ingest keeps it with an empty headline): name it in chrome. */
export function displayHeadline(headline: string): string {
  return headline || '(无标题)';
}
