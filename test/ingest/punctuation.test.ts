import { cutsAWord, endsSentence, fitsIn, isShortUnpunctuated, joinCut } from '../../src/ingest/punctuation.ts';

describe('punctuation: the character classes the passes reason with', () => {
  it.each([
    ['CJK within the limit', '中文'.repeat(5), 10, true],
    ['CJK over the limit', '中文'.repeat(5) + '字', 10, false],
    ['characters beyond the BMP count once', '𠀀'.repeat(10), 10, true],
    ['one more beyond the BMP', '𠀀'.repeat(11), 10, false],
    ['a lone high surrogate counts once', '\uD800'.repeat(10), 10, true],
    ['a high and a low surrogate pair up', 'a\uD83D\uDE00'.repeat(5), 10, true],
  ])('fitsIn: %s', (_name, text, max, expected) => {
    expect(fitsIn(text, max)).toBe(expected);
  });

  it.each([
    ['正文。', true],
    ['他说:“好。”', true],
    ['第二句：', true],
    ['预计今年9月', false],
    ['同时,', false],
    ['', false],
  ])('endsSentence(%j) is %s', (line, expected) => {
    expect(endsSentence(line)).toBe(expected);
  });

  it.each([
    ['调整能源结构', true],
    ['调整能源结构，行动带来多重效益', true],
    ['同时,', false],
    ['第一句。第二句', false],
    ['这一行很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长', false],
  ])('isShortUnpunctuated(%j) is %s', (line, expected) => {
    expect(isShortUnpunctuated(line)).toBe(expected);
  });

  it.each([
    ['宣', '传教育', true],
    ['威', '士忌产区', true],
    ['发展', '。', false],
    ['abc', 'def', false],
  ])('cutsAWord(%j, %j) is %s', (left, right, expected) => {
    expect(cutsAWord(left, right)).toBe(expected);
  });

  it.each([
    ['中文', '相连', '中文相连'],
    ['Latin words', 'continue', 'Latin words continue'],
    ['价格 9', '元', '价格 9元'],
  ])('joinCut(%j, %j) is %j', (left, right, expected) => {
    expect(joinCut(left, right)).toBe(expected);
  });
});
