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
  ])('%s → %s', (name, label) => {
    expect(labelText(labelFromFileName(name)!)).toBe(label);
  });

  it.each(['today.pdf', 'scan.pdf', 'A00.pdf', 'edition-2021.pdf'])('%s names no page', (name) => {
    expect(labelFromFileName(name)).toBeNull();
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
