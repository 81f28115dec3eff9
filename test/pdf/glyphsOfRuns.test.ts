// @vitest-environment node
/** pdf.js text runs → glyphs: a run turned a quarter is marked so the layout reads it along its baseline. */
import { glyphsOfRuns, type TextRun } from '../../src/pdf/glyphsOfRuns.ts';

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
