// @vitest-environment node
import { cjkPunctuation } from '../../src/app/ui/cjkPunctuation.ts';
import { cjkPunctuationSegments } from '../../src/app/search/cjkPunctuationSegments.ts';

describe('cjkPunctuation', () => {
  it.each([
    // Between or next to Chinese: full-width.
    ['连日来,全市上下', '连日来，全市上下'],
    ['夹江县:创新为“核”', '夹江县：创新为“核”'],
    ['网络对话:快乐过暑假', '网络对话：快乐过暑假'],
    ['一是;二是', '一是；二是'],
    ['真的吗?', '真的吗？'],
    ['好!', '好！'],
    ['真的吗?!', '真的吗？！'],
    ['他说:“好。”', '他说：“好。”'],
    ['“核”,瓷', '“核”，瓷'],
    ['全市上下, 掀起热潮', '全市上下，掀起热潮'],
    ['7月4日:乐山', '7月4日：乐山'],
    ['时间:10:30', '时间：10:30'],
    ['5G,乐山', '5G，乐山'],
    // Brackets as pairs.
    ['(记者 戴余乐)', '（记者 戴余乐）'],
    ['(羊科 记者 杨心梅)', '（羊科 记者 杨心梅）'],
    ['生产总值(GDP)增长', '生产总值（GDP）增长'],
    ['找不到页面(404)', '找不到页面（404）'],
    ['(无标题)', '（无标题）'],
    ['照片(原报配图,本站未收录图片)', '照片（原报配图，本站未收录图片）'],
    ['外(内(里)外)', '外（内（里）外）'],
    // Digits and Latin stay as they are.
    ['2.9亿', '2.9亿'],
    ['5G基站', '5G基站'],
    ['10:30开会', '10:30开会'],
    ['1,000元', '1,000元'],
    ['比分3:2', '比分3:2'],
    ['f(x) = 1', 'f(x) = 1'],
    ['Hello, world: yes (really)?', 'Hello, world: yes (really)?'],
    ['', ''],
    ['已是全角，不变：（好）', '已是全角，不变：（好）'],
  ])('shows %j as %j', (raw, shown) => {
    expect(cjkPunctuation(raw)).toBe(shown);
  });

  it('leaves text without half-width marks untouched (the same string)', () => {
    const text = '作为国家“三线”建设重镇的夹江。';
    expect(cjkPunctuation(text)).toBe(text);
  });
});

describe('cjkPunctuationSegments', () => {
  const texts = (segments: { text: string; match: boolean }[]) => cjkPunctuationSegments(segments).map((s) => [s.text, s.match]);
  it.each([
    // A mark right before or after a piece's edge sees the Chinese beside it.
    [
      [
        { text: '在夹江', match: false },
        { text: '核技术', match: true },
        { text: '应用产业园,组瑞', match: false },
      ],
      [
        ['在夹江', false],
        ['核技术', true],
        ['应用产业园，组瑞', false],
      ],
    ],
    [
      [
        { text: '沃土?', match: false },
        { text: '健全', match: true },
      ],
      [
        ['沃土？', false],
        ['健全', true],
      ],
    ],
    [
      [
        { text: '5G', match: true },
        { text: ',乐山', match: false },
      ],
      [
        ['5G', true],
        ['，乐山', false],
      ],
    ],
    // Digits on both sides keep theirs, across pieces too.
    [
      [
        { text: '10', match: true },
        { text: ':30', match: false },
      ],
      [
        ['10', true],
        [':30', false],
      ],
    ],
    [
      [
        { text: '全市上下, ', match: false },
        { text: '掀起', match: true },
      ],
      [
        ['全市上下，', false],
        ['掀起', true],
      ],
    ],
    [[{ text: '', match: false }], [['', false]]],
  ])('%j', (segments, expected) => {
    expect(texts(segments)).toEqual(expected);
  });

  it('joins to what the whole text gives, for the samples above', () => {
    const pieces = ['在夹江', '核技术', '应用产业园,组瑞特医用', '核', '素及药物创新。沃土?健全'];
    const segments = pieces.map((text, i) => ({ text, match: i % 2 === 1 }));
    expect(
      cjkPunctuationSegments(segments)
        .map((s) => s.text)
        .join(''),
    ).toBe(cjkPunctuation(pieces.join('')));
  });
});
