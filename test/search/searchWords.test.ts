import { searchWords, spacedText } from '../../src/search/searchWords.ts';
import { snippetSegments } from '../../src/app/search/snippetSegments.ts';
import { markQuery } from '../../src/app/search/markQuery.ts';
import { searchDocumentsOf } from '../../src/search/searchDocument.ts';
import { loadEdition, loadTaxonomy } from '../../src/cli/loadEdition.ts';
import { urls } from '../../src/schema/urls.ts';

describe('searchWords: a query or a headline as the index has its words', () => {
  it.each([
    ['暑假', ['暑假']],
    ['核技术', ['核', '技术']],
    ['政协 提案', ['政协', '提案']],
    ['张清', ['张', '清']],
    ['5G', ['5g']],
    ['５Ｇ', ['5g']],
    ['2024年', ['2024', '年']],
    ['“核”,', ['核']],
    ['', []],
  ])('%s → %j', (text, words) => {
    expect(searchWords(text)).toEqual(words);
  });
});

describe('spacedText: the text as the index stores it', () => {
  // Pagefind gives every whitespace-separated token a word position, and finds none for a token with no letter or
  // digit (+, ℃, “): such a token alone would break a phrase across it. So punctuation and symbols stay on a word.
  it.each([
    ['总投资42.9亿元,“核”在8-10个', '总 投资 42.9 亿 元,“ 核” 在 8- 10 个'],
    ['写着<b>字</b>', '写 着< b> 字</ b>'],
    ['全市推进互联网+医疗服务。', '全市 推进 互 联 网+ 医疗 服务。'],
    ['今天气温35℃左右。', '今天 气温 35℃ 左右。'],
    ['价格¥100元', '价格¥ 100 元'],
    ['“核”技术', '“核” 技术'],
    ['+5G', '+5G'],
    ['5G + 4G', '5G+ 4G'],
    ['+++', '+++'],
  ])('%s → %s: punctuation and symbols on the word before them, or the word after at the start', (text, spaced) => {
    expect(spacedText(text)).toBe(spaced);
  });

  it('has the same words as searchWords, in order', () => {
    const text = '在夹江核技术应用产业园,2024年全市5G基站(记者 张清)';
    const words = spacedText(text)
      .split(' ')
      .map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase())
      .filter(Boolean);
    expect(words).toEqual(searchWords(text));
  });
});

describe('snippetSegments: a snippet from the indexed text and the match locations', () => {
  /** The indexed text of a headline of `title` words and `slots - title` fillers, then `body`. */
  const content = (title: string, slots: number, body: string) => {
    const words = title.split(' ');
    return [...words, ...Array.from({ length: slots - words.length }, () => '\uE000'), body].join(' ');
  };
  const at = (text: string, word: string) => text.split(' ').indexOf(word);

  it('marks matches, undoes the spacing, joins a phrase into one mark', () => {
    const text = content('产业 筑基', 3, '在 夹 江 核 技术 应用 产业 园,');
    expect(snippetSegments(text, [at(text, '核'), at(text, '技术')])).toEqual([
      { text: '在夹江', match: false },
      { text: '核技术', match: true },
      { text: '应用产业园,', match: false },
    ]);
  });

  it('keeps spaces between Latin words and digits', () => {
    const text = content('认证', 2, '通过 ISO 9001 认证');
    expect(snippetSegments(text, [at(text, 'ISO'), at(text, '9001')])).toEqual([
      { text: '通过', match: false },
      { text: 'ISO 9001', match: true },
      { text: '认证', match: false },
    ]);
  });

  it('leaves out the headline and filler that lead the indexed text, and headline matches', () => {
    const text = content('暑假 安全', 4, '本 报 讯 孩子 的 暑假');
    expect(snippetSegments(text, [0, text.split(' ').lastIndexOf('暑假')])).toEqual([
      { text: '本报讯孩子的', match: false },
      { text: '暑假', match: true },
    ]);
  });

  it.each([
    // Sixty filler slots (a long headline elsewhere in the shard) and a headline match: the body from its start.
    [content('暑假 安全 提醒', 60, '本 报 讯 全市 中小学 近日 召开 安全 工作 会议,'), [0], '本报讯全市中小学近日召开安全工作会议,'],
    // No match at all: the same.
    [content('暑假', 60, '本 报 讯 全市'), [], '本报讯全市'],
  ])('a headline match in a shard of long headlines shows the body’s first words: %#', (text, locations, shown) => {
    expect(
      snippetSegments(text, locations)
        .map((s) => s.text)
        .join(''),
    ).toBe(shown);
  });

  it('shows about `length` words around the stretch of body that holds the most matches', () => {
    const body = [...'一二三四五六七八九十'.repeat(3)].join(' ') + ' 暑假 和 暑假 ' + [...'甲乙丙丁戊己庚辛'].join(' ');
    const text = content('夏令营', 2, `${body} 暑假`);
    const words = text.split(' ');
    const matches = words.flatMap((w, i) => (w === '暑假' ? [i] : []));
    const snippet = snippetSegments(text, matches, 10);
    expect(snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['暑假', '暑假']);
    expect(snippet.map((s) => s.text).join('')).toBe('九十暑假和暑假甲乙丙丁戊');
  });

  it('keeps markup in the text as text, marking a word’s letters, not the punctuation on it', () => {
    const text = content('标记 测试', 3, '网页 里 写 着< script> alert( 1)</ script> 和< mark> 假 标记</ mark>, 还有& amp; 符号');
    expect(snippetSegments(text, [0, text.split(' ').indexOf('标记</')])).toEqual([
      { text: '网页里写着<script>alert(1)</script>和<mark>假', match: false },
      { text: '标记', match: true },
      { text: '</mark>,还有&amp;符号', match: false },
    ]);
  });
});

describe('searchDocumentsOf', () => {
  it('makes one document per article of the seed edition, with what a result shows and a query matches', () => {
    const edition = loadEdition('data/papers/lsrb/2024-07-05', loadTaxonomy('data/taxonomy.json'), { slug: 'lsrb', name: '乐山日报' });
    const docs = searchDocumentsOf(edition);
    expect(docs).toHaveLength(edition.articles.length);
    const lead = docs[0]!;
    expect(lead).toMatchObject({
      url: urls.article('lsrb', '2024-07-05', edition.articles[0]!.id),
      paper: '乐山日报',
      paperSlug: 'lsrb',
      date: '2024-07-05',
      page: 1,
      pageName: null,
      headline: '产业筑基',
      kicker: '学习贯彻市委八届九次全会精神',
      byline: '记者 张清',
    });
    expect(lead.text).toContain('预计今年9月正式进场安装');
    // Sections are the article's slugs, named from the edition.
    expect(lead.sections.map((s) => s.slug)).toEqual(edition.articles[0]!.sections);
    expect(lead.sections.map((s) => s.name)).toEqual(
      edition.articles[0]!.sections.map((slug) => edition.sections.find((s) => s.slug === slug)!.name),
    );
    const feature = docs.find((d) => d.headline.startsWith('夹江县'))!;
    expect(feature.kicker).toBe('向新而行 以质致远');
    expect(feature.text).toContain('夹江核技术应用产业园'); // the caption
    const brief = docs.find((d) => d.headline.startsWith('网络对话'))!;
    expect(brief.text.startsWith('本报讯\n')).toBe(true);
  });
});

describe('markQuery: a headline with the query marked', () => {
  it.each([
    ['网络对话:快乐过暑假 娃娃安全不放假', '暑假', ['暑假']],
    ['全市政协提案工作座谈会暨委员讲堂召开', '政协 提案', ['政协提案']],
    ['全市5G基站突破三千个', '5g', ['5G']],
    ['全市５Ｇ基站', '5G', ['５Ｇ']],
    ['产业筑基', '核技术', []],
    // The query as the search understood it: quotes and punctuation dropped, each part's words as a phrase.
    ['网络对话:快乐过暑假 娃娃安全不放假', '"暑假"', ['暑假']],
    ['网络对话:快乐过暑假 娃娃安全不放假', '“暑假”', ['暑假']],
    ['全市政协提案工作座谈会暨委员讲堂召开', '政协,提案', ['政协提案']],
    ['政协委员提交提案', '政协,提案', []], // the phrase 政协 提案 is not there, as the search would say
    ['全市政协、提案工作', '政协,提案', ['政协、提案']],
    ['全市5G基站', '"5g"', ['5G']],
  ])('%s, %s → %j', (headline, query, marks) => {
    const segments = markQuery(headline, query);
    expect(segments.map((s) => s.text).join('')).toBe(headline);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(marks);
  });
});
