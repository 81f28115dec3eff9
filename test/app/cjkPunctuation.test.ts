import { cjkPunctuation } from '../../src/app/ui/cjkPunctuation.ts';

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
