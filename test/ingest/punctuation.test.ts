import { cutsAWord, endsSentence, fitsIn, hasSentenceEnd, isShortUnpunctuated, joinCut } from '../../src/ingest/punctuation.ts';

describe('punctuation: the character classes the passes reason with', () => {
  it.each([
    ['CJK within the limit', '中文'.repeat(5), 10, true],
    ['CJK over the limit', '中文'.repeat(5) + '字', 10, false],
    ['characters beyond the BMP count once', '𠀀'.repeat(10), 10, true],
    ['one more beyond the BMP', '𠀀'.repeat(11), 10, false],
    ['a lone high surrogate counts once', '\uD800'.repeat(10), 10, true],
    ['a high and a low surrogate pair up', 'a\uD83D\uDE00'.repeat(5), 10, true],
    ['a high surrogate before a character that is not a low one counts once', '\uD83Da'.repeat(6), 10, false],
    ['twice the limit in pairs', '😀'.repeat(10), 10, true],
    ['more than twice the limit in UTF-16 units', '😀'.repeat(10) + 'a', 10, false],
    ['exactly the limit in UTF-16 units', 'a'.repeat(10), 10, true],
    ['a pair at the very end', 'a'.repeat(9) + '😀', 10, true],
    ['a lone high surrogate at the very end', 'a'.repeat(10) + '\uD83D', 10, false],
    ['the first code point beyond the BMP counts once', '\u{10000}'.repeat(10), 10, true],
    ['the last code point, U+10FFFF, counts once', '\u{10FFFF}'.repeat(10), 10, true],
    ['a low surrogate after a character that is not a high one counts once', 'a\uDC00'.repeat(6), 10, false],
    ['two low surrogates in a row count twice', '\uDC00'.repeat(12), 10, false],
    ['a high surrogate before a full-width mark (above the low ones) counts once', '\uD83D！'.repeat(6), 10, false],
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
    ...[...'。．.！!？?…；;：:—”’"\'」』）)】》〉]～~'].map((c) => [`正文${c}`, true] as [string, boolean]),
    ['正文，', false],
    ['正文、', false],
    ['正文😀', false],
    ['。😀', false],
    ['😀', false],
  ])('endsSentence(%j) is %s', (line, expected) => {
    expect(endsSentence(line)).toBe(expected);
  });

  it.each([...[...'。！!？?；;'].map((c) => [`第一句${c}第二句`, true] as [string, boolean]), ['第一句，第二句', false], ['第一句…第二句', false]])(
    'hasSentenceEnd(%j) is %s',
    (line, expected) => {
      expect(hasSentenceEnd(line)).toBe(expected);
    },
  );

  it.each([
    ['调整能源结构', true],
    ...[...'，,、（(“‘《〈【[·'].map((c) => [`调整能源结构${c}`, false] as [string, boolean]),
    ['调整能源结构。', false],
    ['调整能源结构；还有', false],
    ['调整（能源）结构', true],
    ['这一行正好三十二个字这一行正好三十二个字这一行正好三十二个字这一', true],
    ['这一行正好三十三个字这一行正好三十三个字这一行正好三十三个字这一行', false],
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
    ['', '传教育', false],
    ['宣', '', false],
    ['宣', 'abc', false],
    ['abc', '传教育', false],
    ['发展', '速度', false],
    ['𠀀宣', '传教育', true],
    ['宣', '传教育𠀀', true],
    ['很长很长的一句话里宣', '传教育工作很长很长的一句话', true],
    // PDF text often carries CJK compatibility ideographs beyond the BMP (丽 U+2F800, 包 U+2F829): a whole character
    ['\u{2F800}', '水', true],
    ['\u{2F829}', '子', true],
    // an iteration mark (々) is outside our CJK class: a junction beside one is one we cannot tell, though 佐々木 is a word
    ['佐', '々木先生', false],
    ['佐々', '木先生', false],
  ])('cutsAWord(%j, %j) is %s', (left, right, expected) => {
    expect(cutsAWord(left, right)).toBe(expected);
  });

  it.each([
    ['中文', '相连', '中文相连'],
    ['Latin words', 'continue', 'Latin words continue'],
    ['价格 9', '元', '价格 9元'],
    ['price 9', 'dollars', 'price 9 dollars'],
    ['word', '9', 'word9'],
    ['word', '', 'word'],
    ['中文', 'Latin', '中文Latin'],
    ['Latin', '中文', 'Latin中文'],
    ['Latin.', 'next', 'Latin.next'],
    ['emoji😀', 'next', 'emoji😀next'],
    ['Z', 'a', 'Z a'],
    ['0', 'Z', '0 Z'],
  ])('joinCut(%j, %j) is %j', (left, right, expected) => {
    expect(joinCut(left, right)).toBe(expected);
  });
});
