import { readTeasers } from '../../src/ingest/teasers.ts';
import { fixture, show, tokensOf } from './tokens.ts';

const teasersOf = (...lines: string[]) => readTeasers(tokensOf(...lines));

describe('readTeasers: an overview of cut teasers', () => {
  it('reads each item of the overview fixture as a short article, the photo as a figure', () => {
    const { articles, tokens } = readTeasers(tokensOf(...fixture('epaper-overview.txt').slice(16)));
    expect(tokens).toEqual([]);
    expect(articles.map((a) => [a.headline, a.byline, a.teaser, a.blocks[0]?.type])).toEqual([
      ['外婆的竹篮', '林晓雨', true, 'paragraph'],
      ['老街的灯', '周明远', true, 'paragraph'],
      ['春山', null, false, 'figure'],
      ['一碗米酒', '山岚', true, 'paragraph'],
      ['河边的柳', '白若', true, 'paragraph'],
    ]);
    expect(articles[2]).toMatchObject({
      blocks: [{ type: 'figure', caption: '春山', credit: '邹一帆 摄' }],
      authors: [{ name: '邹一帆', role: null, contribution: '摄' }],
    });
    expect(articles[0]!.authors).toEqual([{ name: '林晓雨', role: null, contribution: null }]);
    expect(articles[0]!.blocks).toEqual([
      {
        type: 'paragraph',
        text: '去年冬天回老家时在阁楼里看见了外婆的竹篮,篮沿磨得发亮,提手上缠着褪色的红布条,我一下子想起了小时候跟着她赶集的清...',
      },
    ]);
  });

  it.each([
    [
      'spaced names and … cuts',
      ['甲篇', '● 林晓雨 去年冬天，我回到老家…', '乙篇', '● 周明远 小城的老街不长…'],
      [
        ['甲篇', '林晓雨'],
        ['乙篇', '周明远'],
      ],
    ],
    [
      '◎ bullets and ... cuts',
      ['甲篇', '◎ 林晓雨去年冬天回到老家...', '乙篇', '◎ 周明远小城的老街不长...'],
      [
        ['甲篇', '林晓雨'],
        ['乙篇', '周明远'],
      ],
    ],
  ])('reads an overview with %s', (_name, lines, expected) => {
    const { articles, notes } = teasersOf(...lines);
    expect(articles.map((a) => [a.headline, a.byline])).toEqual(expected);
    expect(notes[0]?.message).toContain('rule: teaser-overview');
  });

  it.each([
    ['one cut teaser alone', ['甲篇', '● 林晓雨去年冬天回到老家...', '正文。']],
    ['items whose text is not cut', ['甲篇', '● 林晓雨 去年冬天，我回到老家。', '乙篇', '● 周明远 小城的老街不长。']],
    ['a headline over a byline line', ['# 标题', '■ 记者 张清', '正文。']],
    ['items with … inside the text, not at its end', ['甲篇', '● 林晓雨 去年冬天…我回到老家。', '乙篇', '● 周明远 小城的老街…不长。']],
    ['items ending with a half-width full stop', ['甲篇', '● 林晓雨 去年冬天，我回到老家.', '乙篇', '● 周明远 小城的老街不长，灯很亮.']],
  ])('leaves the tokens alone for %s', (_name, lines) => {
    const tokens = tokensOf(...lines);
    const result = readTeasers(tokens);
    expect(result.articles).toEqual([]);
    expect(result.tokens.map(show)).toEqual(tokens.map(show));
  });

  const TWO = ['乙篇', '● 周明远小城的老街不长...', '丙篇', '● 白若被风吹弯的柳条...'];
  it.each([
    [
      'a headline with a comma inside',
      ['千年古镇，焕发新生', '● 林晓雨去年冬天回到老家...', '乙篇', '● 周明远小城的老街不长...'],
      ['千年古镇，焕发新生', '乙篇'],
      [],
    ],
    [
      'a headline of 40 characters',
      ['一'.repeat(40), '● 林晓雨去年冬天回到老家...', '乙篇', '● 周明远小城的老街不长...'],
      ['一'.repeat(40), '乙篇'],
      [],
    ],
    [
      'a line of 41 characters above a teaser: no headline',
      ['一'.repeat(41), '● 林晓雨去年冬天回到老家...', ...TWO],
      ['乙篇', '丙篇'],
      [`text:${'一'.repeat(41)}`, 'text:● 林晓雨去年冬天回到老家...'],
    ],
    [
      'a sentence above a teaser: no headline',
      ['正文一句。', '● 林晓雨去年冬天回到老家...', ...TWO],
      ['乙篇', '丙篇'],
      ['text:正文一句。', 'text:● 林晓雨去年冬天回到老家...'],
    ],
    [
      'a headline over a plain byline after the overview',
      ['甲篇', '● 林晓雨去年冬天回到老家...', '乙篇', '● 周明远小城的老街不长...', '丙篇', '■ 记者 张清', '正文。'],
      ['甲篇', '乙篇'],
      ['text:丙篇', 'byline:记者 张清', 'text:正文。'],
    ],
  ])('reads the items of an overview, and only those, with %s', (_name, lines, headlines, kept) => {
    const { articles, tokens } = teasersOf(...lines);
    expect(articles.map((a) => a.headline)).toEqual(headlines);
    expect(tokens.map(show)).toEqual(kept);
  });

  it('reads a photo whose credit does not repeat its headline as a figure with the credit alone', () => {
    const { articles } = teasersOf('甲篇', '● 林晓雨去年冬天回到老家...', '乙篇', '● 周明远小城的老街不长...', '湖光山色', '裴振喜 摄');
    expect(articles[2]).toMatchObject({
      headline: '湖光山色',
      byline: null,
      teaser: false,
      authors: [{ name: '裴振喜', role: null, contribution: '摄' }],
      blocks: [{ type: 'figure', caption: '', credit: '裴振喜 摄' }],
    });
  });

  it('notes each name it had to guess, with the line', () => {
    const { notes } = teasersOf('甲篇', '● 林晓雨去年冬天回到老家...', '乙篇', '● 周明远 小城的老街不长…');
    expect(notes.filter((n) => n.message.includes('rule: byline-run-in')).map((n) => n.line)).toEqual([2]);
  });
});
