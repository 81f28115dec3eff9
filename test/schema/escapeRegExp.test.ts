import fc from 'fast-check';
import { escapeRegExp } from '../../src/schema/escapeRegExp.ts';

describe('escapeRegExp', () => {
  it.each([
    ['lsrb', 'lsrb'],
    ['dist.gen-1', 'dist\\.gen-1'],
    ['a+b*(c)?', 'a\\+b\\*\\(c\\)\\?'],
    ['[x]{1}^$|\\', '\\[x\\]\\{1\\}\\^\\$\\|\\\\'],
  ])('%s → %s', (text, pattern) => {
    expect(escapeRegExp(text)).toBe(pattern);
  });

  it('matches any text literally, and nothing else of the same length', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, other) => {
        const pattern = new RegExp(`^${escapeRegExp(text)}$`, 'u');
        expect(pattern.test(text)).toBe(true);
        if (other !== text) expect(pattern.test(other)).toBe(false);
      }),
    );
  });
});
