import fc from 'fast-check';
import { splitColumnName } from '../../src/ingest/columnNames.ts';
import { parsePage } from '../../src/ingest/parsePage.ts';

describe('splitColumnName: a column named in parentheses after the headline', () => {
  it.each([
    // 人民日报, 2025-01-08 p18 and 2025-01-03 p01 (../shared/samples), and its other columns
    ['脚踏实地  努力拼搏（观象台）', '观象台', '脚踏实地  努力拼搏'],
    ['具身智能，让人形机器人更聪慧（图说新质生产力）', '图说新质生产力', '具身智能，让人形机器人更聪慧'],
    ['“千乡万村驭风行动”有序推进（产经观察）', '产经观察', '“千乡万村驭风行动”有序推进'],
    ['让文化遗产活起来(人民时评)', '人民时评', '让文化遗产活起来'],
    ['小切口做好大文章（今日谈）', '今日谈', '小切口做好大文章'],
  ])('%s → column %s', (headline, column, rest) => {
    expect(splitColumnName(headline)).toEqual({ column, headline: rest });
  });

  it.each([
    ['长征路上的故事（上）', 'a part of a series'],
    ['长征路上的故事（之一）', 'a part of a series'],
    ['长征路上的故事（三）', 'a part of a series'],
    ['夏日荷塘（组图）', 'what the story is'],
    ['夏日荷塘（图片）', 'what the story is'],
    ['政府工作报告（摘要）', 'what the story is'],
    ['本报讯（罗曦）', 'a dateline and a reporter'],
    ['暴雨中的坚守（张清）', "a person's name"],
    ['暴雨中的坚守（记者 张清）', 'a space: a byline'],
    ['2024年经济回顾（2024）', 'digits'],
    ['（观象台）', 'no headline left'],
    ['看（观象台）', 'no headline left'],
    ['会议召开（第二次', 'unclosed'],
    ['会议召开（观察）（续', 'unclosed'],
    ['会议（一）召开', 'not at the end'],
    ['会议召开', 'no parentheses'],
  ])('%s stays the headline: %s', (headline) => {
    expect(splitColumnName(headline)).toBeNull();
  });

  it('only ever cuts a parenthesised name off the end: the headline and the name are what was printed', () => {
    const piece = fc.constantFrom(
      '观象台',
      '人民时评',
      '上',
      '之一',
      '2024',
      '张清',
      '罗曦',
      '，',
      '“会议”',
      ' ',
      '（',
      '）',
      '(',
      ')',
      '本报讯',
      '发展',
    );
    const text = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));
    const headline = fc.tuple(text, fc.constantFrom('（', '('), text, fc.constantFrom('）', ')')).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, headline), (printed) => {
        const result = splitColumnName(printed);
        if (result === null) return;
        const squeezed = (s: string) => s.replace(/\s+/g, '');
        const tail = squeezed(printed).slice(squeezed(result.headline).length);
        expect(squeezed(printed).startsWith(squeezed(result.headline))).toBe(true);
        expect([`（${result.column}）`, `(${result.column})`, `（${result.column})`, `(${result.column}）`]).toContain(tail);
        expect(result.headline).toBe(result.headline.trim());
        expect(result.headline).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('cuts a column off any headline of its own: the headline before it, the name inside the parentheses', () => {
    const words = fc.array(fc.constantFrom('会议', '召开', '发展', '“千乡万村”', '，', ' ', '2024年', '新质生产力'), { minLength: 1, maxLength: 5 });
    const headline = words.map((parts) => parts.join('').trim()).filter((text) => (text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2);
    const column = fc.constantFrom('观象台', '人民时评', '产经观察', '图说新质生产力', '今日谈');
    fc.assert(
      fc.property(headline, column, fc.constantFrom(['（', '）'], ['(', ')']), fc.constantFrom('', ' ', '  '), (text, name, [open, close], gap) => {
        expect(splitColumnName(`${text}${gap}${open!}${name}${close!}`)).toEqual({ column: name, headline: text });
      }),
    );
  });
});

describe('parsePage reads the column into the article', () => {
  it('as its series, the headline without it', () => {
    const { articles } = parsePage(['# 脚踏实地  努力拼搏（观象台）', '', '本报记者  刘志强', '', '新年伊始，各地各部门抓紧部署。'].join('\n'));
    expect(articles[0]).toMatchObject({ series: '观象台', headline: '脚踏实地  努力拼搏' });
  });

  it('not when a banner above already named the series', () => {
    const { articles } = parsePage(['## 向新而行 以质致远', '', '# 创新为“核”（产经观察）', '', '正文第一段。'].join('\n'));
    expect(articles[0]).toMatchObject({ series: '向新而行 以质致远', headline: '创新为“核”（产经观察）' });
  });

  it('not from a headline with nothing under it (a banner keeps what was printed)', () => {
    const { articles, banners } = parsePage('# 脚踏实地  努力拼搏（观象台）\n');
    expect(articles).toEqual([]);
    expect(banners[0]!.text).toContain('脚踏实地  努力拼搏（观象台）');
  });
});
