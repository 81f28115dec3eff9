// @vitest-environment node
/** The layout passes from glyph arrays: duplicates, lines and spaces, blocks and paragraphs, headline groups, jumps, areas. */
import fc from 'fast-check';
import { dedupeGlyphs } from '../../../src/ingest/pdf/dedupeGlyphs.ts';
import { layoutLines } from '../../../src/ingest/pdf/layoutLines.ts';
import { layoutBlocks, paragraphs } from '../../../src/ingest/pdf/layoutBlocks.ts';
import { headGroups } from '../../../src/ingest/pdf/headGroups.ts';
import { joinDropCaps } from '../../../src/ingest/pdf/dropCaps.ts';
import { jumpOf } from '../../../src/ingest/pdf/jumps.ts';
import { columnBoxes, disjointAreas, overlaps, subtract } from '../../../src/ingest/pdf/areas.ts';
import { blockText, joinBylineLines, joinLines, readingOrder } from '../../../src/ingest/pdf/pageText.ts';
import { column, set, setTurnedUp, setVertical } from './glyphs.ts';

const texts = (glyphs: Parameters<typeof layoutLines>[0]) => layoutLines(glyphs).map((l) => l.text);

describe('dedupeGlyphs', () => {
  it('keeps a glyph drawn 32 times a pixel apart (a shadow) once', () => {
    const shadow = Array.from({ length: 32 }, (_, i) => set('特', { x: 100 + (i % 4) * 0.5, y: 50 + (i % 3) * 0.5, size: 30 })).flat();
    expect(dedupeGlyphs(shadow)).toHaveLength(1);
  });
  it('keeps the same character twice when it is printed twice', () => {
    expect(dedupeGlyphs(set('哈哈', { size: 10 })).map((g) => g.ch)).toEqual(['哈', '哈']);
  });
  it('keeps a narrow letter printed twice side by side (the ll of a 75-pt headline, 0.21 em wide)', () => {
    const l = set('l', { size: 75 })[0]!;
    const ll = [262.5, 278.3].map((x) => ({ ...l, x, w: 15.8 }));
    expect(texts(dedupeGlyphs([...set('Mattare', { size: 75 }), ...ll]))).toEqual(['Mattarell']);
  });
});

describe('layoutLines', () => {
  it.each([
    ['letter-spacing between CJK characters is no space', set('据了解，项目', { spacing: 0.4 }), ['据了解，项目']],
    ['word spaces in Latin text are kept', set('La nostra povera Carta'), ['La nostra povera Carta']],
    ['a printed space between CJK characters stays', set('记者  刘慧丽'), ['记者 刘慧丽']],
    ['a letter-spaced headline reads without its spaces', set('古镇老街', { spacing: 1, size: 20 }), ['古镇老街']],
    ['two headlines side by side stay two', [...set('城市书房', { size: 20 }), ...set('夜间集市', { x: 140, size: 20 })], ['城市书房', '夜间集市']],
  ])('%s', (_, glyphs, want) => {
    expect(texts(glyphs)).toEqual(want);
  });

  it('keeps a space the PDF printed between Latin words where the estimated widths leave no gap', () => {
    const glyphs = set('alNepal', { size: 10 }).map((g, i) => ({ ...g, x: i * 5, w: 5, ...(i === 2 ? { spaceBefore: true } : {}) }));
    expect(texts(glyphs)).toEqual(['al Nepal']);
  });
  it('reads a letter-spaced Latin line by the spaces the PDF printed, not its letter-spacing (la Repubblica’s kickers)', () => {
    // every gap alike (pdf.js spreads the run evenly); the PDF's own spaces before `d` and `A`
    const glyphs = set('GpdiAustin', { size: 9, spacing: 0.75 }).map((g, i) => (i === 2 || i === 4 ? { ...g, spaceBefore: true } : g));
    expect(texts(glyphs)).toEqual(['Gp di Austin']);
    expect(texts(set('Giustizia', { size: 9, spacing: 0.75 }))).toEqual(['Giustizia']);
  });
  it('keeps no such space between CJK characters (letter-spacing)', () => {
    const glyphs = set('记者刘慧丽').map((g, i) => (i === 2 ? { ...g, spaceBefore: true } : g));
    expect(texts(glyphs)).toEqual(['记者刘慧丽']);
  });

  it('keeps two columns apart across a narrow gutter', () => {
    const left = column(['甲'.repeat(40)], { x: 0, chars: 10 });
    const right = column(['乙'.repeat(40)], { x: 108, chars: 10 });
    const lines = texts([...left, ...right]);
    expect(lines.every((t) => !(t.includes('甲') && t.includes('乙')))).toBe(true);
  });

  it('keeps a closing mark hung into a narrow gutter apart from the next column (the demo paper)', () => {
    // columns 10 ems wide a 0.7 em gutter apart; the byline's `）` hangs past its column's edge, half an em from the next
    const left = [...set('本报讯（记者张波）', { x: 12 }), ...column(['甲'.repeat(40)], { x: 0, y: 15, chars: 10 })];
    const right = [...set('乙'.repeat(10), { x: 107 }), ...column(['乙'.repeat(40)], { x: 107, y: 15, chars: 10 })];
    expect(texts([...left, ...right]).slice(0, 2)).toEqual(['本报讯（记者张波）', '乙'.repeat(10)]);
  });

  it('keeps a letter-spaced line whole after its commas', () => {
    expect(texts(set('据了解，项目开工以来，', { spacing: 0.25 }))).toEqual(['据了解，项目开工以来，']);
  });

  it('keeps two subheads side by side over two columns apart, one of them on two lines (辽沈晚报 A05)', () => {
    const glyphs = [
      ...column(['甲'.repeat(36)], { x: 0, y: 0, size: 8, chars: 12 }),
      ...column(['乙'.repeat(36)], { x: 104, y: 0, size: 8, chars: 12 }),
      ...set('骨灰寄存二十年免', { x: 0, y: 50, size: 12 }),
      ...set('城乡低保等困难', { x: 104, y: 36, size: 12 }),
      ...set('可享惠民政策', { x: 104, y: 50, size: 12 }),
      ...column(['丙'.repeat(36)], { x: 0, y: 70, size: 8, chars: 12 }),
      ...column(['丁'.repeat(36)], { x: 104, y: 70, size: 8, chars: 12 }),
    ];
    expect(texts(glyphs).filter((t) => /[免享]/.test(t))).toEqual(['骨灰寄存二十年免', '可享惠民政策']);
  });
  it('still reads a two-part headline over two columns as one line', () => {
    const glyphs = [
      ...set('忘记投保交强', { x: 0, y: 0, size: 16 }),
      ...set('自掏腰包赔损', { x: 104, y: 0, size: 16 }),
      ...column(['甲'.repeat(36)], { x: 0, y: 24, size: 8, chars: 12 }),
      ...column(['乙'.repeat(36)], { x: 104, y: 24, size: 8, chars: 12 }),
    ];
    expect(texts(glyphs)[0]).toBe('忘记投保交强 自掏腰包赔损');
  });

  it('keeps digits set lower in their box than the CJK around them on their line (河南商报 A06)', () => {
    // the Latin font's digits stand a quarter em lower; the next column's rows, a little higher, open their bands first
    const glyphs = [
      ...set('投资超过', { x: 0, y: 100 }),
      ...set('475', { x: 42, y: 102.4 }),
      ...set('亿', { x: 60, y: 100 }),
      ...set('预计将超', { x: 0, y: 115 }),
      ...set('3', { x: 42, y: 117.4 }),
      ...set('万', { x: 50, y: 115 }),
      ...set('另一栏的正文', { x: 90, y: 98.5 }),
      ...set('另一栏第二行', { x: 90, y: 113.5 }),
    ];
    expect(texts(glyphs)).toEqual(['另一栏的正文', '投资超过475亿', '另一栏第二行', '预计将超3万']);
  });

  it('keeps a caption under a photo apart from the line it shares a row with, the photo’s edge in the gap (la Repubblica)', () => {
    // the byline row ends at 200; the caption starts 1.1 em on, at the photo's left edge, the photo 7 pt above the row
    const row = [
      ...set('Scaramuzzi e Vecchio', { x: 100, y: 100, size: 10 }),
      ...set('Sergio Mattarella', { x: 211, y: 100, size: 10, font: 'Sans' }),
    ];
    const above = set('di Candito, Cerami, Ciriaco, Foschini', { x: 15, y: 89.5, size: 10 });
    const photo = { x: 210.9, y: 30, w: 120, h: 63 };
    expect(layoutLines([...above, ...row], [photo]).map((l) => l.text)).toContain('Sergio Mattarella');
    // without the photo the same gap is a word space, as it is in a headline's row
    expect(layoutLines([...above, ...row]).map((l) => l.text)).toContain('Scaramuzzi e Vecchio Sergio Mattarella');
  });

  it('reads a line turned a quarter counter-clockwise bottom to top, with its word spaces (a photo credit)', () => {
    expect(layoutLines(setTurnedUp('Massimo Gennari / Eikon', { x: 660, y: 825, size: 4.5 })).map((l) => [l.text, l.vertical])).toEqual([
      ['Massimo Gennari / Eikon', true],
    ]);
  });

  it('reads a vertical run top to bottom', () => {
    expect(layoutLines(setVertical('金川警方', { x: 20, y: 100, size: 26 })).map((l) => [l.text, l.vertical])).toEqual([['金川警方', true]]);
  });
});

describe('layoutBlocks and paragraphs', () => {
  it('splits a column into paragraphs by the first-line indent, not by line ends', () => {
    const glyphs = column(['第一段文字很长很长很长很长很长很长。', '第二段。'], { chars: 10 });
    const blocks = layoutBlocks(layoutLines(glyphs));
    expect(blocks).toHaveLength(1);
    expect(paragraphs(blocks[0]!).map((p) => joinLines(p.map((l) => l.text)))).toEqual(['第一段文字很长很长很长很长很长很长。', '第二段。']);
  });
  it('keeps a headline apart from the text under it', () => {
    const glyphs = [...set('大标题', { size: 30 }), ...column(['正文。'], { y: 36 })];
    expect(layoutBlocks(layoutLines(glyphs)).map((b) => blockText(b))).toEqual(['大标题', '正文。']);
  });
});

describe('joinDropCaps', () => {
  // la Repubblica: a 27-pt `L` sunk over three lines of 9-pt text, the lines beside it set right of it
  const capped = (cap: string) => [
    ...set(cap, { x: 0, y: 6, size: 27 }),
    ...set('a madre delle riforme', { x: 16, y: 0, size: 9 }),
    ...set('come la madre dei', { x: 16, y: 11, size: 9 }),
    ...set('Flaiano. Ma in attesa', { x: 16, y: 22, size: 9 }),
    ...set('di generare il nuovo', { x: 0, y: 33, size: 9 }),
  ];
  it('reads a big initial letter as the first letter of the line beside its top, not as a block of its own', () => {
    const blocks = joinDropCaps(layoutBlocks(layoutLines(capped('L'))));
    expect(blocks.map((b) => b.lines.map((l) => l.text))).toEqual([
      ['La madre delle riforme', 'come la madre dei', 'Flaiano. Ma in attesa', 'di generare il nuovo'],
    ]);
    expect(paragraphs(blocks[0]!)).toHaveLength(1);
  });
  // the cap sunk over its lines' rows, the lines after back at the cap's edge: the lines beside it are no indent
  const sunk = (beside: number, after: { indent: number }[]) => [
    ...set('M', { x: 0, y: 6, size: 27 }),
    ...Array.from({ length: beside }, (_, i) =>
      set(i === 0 ? 'atteo Salvini ha oltrepassato' : 'un altro confine', { x: 16, y: i * 10.5, size: 9 }),
    ).flat(),
    ...after.map(({ indent }, i) => set('per chi i confini li sogna', { x: indent * 9, y: (beside + i) * 10.5, size: 9 })).flat(),
  ];
  it.each([
    ['two lines, the rest at its edge', sunk(2, [{ indent: 0 }, { indent: 0 }]), 1],
    ['three lines, the rest at its edge', sunk(3, [{ indent: 0 }, { indent: 0 }]), 1],
    ['two lines, then an indented line between two at the edge', sunk(2, [{ indent: 0 }, { indent: 2 }, { indent: 0 }]), 2],
    ['two lines and no more', sunk(2, []), 1],
  ])('keeps in its paragraph the lines beside a cap sunk over %s', (_, glyphs, count) => {
    const blocks = joinDropCaps(layoutBlocks(layoutLines(glyphs)));
    expect(blocks).toHaveLength(1);
    expect(paragraphs(blocks[0]!).map((p) => p[0]!.text)).toEqual(['Matteo Salvini ha oltrepassato', 'per chi i confini li sogna'].slice(0, count));
  });
  it('keeps one paragraph whatever lines the cap sinks over and however many follow at its edge (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 6 }), (beside, after) => {
        const blocks = joinDropCaps(
          layoutBlocks(
            layoutLines(
              sunk(
                beside,
                Array.from({ length: after }, () => ({ indent: 0 })),
              ),
            ),
          ),
        );
        expect(blocks.map((b) => paragraphs(b).length)).toEqual([1]);
        expect(blocks[0]!.lines[0]!.text).toBe('Matteo Salvini ha oltrepassato');
      }),
    );
  });
  it.each([
    ['a digit', '3'],
    ['a lower-case letter', 'x'],
    ['a CJK character', '大'],
  ])('leaves %s set large alone', (_, ch) => {
    expect(joinDropCaps(layoutBlocks(layoutLines(capped(ch)))).map((b) => b.lines[0]!.text)).toEqual(['a madre delle riforme', ch]);
  });
});

describe('readingOrder', () => {
  it('reads a lead across two columns before them, and a third column beside it after them', () => {
    const glyphs = [
      ...column(['导语横跨两栏导语横跨两栏导语横跨两栏。'], { x: 0, y: 20, chars: 25 }),
      ...column(['第一栏正文第一栏正文第一栏。'], { x: 0, y: 60, chars: 12 }),
      ...column(['第二栏正文第二栏正文第二栏。'], { x: 130, y: 50, chars: 12 }),
      ...column(['第三栏正文第三栏正文第三栏。'], { x: 270, y: 10, chars: 12 }),
    ];
    expect(readingOrder(layoutBlocks(layoutLines(glyphs))).map((b) => blockText(b).slice(0, 3))).toEqual(['导语横', '第一栏', '第二栏', '第三栏']);
  });
  it('reads the columns above a block across them first, then it, then the columns under it', () => {
    const glyphs = [
      ...column(['上左栏正文。'], { x: 0, y: 0, chars: 12 }),
      ...column(['上右栏正文。'], { x: 130, y: 0, chars: 12 }),
      ...column(['横跨两栏的一段横跨两栏的一段横跨两栏的一段。'], { x: 0, y: 30, chars: 25 }),
      ...column(['下左栏正文。'], { x: 0, y: 70, chars: 12 }),
      ...column(['下右栏正文。'], { x: 130, y: 70, chars: 12 }),
    ];
    expect(readingOrder(layoutBlocks(layoutLines(glyphs))).map((b) => blockText(b).slice(0, 3))).toEqual([
      '上左栏',
      '上右栏',
      '横跨两',
      '下左栏',
      '下右栏',
    ]);
  });
});

describe('headGroups', () => {
  it('reads kicker over headline over subheadline by size and place', () => {
    const glyphs = [...set('引题在上', { y: 0, size: 16 }), ...set('主标题最大', { y: 20, size: 36 }), ...set('——副题在下', { y: 60, size: 16 })];
    const [group] = headGroups(layoutBlocks(layoutLines(glyphs)));
    expect([group!.kicker, group!.headline, group!.subheadline].map((bs) => bs.map((b) => blockText(b)))).toEqual([
      ['引题在上'],
      ['主标题最大'],
      ['——副题在下'],
    ]);
  });
});

describe('headGroups across white', () => {
  const groups = (glyphs: Parameters<typeof layoutLines>[0]) =>
    headGroups(layoutBlocks(layoutLines(glyphs))).map((g) => [...g.kicker, ...g.headline, ...g.subheadline].map((b) => blockText(b)));
  it('keeps a kicker far above a much larger headline with it (the demo paper: 35 pt over a 40-pt headline)', () => {
    expect(groups([...set('学习贯彻全会精神', { y: 0, size: 13 }), ...set('产业筑基', { y: 48, size: 40 })])).toEqual([
      ['学习贯彻全会精神', '产业筑基'],
    ]);
  });
  it('keeps the next story’s headline under a 75-pt headline’s subheadline apart (la Repubblica)', () => {
    const glyphs = [
      ...set('Mattarella', { y: 0, size: 75 }),
      ...set('Intervista a La Russa', { y: 80, size: 22 }),
      ...set('La nostra povera Carta', { x: 200, y: 136, size: 20 }),
    ];
    expect(groups(glyphs)).toEqual([['Mattarella', 'Intervista a La Russa'], ['La nostra povera Carta']]);
  });
});

describe('jumpOf', () => {
  it.each([
    ['（下转第二版）', { direction: 'to', page: 2 }],
    ['（上接第1版）', { direction: 'from', page: 1 }],
    ['(下转A05版)', { direction: 'to', page: 5 }],
    ['（转第十二版）', { direction: 'to', page: 12 }],
    ['● a pagina 8', { direction: 'to', page: 8, text: '● a pagina 8' }],
    ['di Massimo Pisa ● a pagina 8', { direction: 'to', page: 8, text: '● a pagina 8' }],
    ['segue a pagina 9', { direction: 'to', page: 9 }],
    ['● alle pagine 20 e 21', { direction: 'to', page: 20 }],
    ['Scaramuzzi e Vecchio ● da pagina 2 a 7', { direction: 'to', page: 2, text: '● da pagina 2 a 7' }],
    ['● dalla pagina 10 alla 12', { direction: 'to', page: 10 }],
    ['evoluzioni degli altri. ● nello sport', { direction: 'to', page: null, text: '● nello sport' }],
  ])('%s', (text, want) => {
    expect(jumpOf(text)).toMatchObject(want);
  });
  it.each([['下转弯处'], ['come si legge a pagina 9 del rapporto'], ['tutti i giorni nello sport']])(
    'is null for text that names no page or only mentions one: %s',
    (text) => {
      expect(jumpOf(text)).toBeNull();
    },
  );
});

describe('joinBylineLines', () => {
  it.each([
    [
      'a list of surnames broken with no comma',
      ['di Candito, Cerami, Ciriaco, Foschini', 'Scaramuzzi e Vecchio'],
      'di Candito, Cerami, Ciriaco, Foschini, Scaramuzzi e Vecchio',
    ],
    [
      'a full name broken across the lines',
      ['di Elena Dusi, Giovanni', 'Egidio e Alessandro Puglia'],
      'di Elena Dusi, Giovanni Egidio e Alessandro Puglia',
    ],
    ['a list ending its line with a comma', ['di Candito, Cerami,', 'Vecchio'], 'di Candito, Cerami, Vecchio'],
    ['one name on two lines', ['di Michele', 'Ainis'], 'di Michele Ainis'],
  ])('%s', (_, lines, want) => {
    expect(joinBylineLines(lines)).toBe(want);
  });
});

describe('areas', () => {
  const box = fc.record({
    x: fc.integer({ min: 0, max: 90 }),
    y: fc.integer({ min: 0, max: 90 }),
    w: fc.integer({ min: 1, max: 40 }),
    h: fc.integer({ min: 1, max: 40 }),
  });
  it('keeps a headline’s box apart from the columns under it, joins the columns over one gutter, and a byline to its column', () => {
    const headline = { x: 0, y: 0, w: 400, h: 30 };
    const byline = { x: 0, y: 36, w: 40, h: 10 };
    const left = { x: 0, y: 50, w: 120, h: 200 };
    const right = { x: 128, y: 50, w: 120, h: 200 };
    expect(columnBoxes([headline, byline, left, right])).toEqual([
      { x: 0, y: 0, w: 400, h: 30 },
      { x: 0, y: 36, w: 248, h: 214 },
    ]);
  });
  it('joins two boxes of a story that mostly overlap, leaving no sliver as wide as a hung mark', () => {
    const joined = { x: 0, y: 0, w: 206, h: 300 };
    const hanging = { x: 111, y: 40, w: 105, h: 250 };
    expect(columnBoxes([joined, hanging])).toEqual([{ x: 0, y: 0, w: 216, h: 300 }]);
  });
  it('leaves no piece under a point thin when it cuts an area', () => {
    expect(disjointAreas([[{ x: 0, y: 0, w: 100, h: 100 }], [{ x: 0, y: 0, w: 100, h: 100.5 }]])).toEqual([[{ x: 0, y: 0, w: 100, h: 100 }], []]);
  });

  it('subtract leaves nothing of b and keeps the rest of a', () => {
    fc.assert(
      fc.property(box, box, (a, b) => {
        const pieces = subtract(a, b);
        const inter =
          Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
        const area = pieces.reduce((s, p) => s + p.w * p.h, 0);
        return pieces.every((p) => !overlaps(p, b)) && Math.abs(area - (a.w * a.h - inter)) < 1e-6;
      }),
    );
  });
  it('the areas of different articles never overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.array(box, { maxLength: 4 }), { maxLength: 5 }), (lists) => {
        const areas = disjointAreas(lists);
        return areas.every((mine, i) => areas.every((theirs, j) => j === i || mine.every((a) => theirs.every((b) => !overlaps(a, b)))));
      }),
    );
  });
});
