// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { checkFacts } from '../../src/ingest/furniture.ts';
import { mustFix, NOTE_RULES, readerNote, ruleOf } from '../../src/ingest/noteRules.ts';
import { parsePage } from '../../src/ingest/parsePage.ts';
import type { ParseWarning } from '../../src/ingest/ParsedPage.ts';
import { pageLike, pageLines, SEED } from '../hostile/properties.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const facts = { page: { number: 5, name: '本省新闻' }, pages: [], date: '2008-04-11', headlines: [] };

/** Every note the parser leaves on the seed, the fixtures and the manifest checks: real messages, not written ones. */
function realNotes(): ParseWarning[] {
  const pages = [SEED, ...readdirSync(FIXTURES).map((name) => readFileSync(new URL(name, FIXTURES), 'utf8'))];
  return [...pages.flatMap((raw) => parsePage(raw).warnings), ...checkFacts(facts, { number: 6, name: '要闻', date: '2008-04-12' }, 3)];
}

/** What is left of a Chinese note once the rule's name and the page's own words (in “”) are taken out. */
const ownWords = (zh: string) => zh.replace(/（[a-z0-9-]+）$/, '').replace(/“.*”/s, '');

describe('readerNote: parser notes in Chinese for a reader (原文与解析记录), the rule kept in parentheses', () => {
  it.each([
    [
      'a short line inside a paragraph cut by a column break: read as a photo caption (rule: caption-inside-cut)',
      '被分栏截断的段落中间的一行短句，读作图片说明（caption-inside-cut）',
    ],
    ['joined to the paragraph cut at line 13 (rule: cut-paragraph)', '接上第13行被分栏截断的段落（cut-paragraph）'],
    ['a byline runs into the text: read "林晓雨" as the name (rule: byline-run-in)', '署名连着正文，把“林晓雨”读作署名（byline-run-in）'],
    [
      'a headline stacked over 3 lines: read as kicker, headline and subheadline (rule: headline-stack)',
      '叠成3行的标题，读作引题、主标题、副题（headline-stack）',
    ],
    [
      '2 head lines set apart above a byline: read as kicker, headline (rule: heads-above-byline)',
      '署名上方单独成行的2行标题，读作引题、主标题（heads-above-byline）',
    ],
    [
      '"产业强市 旅游兴市" has no article under it (a story continued on another page?): kept as a banner (rule: banner-without-article)',
      '“产业强市 旅游兴市”下面没有文章（或转至他版），作为栏题保留（banner-without-article）',
    ],
    [
      "the site's navigation: kept as page data, not as article text (rule: furniture-navigation)",
      '网站的导航，作为版面数据保留，不算文章正文（furniture-navigation）',
    ],
    [
      'the page prints the date 2008-04-11, the manifest says 2008-04-12 (rule: furniture-date-mismatch)',
      '本版印的日期是2008-04-11，本期目录写的是2008-04-12（furniture-date-mismatch）',
    ],
  ])('%s', (message, zh) => {
    expect(readerNote(message)).toBe(zh);
  });

  it.each([
    ['a note that names no rule', 'a note that names no rule'],
    ['from a rule it does not know (rule: no-such-rule)', 'from a rule it does not know (rule: no-such-rule)'],
    ['worded unlike its rule (rule: cut-paragraph)', 'worded unlike its rule (rule: cut-paragraph)'],
  ])('shows a note it cannot read as written: %s', (message, shown) => {
    expect(readerNote(message)).toBe(shown);
  });

  it('puts every note the parser leaves on real pages into Chinese, with its rule', () => {
    const notes = realNotes();
    expect(new Set(notes.map((n) => ruleOf(n.message))).size).toBeGreaterThan(10);
    for (const { message } of notes) {
      const zh = readerNote(message);
      expect(zh.endsWith(`（${ruleOf(message)}）`), message).toBe(true);
      expect(ownWords(zh), message).not.toMatch(/[a-z]{2}/i);
    }
  });

  it('puts every note on random page-like text into Chinese', () => {
    fc.assert(
      fc.property(fc.oneof(pageLike, pageLines), (raw) => {
        for (const { message } of parsePage(raw).warnings) expect(ownWords(readerNote(message)), message).not.toMatch(/[a-z]{2}/i);
      }),
      { numRuns: 300 },
    );
  });
});

describe('mustFix: what --strict stops on', () => {
  it('stops only where the page contradicts its manifest', () => {
    const stops = Object.entries(NOTE_RULES)
      .filter(([, rule]) => 'mustFix' in rule)
      .map(([name]) => name);
    expect(stops.sort()).toEqual(['furniture-date-mismatch', 'furniture-name-mismatch', 'furniture-page-mismatch']);
  });

  it.each([
    ['the page prints itself as page 5, the manifest says page 6 (rule: furniture-page-mismatch)', true],
    ['a line of markup with no text: ignored (rule: markup-only)', false],
    ['the first paragraph ends without closing punctuation: kept apart as a standfirst, not joined (rule: standfirst)', false],
    ['a note that names no rule', false],
  ])('%s → %s', (message, stops) => {
    expect(mustFix(message)).toBe(stops);
  });
});
