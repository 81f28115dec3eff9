import { dropRepeats } from '../../src/ingest/repeats.ts';
import { show, tokensOf } from './tokens.ts';

describe('dropRepeats: a text the site printed twice in a row', () => {
  it.each([
    ['a headline printed twice', ['山水见青城', '山水见青城', '正文。'], ['text:山水见青城', 'text:正文。'], [2]],
    ['a # headline, then the same as plain text', ['# 山水见青城', '', '山水见青城', '正文。'], ['heading:山水见青城', 'text:正文。'], [3]],
    ['a paragraph printed twice', ['# 标题', '第一段。', '第一段。', '第二段。'], ['heading:标题', 'text:第一段。', 'text:第二段。'], [3]],
    ['a text printed three times', ['甲乙丙', '甲乙丙', '甲乙丙'], ['text:甲乙丙'], [2, 3]],
    ['a # headline printed twice', ['# 山水见青城', '# 山水见青城', '正文。'], ['heading:山水见青城', 'text:正文。'], [2]],
    ['a bold line printed twice', ['**山水见青城**', '**山水见青城**'], ['bold:山水见青城'], [2]],
    ['a text of two characters', ['好吗', '好吗'], ['text:好吗'], [2]],
  ])('keeps %s once, the copy as page data', (_name, lines, kept, repeatLines) => {
    const result = dropRepeats(tokensOf(...lines));
    expect(result.tokens.map(show)).toEqual(kept);
    expect(result.repeats.map((r) => [r.kind, r.startLine])).toEqual(repeatLines.map((l) => ['repeat', l]));
    expect(result.notes.map((n) => n.line)).toEqual(repeatLines);
    for (const n of result.notes) expect(n.message).toContain('rule: repeated-text');
  });

  it.each([
    ['the same text with another in between', ['甲乙丙', '丁戊', '甲乙丙']],
    ['two bylines that read alike', ['■ 记者 张清', '■ 记者 张清']],
    ['a one-character line', ['好', '好']],
  ])('keeps %s', (_name, lines) => {
    expect(dropRepeats(tokensOf(...lines)).repeats).toEqual([]);
  });

  it('says which line it repeats', () => {
    expect(dropRepeats(tokensOf('# 标题', '第一段。', '第一段。')).notes).toEqual([
      { line: 3, message: 'the text of line 2 printed again: kept once (rule: repeated-text)' },
    ]);
  });
});
