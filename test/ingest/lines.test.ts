import { splitLines } from '../../src/ingest/lines.ts';

describe('splitLines: raw text → numbered lines', () => {
  it.each([
    ['LF', '甲\n乙', ['甲', '乙']],
    ['CRLF', '甲\r\n乙', ['甲', '乙']],
    ['CR', '甲\r乙', ['甲', '乙']],
    ['a byte-order mark dropped', '\ufeff# 标题\n正文。', ['# 标题', '正文。']],
    ['a byte-order mark kept inside a line', '标\ufeff题', ['标\ufeff题']],
    ['blank lines kept, so numbers stay true', '甲\n\n乙', ['甲', '', '乙']],
    ['white space trimmed: ASCII, tab, U+3000, NBSP', ' \t\u3000甲\u00a0 ', ['甲']],
  ])('%s', (_name, raw, texts) => {
    expect(splitLines(raw).map((l) => l.text)).toEqual(texts);
  });

  it('numbers lines from firstLine', () => {
    expect(splitLines('甲\n乙\n丙', 71).map((l) => l.number)).toEqual([71, 72, 73]);
    expect(splitLines('甲').map((l) => l.number)).toEqual([1]);
  });

  it.each([
    ['\u3000\u3000正文。', true],
    [' \t\u3000正文。', true],
    ['正文\u3000正文。', false],
    ['x\u3000正文。', false],
    ['  正文。', false],
    ['\ufeff\u3000\u3000正文。', true],
  ])('fullWidthIndent of %j is %s', (line, indent) => {
    expect(splitLines(line)[0]!.fullWidthIndent).toBe(indent);
  });
});
