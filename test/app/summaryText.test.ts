// @vitest-environment node
import { summaryText } from '../../src/app/ui/summaryText.ts';

describe('summaryText', () => {
  it.each([
    ['会议在乐山召开。', '会议在乐山召开。'],
    ['他说:“好。”', '他说：“好。”'],
    ['连日来,全市上下掀起热潮', '连日来，全市上下掀起热潮…'],
    ['建陶产业入选全省首批17个中小企业特色产业', '建陶产业入选全省首批17个中小企业特色产业…'],
    ['', ''],
    // A teaser cut as printed ends in its own ellipsis: shown as one, never a second one after it.
    ['思绪顿时飞回往...', '思绪顿时飞回往…'],
    ['思绪顿时飞回往......', '思绪顿时飞回往…'],
    ['思绪顿时飞回往…', '思绪顿时飞回往…'],
    ['思绪顿时飞回往……', '思绪顿时飞回往……'],
    ['版本号是 2.9.', '版本号是 2.9.…'],
  ])('shows %j as %j', (summary, shown) => {
    expect(summaryText(summary)).toBe(shown);
  });
});
