/**
 * What a phrase-break check measures in Chromium: the lines of an element as drawn, and the letters on a line.
 * Shared by phrase-breaks.spec.ts (the reading views) and search-phrase-breaks.spec.ts (search results).
 */
import type { Locator } from '@playwright/test';

/** Each line of the element as drawn: its characters, grouped by where each one's box sits. */
export async function linesOf(element: Locator): Promise<string[]> {
  return element.evaluate((root) => {
    const lines: { top: number; height: number; text: string }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box || box.width === 0) continue;
        const last = lines.at(-1);
        // A character on the line below starts at least half a line lower.
        if (last && box.top < last.top + last.height / 2) last.text += text[i];
        else lines.push({ top: box.top, height: box.height, text: text[i]! });
      }
    }
    return lines.map((line) => line.text);
  });
}

/** Letters and digits only: a line of `行` or `力）` holds one. */
export const letters = (line: string) => [...line].filter((char) => /[\p{L}\p{N}]/u.test(char)).length;
