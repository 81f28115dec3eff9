/**
 * The parser's properties on a few hundred random cases each; `npm run fuzz` runs 100,000+ of the same.
 * On a failure fast-check prints the seed and the shrunk input: add the input to parsePage.hostile.test.ts.
 */
import fc from 'fast-check';
import type { ParsedPage } from '../../src/ingest/parsePage.ts';
import { bagDiff, charBag, PROPERTIES, propertyFor, propertyRuns, SEED } from './properties.ts';

const RUNS = propertyRuns(500);

describe('parsePage on random input', () => {
  it.each(Object.entries(PROPERTIES))(
    'never throws, loses or invents no character, is deterministic and schema-valid: %s',
    (_name, arbitrary) => {
      fc.assert(propertyFor(arbitrary), { numRuns: RUNS });
    },
    60_000,
  );
});

/** A page holding `texts` as paragraphs of one article, as a parser might return it. */
const pageOf = (...texts: string[]): ParsedPage => ({
  articles: [
    {
      kind: 'story',
      kicker: null,
      headline: '',
      subheadline: null,
      series: null,
      byline: null,
      authors: [],
      dateline: null,
      printedIn: null,
      teaser: false,
      blocks: texts.map((text) => ({ type: 'paragraph' as const, text })),
      startLine: 1,
      endLine: 1,
    },
  ],
  banners: [],
  chrome: [],
  facts: { page: null, pages: [], date: null, headlines: [] },
  warnings: [],
});

describe('the character check the properties rest on', () => {
  it.each([
    ['a dropped character', '正文。', pageOf('正文'), { lost: ['。'], invented: [] }],
    ['an added character', '正文', pageOf('正文。'), { lost: [], invented: ['。'] }],
    ['a character swapped for another', '正文(', pageOf('正文（'), { lost: ['('], invented: ['（'] }],
    ['one of two equal characters dropped', '好好', pageOf('好'), { lost: ['好'], invented: [] }],
    ['a lone surrogate dropped', '字\uD800', pageOf('字'), { lost: ['\uD800'], invented: [] }],
    ['an underscore dropped outside a __bold__ line', 'a_b', pageOf('ab'), { lost: ['_'], invented: [] }],
    ['the __ of a line that is not bold dropped', '__ __', pageOf(''), { lost: ['_', '_', '_', '_'], invented: [] }],
  ])('finds %s', (_name, raw, page, diff) => {
    expect(bagDiff(raw, page)).toEqual(diff);
  });

  it.each([
    ['markup dropped', '# 标题\n> ■ **正文**\u3000', pageOf('标题', '正文')],
    ['white space added between joined lines', '甲\n乙', pageOf('甲 乙')],
    ['the __ around a bold line dropped', '__小标题__', pageOf('小标题')],
    ['a pair of lone surrogates joined into one character', '\uD83D\n\uDE00', pageOf('\uD83D\uDE00')],
  ])('allows %s', (_name, raw, page) => {
    expect(bagDiff(raw, page)).toEqual({ lost: [], invented: [] });
  });

  it('counts every non-markup character of the seed', () => {
    const bag = charBag(SEED);
    expect(bag.get('。')).toBe(84);
    expect(bag.has('#')).toBe(false);
    expect(bag.has('\n')).toBe(false);
  });

  it('makes mutations that differ from the seed', () => {
    const samples = fc.sample(PROPERTIES['mutations of the seed'], { numRuns: 20, seed: 1 });
    expect(samples.filter((s) => s !== SEED).length).toBeGreaterThan(15);
  });
});
