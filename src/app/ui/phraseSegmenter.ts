import { Parser, zhHansModel } from 'budoux';

// In the browser, a chunk of its own loaded only for a view the prerendered page did not hold (see phrases.ts):
// BudouX and its model are ~29 KB gzip the first view does without. The prerenderer imports it directly.
const parser = new Parser(zhHansModel);

/** `跑出高质量发展加速度` → `跑出`, `高质量`, `发展`, `加速度`: the places a headline may break. */
export function segmentPhrases(text: string): string[] {
  return parser.parse(text);
}
