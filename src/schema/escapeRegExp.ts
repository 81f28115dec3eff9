/** `text` as a regular expression that matches it literally (every character special in a pattern escaped). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
