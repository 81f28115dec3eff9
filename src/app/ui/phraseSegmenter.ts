import { Parser, zhHansModel } from 'budoux';

// Loaded on its own, after first paint (see phrases.ts): BudouX's model is ~10 KB gzip the first view can do without.
const parser = new Parser(zhHansModel);

/** `跑出高质量发展加速度` → `跑出`, `高质量`, `发展`, `加速度`: the places a headline may break. */
export function segmentPhrases(text: string): string[] {
  return parser.parse(text);
}
