import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { SearchResults, type SearchResultsProps } from '../../src/app/search/SearchResults.tsx';
import type { SearchFilters, SearchResult } from '../../src/app/search/search.ts';

const result = (over: Partial<SearchResult>): SearchResult => ({
  url: '/lsrb/2024-07-05/article/1-abc',
  headline: '网络对话:快乐过暑假 娃娃安全不放假',
  paper: '乐山日报',
  date: '2024-07-05',
  page: 1,
  pageName: '要闻',
  sections: ['教育', '社会'],
  snippet: [
    { text: '开展“快乐过', match: false },
    { text: '暑假', match: true },
    { text: ' 娃娃安全不放假”', match: false },
  ],
  ...over,
});

function renderResults(props: Partial<SearchResultsProps> = {}) {
  const all: SearchResultsProps = {
    query: '暑假',
    results: [result({}), result({ url: '/lsrb/2023-03-02/article/2-x', headline: '', date: '2023-03-02', page: 3, pageName: null, sections: [] })],
    count: 2,
    complete: true,
    loading: false,
    onLoadMore: vi.fn(),
    filters: {},
    onFiltersChange: vi.fn(),
    papers: [
      { slug: 'lsrb', name: '乐山日报' },
      { slug: 'sichuan', name: '四川日报' },
    ],
    sections: [
      { slug: 'education', name: '教育' },
      { slug: 'politics', name: '时政' },
    ],
    ...props,
  };
  render(
    <MemoryRouter>
      <SearchResults {...all} />
    </MemoryRouter>,
  );
  return all;
}

describe('SearchResults', () => {
  it('shows the count and each result: headline link, paper, date, 版, sections, snippet with <mark>', () => {
    renderResults();
    expect(screen.getByRole('status')).toHaveTextContent('找到2篇');
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = within(items[0]!);
    expect(first.getByRole('link', { name: '网络对话：快乐过暑假 娃娃安全不放假' })).toHaveAttribute('href', '/lsrb/2024-07-05/article/1-abc');
    expect(first.getByText('2024年7月5日 星期五')).toHaveAttribute('datetime', '2024-07-05');
    expect(items[0]).toHaveTextContent('乐山日报 · 2024年7月5日 星期五 · 第1版 · 要闻 · 教育 · 社会');
    // The query marked in the headline and in the snippet, as elements.
    expect([...items[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['暑假', '暑假']);
    expect(items[0]!.querySelector('h3 mark')).toHaveTextContent('暑假');
    expect(within(items[1]!).getByRole('link', { name: '（无标题）' })).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('第3版');
  });

  it('shows a result’s photo as a small lazy thumbnail beside it, and none when it has none', () => {
    renderResults({ results: [result({ image: 'demo/2024-07-05/photos/1-1-400.webp' }), result({ url: '/lsrb/2024-07-05/article/2' })], count: 2 });
    const [withPhoto, without] = screen.getAllByRole('listitem');
    const thumbnail = withPhoto!.querySelector('img')!;
    expect(thumbnail).toHaveAttribute('src', '/data/demo/2024-07-05/photos/1-1-400.webp');
    expect(thumbnail).toHaveAttribute('loading', 'lazy');
    expect(thumbnail).toHaveAttribute('alt', '');
    expect(without!.querySelector('img')).toBeNull();
  });

  it('renders markup in a snippet as text, never as elements', () => {
    renderResults({
      results: [
        result({
          snippet: [
            { text: '<script>alert(1)</script><b>粗</b>', match: false },
            { text: '<img src=x>', match: true },
          ],
        }),
      ],
      count: 1,
    });
    const item = screen.getByRole('listitem');
    expect(item.querySelector('script, b, img')).toBeNull();
    expect(item).toHaveTextContent('<script>alert(1)</script><b>粗</b><img src=x>');
    expect(item.querySelector('p mark')).toHaveTextContent('<img src=x>');
  });

  it('shows a snippet’s half-width punctuation beside Chinese full-width, as the article does, marks kept', () => {
    renderResults({
      results: [
        result({
          snippet: [
            { text: '在夹江', match: false },
            { text: '核技术', match: true },
            { text: '应用产业园,组瑞特医用?', match: false },
          ],
        }),
      ],
      count: 1,
    });
    const snippet = screen.getByRole('listitem').querySelector('p.font-serif')!;
    expect(snippet).toHaveTextContent('在夹江核技术应用产业园，组瑞特医用？');
    expect(snippet.querySelector('mark')).toHaveTextContent('核技术');
  });

  it('says when nothing matched', () => {
    renderResults({ query: '量子计算机', results: [], count: 0 });
    expect(screen.getByText(/没有找到与「/)).toHaveTextContent('没有找到与「量子计算机」相关的文章');
    // The hint in Chinese punctuation, as all of the reader's own text.
    expect(screen.getByText(/^换个说法/)).toHaveTextContent(/^换个说法，少用几个词，或放宽筛选条件再试。$/);
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('offers more while results remain or older years are unsearched, and asks for them', async () => {
    const { onLoadMore } = renderResults({ count: 5 });
    await userEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(onLoadMore).toHaveBeenCalledOnce();
  });

  it('says when loading more failed, keeps the results shown, and retries on request', async () => {
    const { onLoadMore } = renderResults({ count: 5, complete: false, loadMoreFailed: true });
    expect(screen.getByRole('alert')).toHaveTextContent('没能载入更多结果');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: '重试' }));
    expect(onLoadMore).toHaveBeenCalledOnce();
  });

  it('disables the retry while it is on its way', () => {
    renderResults({ count: 5, complete: false, loadMoreFailed: true, loading: true });
    expect(screen.getByRole('button', { name: '正在重试…' })).toBeDisabled();
  });

  it('offers more when older years remain, and says so in the count', () => {
    renderResults({ complete: false });
    expect(screen.getByRole('status')).toHaveTextContent('找到2篇，更早的年份在加载更多时继续搜索');
    expect(screen.getByRole('button', { name: '加载更多' })).toBeEnabled();
  });

  it('offers no more when every result is shown', () => {
    renderResults();
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
  });

  it('shows a loading state and a busy list', () => {
    renderResults({ results: [], count: 0, complete: false, loading: true });
    expect(screen.getByRole('status')).toHaveTextContent('正在搜索…');
    expect(screen.getByRole('region', { name: '搜索结果' })).toHaveAttribute('aria-busy', 'true');
  });

  it('has filters as labelled controlled inputs: a change goes to the caller, which owns the state', async () => {
    const changes: SearchFilters[] = [];
    function Harness() {
      const [filters, setFilters] = useState<SearchFilters>({ section: 'education' });
      return (
        <MemoryRouter>
          <SearchResults
            query="暑假"
            results={[]}
            count={0}
            complete
            loading={false}
            onLoadMore={() => {}}
            filters={filters}
            onFiltersChange={(next) => {
              changes.push(next);
              setFilters(next);
            }}
            papers={[
              { slug: 'lsrb', name: '乐山日报' },
              { slug: 'sichuan', name: '四川日报' },
            ]}
            sections={[
              { slug: 'education', name: '教育' },
              { slug: 'politics', name: '时政' },
            ]}
          />
        </MemoryRouter>
      );
    }
    render(<Harness />);
    expect(screen.getByLabelText('话题')).toHaveValue('education');
    await userEvent.selectOptions(screen.getByLabelText('报纸'), 'sichuan');
    await userEvent.selectOptions(screen.getByLabelText('话题'), '');
    await userEvent.type(screen.getByLabelText('版次'), '3');
    await userEvent.type(screen.getByLabelText('从'), '2024-01-01');
    expect(changes.at(-1)).toEqual({ paper: 'sichuan', section: null, page: 3, from: '2024-01-01' });
    expect(screen.getByLabelText('报纸')).toHaveValue('sichuan');
  });

  it('hides the paper filter when there is one paper', () => {
    renderResults({ papers: [{ slug: 'lsrb', name: '乐山日报' }] });
    expect(screen.queryByLabelText('报纸')).toBeNull();
  });
});
