// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelFromFileName, labelFromHeader, labelFromTitle, labelText, numberPages } from '../../src/ingest/pageLabels.ts';

describe('labelFromTitle (Founder page titles)', () => {
  it.each([
    ['WBA05B20210323C', 'A05', '2021-03-23'],
    ['08b20240809C', '08', '2024-08-09'],
    ['A06b20240604', 'A06', '2024-06-04'],
    ['  SBC01B20091229  ', 'C01', '2009-12-29'],
  ])('%s → page %s of %s', (title, label, date) => {
    const found = labelFromTitle(title)!;
    expect(labelText(found.label)).toBe(label);
    expect(found.date).toBe(date);
  });

  it.each(['', '辽沈晚报', 'Microsoft Word - page.docx', '00b20240809', 'A05-2021-03-23'])('%j says no page', (title) => {
    expect(labelFromTitle(title)).toBeNull();
  });
});

describe('labelFromFileName', () => {
  it.each([
    ['A05.pdf', 'A05'],
    ['liaoshen-wanbao-2021-03-23-pA05.pdf', 'A05'],
    ['gansu-fazhibao-2024-08-09-p08.pdf', '08'],
    ['page_08.PDF', '08'],
    ['3.pdf', '03'],
    ['B12.pdf', 'B12'],
    // a suffix after the label: a note, a version, a copy
    ['lswb-2021-03-23-pC01-garbled.pdf', 'C01'],
    ['A05_final.pdf', 'A05'],
    ['A05-v2.pdf', 'A05'],
    ['page 08 (copy).pdf', '08'],
    ['Page08-scan.pdf', '08'],
    ['lswb_20210323_A05_print.pdf', 'A05'],
    ['2024.08.09-p08-fixed.pdf', '08'],
    ['pg08-old.pdf', '08'],
    ['PC01 copy.pdf', 'C01'],
  ])('%s → %s', (name, label) => {
    expect(labelText(labelFromFileName(name)!)).toBe(label);
  });

  it.each([
    'today.pdf',
    'scan.pdf',
    'A00.pdf',
    'edition-2021.pdf',
    'IMG_4821.pdf',
    // a date's digits are not a page
    'lswb-2021-03-23.pdf',
    'lswb-2021-3-23-final.pdf',
    '23.03.2021.pdf',
    // two labels: which one?
    'A05-A06.pdf',
    'lswb-2021-03-23-pA05-p06.pdf',
    'issue-12-A05.pdf',
  ])('%s names no page', (name) => {
    expect(labelFromFileName(name)).toBeNull();
  });

  it('reads a label set between any words and a date, and never a date alone', () => {
    const word = fc.constantFrom('lswb', 'final', 'garbled', 'scan', 'liaoshen', 'v2', 'print');
    const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const label = fc.record({ section: fc.constantFrom('', 'A', 'B', 'C'), number: fc.integer({ min: 1, max: 99 }) });
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 2 }),
        date,
        label,
        fc.array(word, { maxLength: 2 }),
        fc.constantFrom('-', '_'),
        (before, day, l, after, sep) => {
          const withLabel = [...before, day, `p${labelText(l)}`, ...after].join(sep);
          expect(labelFromFileName(`${withLabel}.pdf`)).toEqual(l);
          expect(labelFromFileName(`${[...before, day, ...after].join(sep)}.pdf`)).toBeNull();
        },
      ),
    );
  });
});

describe('labelFromHeader', () => {
  it.each([
    ['2021年3月23日 星期二 A05版 综合新闻 编辑 王明', 'A05', '综合新闻'],
    ['第5版 要闻', '05', '要闻'],
    ['辽沈晚报\n第 08 版｜法治一线', '08', '法治一线'],
    ['A06 城市 责编 李四 2024年6月4日', 'A06', '城市'],
    ['08版', '08', null],
    // what the samples' Founder headers hold (gansu-fazhibao p08, liaoshen-wanbao A05)
    ['2024年8月9日星期五\n8\n法治一线', '08', '法治一线'],
    ['2021.3.23星期二\n编辑白琳美编王晨同\n综合新闻微信：lswbwx\n05', '05', '综合新闻'],
    ['综合新闻 微信：lswbwx 2021.3.23 星期二 编辑 白琳 美编 王晨同\n05', '05', '综合新闻'],
    ['2024年8月9日 星期五\n8 法治一线', '08', '法治一线'],
  ])('%j → %s %s', (text, label, name) => {
    const found = labelFromHeader(text)!;
    expect(labelText(found.label)).toBe(label);
    expect(found.name).toBe(name);
  });

  it.each(['本报记者 张三', '2021年3月23日', '', '2024年8月9日星期五\n法治一线', '2024 年 8 月', '8888 法治一线'])(
    '%j holds no page marker',
    (text) => {
      expect(labelFromHeader(text)).toBeNull();
    },
  );
});

describe('numberPages', () => {
  it('keeps the printed numbers of a paper without sections', () => {
    expect(
      numberPages([
        { section: '', number: 8 },
        { section: '', number: 1 },
      ]),
    ).toEqual({ numbers: [8, 1], sectioned: false });
    expect(numberPages([{ section: 'A', number: 5 }])).toEqual({ numbers: [5], sectioned: false });
  });

  it('numbers sections A, B… in order', () => {
    const labels = [
      { section: 'B', number: 1 },
      { section: 'A', number: 2 },
      { section: 'A', number: 1 },
    ];
    expect(numberPages(labels)).toEqual({ numbers: [3, 2, 1], sectioned: true });
  });

  it('gives distinct labels distinct numbers 1…n when there are sections', () => {
    const label = fc.record({ section: fc.constantFrom('A', 'B', 'C'), number: fc.integer({ min: 1, max: 40 }) });
    fc.assert(
      fc.property(fc.uniqueArray(label, { selector: labelText, minLength: 1, maxLength: 30 }), (labels) => {
        const { numbers, sectioned } = numberPages(labels);
        if (!sectioned) return;
        expect([...numbers].sort((a, b) => a - b)).toEqual(labels.map((_, i) => i + 1));
      }),
    );
  });
});
