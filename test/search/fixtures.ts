/**
 * A small search index for tests: the seed edition plus a few written documents (another paper, an older year,
 * Latin letters inside Chinese, hostile markup), built with the real indexer into a temporary folder and served
 * by the static server, so the real Pagefind client runs against it in Node.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadEdition, loadTaxonomy } from '../../src/cli/loadEdition.ts';
import { parsePage } from '../../src/ingest/parsePage.ts';
import { buildSearchIndex } from '../../src/search/buildSearchIndex.ts';
import { searchDocumentsOf, type SearchDocument } from '../../src/search/searchDocument.ts';
import { createSearch, type PagefindModule, type SearchFunction } from '../../src/app/search/search.ts';
import { urls } from '../../src/schema/urls.ts';
import { SEARCH_FOLDER } from '../../src/search/searchIndexFiles.ts';
import { startStaticServer, type StaticServer } from '../../src/cli/staticServer.ts';

export function seedDocuments(): SearchDocument[] {
  const edition = loadEdition('data/papers/lsrb/2024-07-05', loadTaxonomy('data/taxonomy.json'), { slug: 'lsrb', name: '乐山日报' });
  return searchDocumentsOf(edition);
}

const TECH = { slug: 'technology', name: '科技' };
const EDUCATION = { slug: 'education', name: '教育' };
const POLITICS = { slug: 'politics', name: '时政' };

const written = (doc: Partial<SearchDocument> & Pick<SearchDocument, 'url' | 'date' | 'headline' | 'text'>): SearchDocument => ({
  paper: '乐山日报',
  paperSlug: 'lsrb',
  page: 1,
  pageName: '要闻',
  sections: [TECH],
  kicker: null,
  subheadline: null,
  byline: null,
  ...doc,
});

/** A byline as the parser leaves it, name spaced for width as 人民日报 sets it. */
const spacedByline = parsePage('# 具身智能\n> 本报记者  王  政《人民日报》（2025年01月08日第 18 版）\n正文。').articles[0]?.byline ?? null;

export const WRITTEN: SearchDocument[] = [
  written({
    url: urls.article('lsrb', '2024-03-01', 'spaced-name'),
    date: '2024-03-01',
    headline: '具身智能让机器人更聪慧',
    byline: spacedByline,
    text: '机器人在展厅里迎接观众。',
  }),
  written({
    url: urls.article('lsrb', '2024-06-01', '5g'),
    date: '2024-06-01',
    headline: '全市5G基站突破三千个',
    text: '截至目前,全市累计建成5G基站3260个,实现城区和乡镇网络全覆盖。',
  }),
  written({
    url: urls.article('lsrb', '2024-07-01', 'rural-network'),
    date: '2024-07-01',
    headline: '乡村网络提速',
    text: '今年新建的5G基站多数在乡镇。',
  }),
  written({
    url: urls.article('lsrb', '2023-03-02', 'summer-2023'),
    date: '2023-03-02',
    page: 3,
    pageName: '教育',
    sections: [EDUCATION],
    headline: '寒假安全提醒',
    byline: '记者 张清',
    text: '去年暑假期间,全市未发生学生溺水事故。夹竹桃与江边的柳树都开了花。',
  }),
  written({
    url: urls.article('sichuan', '2024-05-20', 'other-paper'),
    paper: '四川日报',
    paperSlug: 'sichuan',
    date: '2024-05-20',
    page: 2,
    pageName: '要闻',
    sections: [POLITICS],
    headline: '省政协提案办理工作推进会召开',
    text: '会议要求提高提案办理质量。',
  }),
  written({
    url: urls.article('lsrb', '2024-06-02', 'symbols'),
    date: '2024-06-02',
    headline: '医疗服务进社区',
    text: '全市推进互联网+医疗服务。今天气温35℃左右。',
  }),
  written({
    url: urls.article('lsrb', '2024-01-10', 'hostile'),
    date: '2024-01-10',
    headline: '标记测试',
    text: '网页里写着<script>alert(1)</script>和<mark>假标记</mark>,还有&amp;符号,都只是文字。',
  }),
];

export interface TestIndex {
  search: SearchFunction;
  dir: string;
  server: StaticServer;
  close: () => Promise<void>;
}

/** Builds the index of `documents` and serves it; `search` runs Pagefind's real client in Node. */
export async function startTestIndex(documents: SearchDocument[]): Promise<TestIndex> {
  const root = mkdtempSync(join(tmpdir(), 'search-test-'));
  await buildSearchIndex(documents, join(root, SEARCH_FOLDER));
  const served = await serveSearch(root);
  return {
    ...served,
    close: async () => {
      await served.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

let loads = 0;

/**
 * Serves a site folder that holds the index (`pagefind/`); `search` is a new client of its index (call again after the index
 * changed: each client imports the shards' scripts afresh, as a new page visit would).
 */
export async function serveSearch(root: string): Promise<TestIndex> {
  const dir = join(root, SEARCH_FOLDER);
  const server = await startStaticServer(root);
  const indexUrl = `${server.url}/${SEARCH_FOLDER}/`;
  // Node cannot import over http: load the same script from the folder the server serves, once per client.
  const visit = ++loads;
  const load = (url: string) => {
    const [path, query] = url.slice(indexUrl.length).split('?');
    return import(`${pathToFileURL(join(dir, path!)).href}?visit=${visit}${query ? `&${query}` : ''}`) as Promise<PagefindModule>;
  };
  return { search: createSearch(indexUrl, load), dir, server, close: () => server.close() };
}
