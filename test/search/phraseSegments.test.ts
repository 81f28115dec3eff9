import fc from 'fast-check';
import { phraseSegments } from '../../src/app/search/phraseSegments.ts';
import { markQuery } from '../../src/app/search/markQuery.ts';
import type { SnippetSegment } from '../../src/app/search/snippetSegments.ts';

/** Each phrase as text with its marked parts in brackets: [暑假]安全 · 提醒. */
const shown = (phrases: SnippetSegment[][]) => phrases.map((parts) => parts.map((p) => (p.match ? `[${p.text}]` : p.text)).join('')).join(' · ');

describe('phraseSegments: a marked headline cut at phrase boundaries', () => {
  it.each([
    ['暑假安全提醒', '暑假', ['暑假', '安全', '提醒'], '[暑假] · 安全 · 提醒'],
    // A mark across a phrase boundary is cut in two, each half still marked.
    ['跑出高质量发展加速度', '质量发展', ['跑出', '高质量发展', '加速度'], '跑出 · 高[质量发展] · 加速度'],
    ['跑出高质量发展加速度', '出高', ['跑出', '高质量发展', '加速度'], '跑[出] · [高]质量发展 · 加速度'],
    ['全市5G基站突破三千个', '5g', ['全市', '5G基站', '突破', '三千个'], '全市 · [5G]基站 · 突破 · 三千个'],
    ['无匹配', '暑假', ['无', '匹配'], '无 · 匹配'],
    // Phrases of another text: left whole.
    ['暑假安全提醒', '暑假', ['别的', '标题'], '[暑假]安全提醒'],
  ])('%s marked for %s, phrases %j → %s', (text, query, phrases, expected) => {
    expect(shown(phraseSegments(markQuery(text, query), phrases))).toBe(expected);
  });

  it('keeps every character and its mark, in order, and each phrase whole', () => {
    const segmentsAndPhrases = fc
      .array(fc.record({ text: fc.string({ minLength: 1, maxLength: 6 }), match: fc.boolean() }), { minLength: 1, maxLength: 8 })
      .chain((segments) => {
        const text = segments.map((s) => s.text).join('');
        return fc
          .uniqueArray(fc.nat({ max: text.length }), { maxLength: text.length })
          .map((cuts) => [0, ...cuts.filter((at) => at > 0 && at < text.length).sort((a, b) => a - b), text.length])
          .map((at) => ({ segments, phrases: at.slice(1).map((end, i) => text.slice(at[i], end)) }));
      });
    fc.assert(
      fc.property(segmentsAndPhrases, ({ segments, phrases }) => {
        const cut = phraseSegments(segments, phrases);
        expect(cut.map((parts) => parts.map((p) => p.text).join(''))).toEqual(phrases);
        const marks = (list: SnippetSegment[]) => list.flatMap((s) => [...s.text].map(() => s.match));
        expect(marks(cut.flat())).toEqual(marks(segments));
      }),
    );
  });
});
