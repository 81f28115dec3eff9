// @vitest-environment node
/** pdf.js text runs → glyphs: a run turned a quarter is marked so the layout reads it along its baseline. */
import fc from 'fast-check';
import { glyphsOfRuns, shownWords, wordsOfRun, type TextRun } from '../../src/pdf/glyphsOfRuns.ts';

const run = (transform: number[]): TextRun => ({
  text: 'Eikon',
  transform,
  width: 12,
  height: 4.5,
  font: 'Body',
  bold: false,
  vertical: false,
  ascent: 0.8,
});

describe('glyphsOfRuns', () => {
  it.each([
    ['upright', [4.5, 0, 0, 4.5, 100, 200], undefined],
    ['turned counter-clockwise (read bottom to top)', [0, -4.5, 4.5, 0, 664, 825], 'up'],
    ['turned clockwise (read top to bottom)', [0, 4.5, -4.5, 0, 664, 773], 'down'],
  ] as const)('marks a run set %s', (_, transform, rotated) => {
    const glyphs = glyphsOfRuns([run([...transform])]);
    expect(glyphs.map((g) => g.ch).join('')).toBe('Eikon');
    expect(glyphs.map((g) => g.rotated)).toEqual(Array(5).fill(rotated));
  });
});

describe('a vertical headline’s marks (甘肃法治报: 摧毁一个﹃投资西部大开发项目﹄犯罪团伙)', () => {
  it.each([
    ['﹃投资﹄', '『投资』'],
    ['﹁引号﹂', '「引号」'],
    ['︽书名︾', '《书名》'],
    ['︵注︶', '（注）'],
    ['︻栏目︼', '【栏目】'],
    ['甲︐乙︑丙︒', '甲，乙、丙。'],
    ['问︖答︕', '问？答！'],
    ['︙︙', '……'],
    ['(ascii) 『kept』', '(ascii)『kept』'],
  ])('reads %s as %s', (text, read) => {
    const glyphs = glyphsOfRuns([{ ...run([0, 12, -12, 0, 500, 100]), text, vertical: true }]);
    expect(glyphs.map((g) => g.ch).join('')).toBe(read.replace(/ /g, ''));
  });

  it('maps every character of any run to at most one, and changes none outside the vertical forms', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), (text) => {
        const chars = [...text].filter((ch) => ch.trim() !== '');
        const read = glyphsOfRuns([{ ...run([12, 0, 0, 12, 10, 10]), text }]).map((g) => g.ch);
        expect(read).toHaveLength(chars.length);
        read.forEach((ch, i) => {
          if (!/[\uFE10-\uFE19\uFE30-\uFE48]/u.test(chars[i]!)) expect(ch).toBe(chars[i]);
        });
      }),
    );
  });
});

describe('a letter-spaced run’s words (la Repubblica’s kickers)', () => {
  // what the operator list shows: glyphs (a space glyph isSpace) and numbers (kerning), per text-showing operator
  const glyph = (unicode: string) => ({ unicode, isSpace: unicode === ' ', width: 500 });
  const SHOW = 44;
  const shown = shownWords(
    [SHOW, 7, SHOW, SHOW],
    [
      [[...'Giustizia'].map(glyph)],
      [],
      [[glyph('G'), glyph('p'), 51.5, glyph(' '), ...[...'di'].map(glyph), 44.5, glyph(' '), ...[...'Austin'].map(glyph)]],
      [[...'Wherever you go.'].map(glyph)],
    ],
    new Set([SHOW]),
  );
  it('reads the shown text with the PDF’s space glyphs only', () => {
    expect(shown).toEqual(['Giustizia', 'Gp di Austin', 'Wherever you go.']);
  });
  it.each([
    ['G i u s t i z i a', 'Giustizia'],
    ['G p d i A u s t i n', 'Gp di Austin'],
    ['Wherever you go.', undefined],
    ['A u s t i n o', undefined],
    ['古 镇 老 街', undefined],
  ])('%s → %s', (text, want) => {
    expect(wordsOfRun(text, shown)).toBe(want);
  });
  it('marks a space before a glyph only where the PDF printed one', () => {
    const glyphs = glyphsOfRuns([{ ...run([9, 0, 0, 9, 530, 300]), text: 'G p d i A u s t i n', width: 106.4, words: 'Gp di Austin' }]);
    expect(glyphs.filter((g) => g.spaceBefore === true).map((g) => g.ch)).toEqual(['d', 'A']);
  });
});
