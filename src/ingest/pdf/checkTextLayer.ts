/**
 * Whether a page's text layer can be read. A scan has no glyphs; a page whose fonts have no Unicode maps gives
 * glyphs whose characters are junk (ASCII codes or private-use points where a Chinese page prints Hanzi).
 */
import type { PdfPageContent } from './PdfContent.ts';

export type TextLayerCheck = { ok: true } | { ok: false; kind: 'no-text' | 'junk'; message: string };

/** Fewer glyphs than this is not a page of text (a photo page may carry a few words in a logo). */
const MIN_GLYPHS = 20;
/** A page with this many glyphs or more that should be Chinese is judged by its share of CJK. */
const JUDGED_GLYPHS = 200;
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3fffd}]/u;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
// eslint-disable-next-line no-control-regex -- control codes are what a font without a Unicode map gives
const PRIVATE_OR_CONTROL = /[\u0000-\u0008\u000e-\u001f\ue000-\uf8ff\ufffd]/;

export function checkTextLayer(content: PdfPageContent): TextLayerCheck {
  const glyphs = content.glyphs;
  if (glyphs.length < MIN_GLYPHS) {
    return {
      ok: false,
      kind: 'no-text',
      message: `no text layer: ${glyphs.length} characters on the page (a scanned page?); it needs OCR or --image-only`,
    };
  }
  let han = 0,
    latin = 0,
    junk = 0;
  for (const g of glyphs) {
    if (HAN.test(g.ch)) han++;
    else if (LATIN_LETTER.test(g.ch)) latin++;
    if (PRIVATE_OR_CONTROL.test(g.ch)) junk++;
  }
  const n = glyphs.length;
  const percent = (k: number) => `${Math.round((100 * k) / n)} %`;
  if (junk / n > 0.1) {
    return {
      ok: false,
      kind: 'junk',
      message: `junk text layer: ${percent(junk)} of ${n} characters are private-use or control codes (fonts without Unicode maps)`,
    };
  }
  // Latin text reads as words; junk from unmapped CJK fonts is letters, digits and punctuation with few words
  if (n >= JUDGED_GLYPHS && han / n < 0.02 && !readsAsWords(glyphs.map((g) => g.ch).join(''))) {
    return {
      ok: false,
      kind: 'junk',
      message: `junk text layer: ${n} characters but ${percent(han)} Chinese and no words (fonts without Unicode maps)`,
    };
  }
  if (n >= JUDGED_GLYPHS && han / n < 0.02 && latin / n < 0.3) {
    return {
      ok: false,
      kind: 'junk',
      message: `junk text layer: ${n} characters but ${percent(han)} Chinese and ${percent(latin)} letters (fonts without Unicode maps)`,
    };
  }
  return { ok: true };
}

/** Whether a string of letters looks like a language: vowels in their usual share, few rare symbols. */
function readsAsWords(text: string): boolean {
  const letters = text.match(/[A-Za-z]/g) ?? [];
  if (letters.length < 0.5 * text.length) return false;
  const vowels = letters.filter((c) => /[aeiouAEIOU]/.test(c)).length;
  const share = vowels / letters.length;
  return share > 0.25 && share < 0.6;
}
