/** Which topic sections (栏目) an article joins: points for each keyword, five in the title, one in the text. */
import type { Block } from '../../src/schema/edition.ts';
import type { Taxonomy } from '../../src/schema/manifest.ts';
import type { ParsedArticle } from '../../src/ingest/ParsedPage.ts';
import { topicsOf } from '../../src/ingest/sections.ts';

const TAXONOMY: Taxonomy = {
  sections: [
    { slug: 'farming', name: '三农', keywords: ['春耕', '农田'] },
    { slug: 'schools', name: '教育', keywords: ['学校', '学生'] },
    { slug: 'travel', name: '文旅', keywords: ['景区', '游客'] },
  ],
  fallback: { slug: 'general', name: '综合' },
};

const article = (title: Partial<Pick<ParsedArticle, 'series' | 'kicker' | 'headline' | 'subheadline'>>, ...blocks: Block[]): ParsedArticle => ({
  kind: 'story',
  kicker: null,
  headline: '',
  subheadline: null,
  series: null,
  byline: null,
  authors: [],
  dateline: null,
  printedIn: null,
  teaser: false,
  startLine: 1,
  endLine: 1,
  blocks,
  ...title,
});
const p = (text: string): Block => ({ type: 'paragraph', text });
const h = (text: string): Block => ({ type: 'heading', text });
const fig = (caption: string, credit: string | null = null): Block => ({ type: 'figure', caption, credit });

describe('topicsOf', () => {
  it.each([
    ['nothing the taxonomy knows: the fallback', article({ headline: '一场雨' }, p('雨下了一整天。')), ['general']],
    ['four mentions in the text: enough', article({ headline: '一场雨' }, p('春耕春耕春耕春耕。')), ['farming']],
    ['three mentions in the text: not enough', article({ headline: '一场雨' }, p('春耕春耕春耕。')), ['general']],
    ['one mention in the headline counts five', article({ headline: '春耕正忙' }), ['farming']],
    ['in the kicker', article({ kicker: '春耕时节', headline: '一场雨' }), ['farming']],
    ['in the series', article({ series: '走进景区', headline: '一场雨' }), ['travel']],
    ['in the subheadline', article({ headline: '一场雨', subheadline: '学校放假' }), ['schools']],
    ['in a heading block', article({ headline: '一场雨' }, h('景区景区'), p('游客游客。')), ['travel']],
    ['in a figure’s caption', article({ headline: '一场雨' }, fig('景区里的游客，景区外的游客')), ['travel']],
    ['not in a figure’s credit', article({ headline: '一场雨' }, fig('图为一场雨', '景区 游客 景区 游客 摄')), ['general']],
    [
      'a keyword cut across two paragraphs: not a mention',
      article({ headline: '一场雨' }, p('春'), p('耕。春'), p('耕。春'), p('耕。春'), p('耕。')),
      ['general'],
    ],
    ['a keyword cut between kicker and headline: not a mention', article({ kicker: '迎春', headline: '耕牛进了村' }), ['general']],
  ])('%s', (_name, a, slugs) => {
    expect(topicsOf(a, TAXONOMY).map((t) => t.slug)).toEqual(slugs);
  });

  it.each([
    ['the stronger topic first, whatever the taxonomy’s order', '学校学校学校学校学校学校。农田农田农田农田。', ['schools', 'farming']],
    ['a topic with half the best score counts', '景区景区景区景区景区景区景区景区景区景区。学生学生学生学生学生。', ['travel', 'schools']],
    ['a topic with less than half the best score does not', '景区景区景区景区景区景区景区景区景区景区景区。学生学生学生学生学生。', ['travel']],
    ['less than half the best, though listed first', '春耕春耕春耕春耕。学校学校学校学校学校学校学校学校学校。', ['schools']],
    [
      'at most two topics, the two strongest',
      '春耕春耕春耕春耕春耕。学校学校学校学校学校学校。景区景区景区景区景区景区景区。',
      ['travel', 'schools'],
    ],
  ])('ranks topics: %s', (_name, text, slugs) => {
    expect(topicsOf(article({ headline: '一场雨' }, p(text)), TAXONOMY).map((t) => t.slug)).toEqual(slugs);
  });

  it('gives a topic’s slug and name as the taxonomy spells them', () => {
    expect(topicsOf(article({ headline: '景区迎客' }), TAXONOMY)).toEqual([{ slug: 'travel', name: '文旅' }]);
    expect(topicsOf(article({ headline: '一场雨' }), TAXONOMY)).toEqual([{ slug: 'general', name: '综合' }]);
  });
});
