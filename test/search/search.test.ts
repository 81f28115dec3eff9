import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { SearchIndexManifestSchema, SHARDS_FILE, shardOf } from '../../src/search/searchIndexFiles.ts';
import { startTestIndex, seedDocuments, WRITTEN, type TestIndex } from './fixtures.ts';
import { urls } from '../../src/schema/urls.ts';
import { buildSearchIndex } from '../../src/search/buildSearchIndex.ts';

let index: TestIndex;
beforeAll(async () => {
  index = await startTestIndex([...seedDocuments(), ...WRITTEN]);
}, 60_000);
afterAll(() => index?.close());

const headlines = async (query: string, filters = {}) => (await index.search(query, filters, { limit: 50 })).results.map((r) => r.headline);

describe('shardOf: the shard an edition of a date is in', () => {
  it.each([
    ['2024-07-05', '2024-07', '2024-07'],
    ['2024-06-30', '2024-07', '2024'],
    ['2023-07-05', '2024-07', '2023'],
    ['2025-01-01', '2025-01', '2025-01'],
    ['2024-12-31', '2025-01', '2024'],
    ['2024-07-05', null, '2024'],
  ])('%s with the newest month %s → %s', (date, recentMonth, shard) => {
    expect(shardOf(date, recentMonth)).toBe(shard);
  });
});

describe('search over the seed edition and written documents', () => {
  it.each([
    ['暑假', '网络对话:快乐过暑假 娃娃安全不放假'],
    ['暑假', '产业筑基'],
    ['核技术', '夹江县:创新为“核” 跑出高质量发展“加速度”'],
    ['核技术', '产业筑基'],
    ['政协 提案', '全市政协提案工作座谈会暨委员讲堂召开'],
    ['张清', '产业筑基'],
    ['5G', '全市5G基站突破三千个'],
    ['5g', '全市5G基站突破三千个'],
    ['2024年', '全市政协提案工作座谈会暨委员讲堂召开'],
    ['夹江', '夹江县:创新为“核” 跑出高质量发展“加速度”'],
    // A symbol (\p{S}) takes no word position of its own on either side, so a phrase across it matches.
    ['互联网', '医疗服务进社区'],
    ['互联网+医疗', '医疗服务进社区'],
    ['35℃左右', '医疗服务进社区'],
    ['35℃', '医疗服务进社区'],
    // a name the page set with spaces (王  政) is found as the reader sees it
    ['王政', '具身智能让机器人更聪慧'],
    ['本报记者王政', '具身智能让机器人更聪慧'],
    ['本报记者 王政', '具身智能让机器人更聪慧'],
  ])('%s finds %s', async (query, headline) => {
    expect(await headlines(query)).toContain(headline);
  });

  it.each([
    ['夹江', '寒假安全提醒'], // 夹 and 江 apart are not 夹江
    ['政协 提案', '网络对话:快乐过暑假 娃娃安全不放假'], // has neither
    ['政协 提案', '市总工会八届四次全体会议召开'],
    ['5G', '产业筑基'],
  ])('%s does not find %s', async (query, headline) => {
    expect(await headlines(query)).not.toContain(headline);
  });

  it('puts the newest month in a shard of its own, before its year, and ranks the two as one list', async () => {
    const { shards } = SearchIndexManifestSchema.parse(JSON.parse(readFileSync(join(index.dir, SHARDS_FILE), 'utf8')));
    expect(shards.map((s) => [s.id, s.from, s.to])).toEqual([
      ['2024-07', '2024-07-01', '2024-07-05'],
      ['2024', '2024-01-10', '2024-06-02'],
      ['2023', '2023-03-02', '2023-03-02'],
    ]);
    // 全市5G基站… (June: the year's shard, 5G in its headline) before 乡村网络… (July: the month's, 5G in its text)
    expect(await headlines('5G')).toEqual(['全市5G基站突破三千个', '乡村网络提速']);
  });

  it('ranks headline matches first, then the newest', async () => {
    // 全市5G基站… (June, 5G in its headline) before 乡村网络… (July, 5G only in its text)
    expect(await headlines('5G')).toEqual(['全市5G基站突破三千个', '乡村网络提速']);
    const summer = await headlines('暑假');
    expect(summer[0]).toBe('网络对话:快乐过暑假 娃娃安全不放假');
    expect(summer.slice(1, -1)).toEqual(['产业筑基']);
    expect(summer.at(-1)).toBe('寒假安全提醒'); // 2023: an older year comes after
    expect(await headlines('政协')).toEqual(['全市政协提案工作座谈会暨委员讲堂召开', '省政协提案办理工作推进会召开']);
  });

  it('several words narrow: every word must match', async () => {
    const one = await headlines('提案');
    const two = await headlines('政协 提案');
    const three = await headlines('政协 提案 委员讲堂');
    expect(one.length).toBeGreaterThanOrEqual(two.length);
    expect(three).toEqual(['全市政协提案工作座谈会暨委员讲堂召开']);
  });

  it('filters by paper, section, page and date range', async () => {
    expect(await headlines('提案', { paper: 'sichuan' })).toEqual(['省政协提案办理工作推进会召开']);
    expect(await headlines('提案', { paper: 'lsrb' })).toEqual(['全市政协提案工作座谈会暨委员讲堂召开']);
    expect(await headlines('暑假', { section: 'education' })).toEqual(expect.arrayContaining(['网络对话:快乐过暑假 娃娃安全不放假', '寒假安全提醒']));
    expect(await headlines('暑假', { section: 'education' })).not.toContain('产业筑基');
    expect(await headlines('暑假', { page: 3 })).toEqual(['寒假安全提醒']);
    expect(await headlines('暑假', { from: '2023-01-01', to: '2023-12-31' })).toEqual(['寒假安全提醒']);
    expect(await headlines('提案', { from: '2024-05-01', to: '2024-05-31' })).toEqual(['省政协提案办理工作推进会召开']);
    expect(await headlines('提案', { from: '2024-07-05' })).toEqual(['全市政协提案工作座谈会暨委员讲堂召开']);
  });

  it('returns what a result shows: url, paper, date, page, page name, sections and a marked snippet', async () => {
    const { results } = await index.search('核技术');
    const feature = results.find((r) => r.headline.startsWith('夹江县'))!;
    expect(feature).toMatchObject({ paper: '乐山日报', date: '2024-07-05', page: 2, pageName: null });
    expect(feature.url).toMatch(/^\/lsrb\/2024-07-05\/article\/2-[a-z0-9]+$/);
    expect(feature.sections.length).toBeGreaterThan(0);
    expect(feature.snippet.filter((s) => s.match).map((s) => s.text)).toContain('核技术');
    expect(feature.snippet.map((s) => s.text).join('')).not.toMatch(/ 技术|\uE000/);
  });

  it('keeps the kicker, the byline and the text apart in a snippet: never 精神记者张清连日来', async () => {
    for (const query of ['张清', '连日来']) {
      const { results } = await index.search(query);
      const lead = results.find((r) => r.headline === '产业筑基')!;
      const text = lead.snippet.map((s) => s.text).join('');
      expect(text).toMatch(/全会精神 · 记者张清 · 连日来/);
      expect(lead.snippet.filter((s) => s.match).map((s) => s.text)).toContain(query);
    }
  });

  it('lists the sections of every shard for the section filter, each once', async () => {
    const sections = await index.search.sections();
    expect(sections).toEqual(
      expect.arrayContaining([
        { slug: 'education', name: '教育' },
        { slug: 'technology', name: '科技' },
        { slug: 'politics', name: '时政' },
      ]),
    );
    expect(new Set(sections.map((s) => s.slug)).size).toBe(sections.length);
  });

  it('pages through results with offset and limit, and counts them', async () => {
    const all = await index.search('暑假', {}, { limit: 50 });
    const first = await index.search('暑假', {}, { offset: 0, limit: 2 });
    const second = await index.search('暑假', {}, { offset: 2, limit: 2 });
    expect(first.results.map((r) => r.url)).toEqual(all.results.slice(0, 2).map((r) => r.url));
    expect(second.results.map((r) => r.url)).toEqual(all.results.slice(2, 4).map((r) => r.url));
    expect(all.count).toBe(all.results.length);
    expect(all.complete).toBe(true);
  });

  it('searches older years only as far as the page asked for needs', async () => {
    const first = await index.search('暑假', {}, { limit: 1 });
    expect(first.complete).toBe(false);
    expect(first.count).toBeLessThan((await index.search('暑假', {}, { limit: 50 })).count);
  });

  it('finds nothing for nothing, and for words no article has', async () => {
    expect(await index.search('   ')).toEqual({ results: [], count: 0, complete: true });
    expect(await index.search('量子计算机')).toEqual({ results: [], count: 0, complete: true });
  });

  it('keeps markup in article text as text in the snippet', async () => {
    const { results } = await index.search('标记');
    const text = results[0]!.snippet.map((s) => s.text).join('');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<mark>假标记</mark>');
    expect(results[0]!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['标记']);
    expect(text).not.toContain('标记测试'); // the headline, shown above the snippet anyway
  });
});

describe('snippets in a shard with one long headline', () => {
  // A 65-character notice (37 words) sets the shard's titleSlots: every text is padded with filler to it.
  const NOTICE = '关于进一步做好全市城乡居民基本医疗保险参保缴费、待遇保障和经办服务以及定点医药机构协议管理和医疗费用结算等相关工作的通知公告及说明';
  const doc = (id: string, headline: string, text: string) => ({
    url: urls.article('lsrb', '2024-06-03', id),
    paper: '乐山日报',
    paperSlug: 'lsrb',
    date: '2024-06-03',
    page: 2,
    pageName: null,
    sections: [],
    kicker: null,
    subheadline: null,
    byline: null,
    headline,
    text,
  });
  let long: TestIndex;
  beforeAll(async () => {
    long = await startTestIndex([
      doc('notice', NOTICE, '各区县医疗保障部门:现将有关事项通知如下。'),
      doc('safety', '暑假安全提醒', '本报讯 全市中小学近日召开安全工作会议,部署学生假期安全教育,要求各校开展防溺水专题教育,落实家校联系制度。'),
      doc(
        'camp',
        '夏令营开营',
        `本报讯 ${'青少年科技夏令营昨日在市科技馆开营,来自全市各校的学生参加了开营仪式。'.repeat(3)}营员们将度过一个充实的暑假。`,
      ),
    ]);
  }, 60_000);
  afterAll(() => long?.close());

  const snippetOf = async (query: string, headline: string) => {
    const found = (await long.search(query)).results.find((r) => r.headline === headline)!;
    return { text: found.snippet.map((s) => s.text).join(''), marks: found.snippet.filter((s) => s.match).map((s) => s.text) };
  };

  it.each([
    // A headline match only: the body's first words.
    ['暑假', '暑假安全提醒', '本报讯全市中小学近日召开安全工作会议,部署学生假期安全教育', []],
    // A body match deep in the text: the body around it, the match marked.
    ['暑假', '夏令营开营', '营员们将度过一个充实的暑假。', ['暑假']],
    ['防溺水', '暑假安全提醒', '要求各校开展防溺水专题教育', ['防溺水']],
  ])('%s → %s: a snippet from the body (%s)', async (query, headline, contains, marks) => {
    const { text, marks: marked } = await snippetOf(query, headline);
    expect(text).toContain(contains);
    expect(text).not.toMatch(/\uE000/);
    expect(marked).toEqual(marks);
  });
});

describe('a retry after a shard failed to load', () => {
  const june = WRITTEN.find((d) => d.headline === '全市5G基站突破三千个')!;
  const july = WRITTEN.find((d) => d.headline === '乡村网络提速')!;
  let one: TestIndex | undefined;
  afterEach(() => one?.close());

  it('recovers once the merged month shard is back: the year’s Pagefind starts afresh', async () => {
    one = await startTestIndex([june, july]);
    const month = join(one.dir, '2024-07');
    renameSync(month, `${month}.away`);
    await expect(one.search('5G')).rejects.toThrow();
    renameSync(`${month}.away`, month);
    expect((await one.search('5G')).results.map((r) => r.headline)).toEqual(['全市5G基站突破三千个', '乡村网络提速']);
  }, 60_000);

  it('reads shards.json again: the month shard it listed was folded into its year', async () => {
    one = await startTestIndex([june]);
    expect(await one.search.sections()).toEqual([{ slug: 'technology', name: '科技' }]); // shards.json read: [2024-06]
    await buildSearchIndex([june], one.dir, { recentMonth: null }); // now [2024], and 2024-06 is gone
    await expect(one.search('5G')).rejects.toThrow();
    expect((await one.search('5G')).results.map((r) => r.headline)).toEqual(['全市5G基站突破三千个']);
  }, 60_000);
});
