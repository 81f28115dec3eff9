import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute, serveFixtures } from './renderRoute.tsx';

afterEach(() => vi.unstubAllGlobals());

describe('the 404 state', () => {
  it.each([
    ['an edition that does not exist', '/lsrb/2024-07-01/', '没有这一天的报纸。'],
    ['a date before the first edition', '/lsrb/2001-01-01/', '没有这一天的报纸。'],
    ['a date that is not a date', '/lsrb/not-a-date', '没有这一天的报纸。'],
    ['an unknown paper', '/no-such-paper/', '本站没有这份报纸。'],
    ['an unknown paper with a date', '/xyz/2024-07-05/', '本站没有这份报纸。'],
    ['a page the edition does not have', '/lsrb/2024-07-05/page/3', '这期报纸没有这一版。'],
    ['a page that is not a number', '/lsrb/2024-07-05/page/2a', '这期报纸没有这一版。'],
    ['a section the edition does not have', '/lsrb/2024-07-05/section/sports', '这期报纸没有这个话题。'],
    ['an old section link the edition does not have', '/lsrb/2024-07-05/?section=sports', '这期报纸没有这个话题。'],
    ['an article id not in the edition', '/lsrb/2024-07-05/article/no-such-article', '这期报纸里没有这篇文章。'],
    ['an unknown path', '/lsrb/2024-07-05/article/x/y', '没有这个页面。'],
  ])('shows for %s, with a link home', async (_what, url, message) => {
    renderRoute(url);
    expect(await screen.findByRole('heading', { level: 1, name: /找不到页面/ })).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '回到最新一期' })).toHaveAttribute('href', '/');
    // The shell stays: masthead and landmarks, not a bare error.
    expect(screen.getByRole('banner')).toHaveTextContent(url.startsWith('/lsrb/') ? '乐山日报' : '报纸阅读');
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('does not fetch an article file the edition does not list', async () => {
    const { fetchMock } = renderRoute('/lsrb/2024-07-05/article/no-such-article');
    await screen.findByRole('heading', { level: 1, name: /找不到页面/ });
    expect(fetchMock.mock.calls.map(([url]) => String(url))).not.toContainEqual(expect.stringContaining('/articles/'));
  });
});

describe('the error state', () => {
  it('shows a retry button when the edition fails to load, and retrying recovers', async () => {
    let online = false;
    renderRoute('/lsrb/2024-07-04/', (url) => {
      if (!online && url.endsWith('/index.json')) return Promise.reject(new TypeError('Failed to fetch'));
      return serveFixtures(url);
    });
    expect(await screen.findByRole('heading', { level: 1, name: '加载失败' })).toBeInTheDocument();
    const retry = screen.getByRole('button', { name: '重试' });

    online = true;
    await userEvent.click(retry);
    expect(await screen.findByRole('link', { name: '七月四日的头条' })).toBeInTheDocument();
  });

  it('retries a transient failure with backoff before giving up', async () => {
    const { fetchMock } = renderRoute('/lsrb/2024-07-04/', (url) =>
      url.endsWith('/index.json') ? new Response('busy', { status: 503 }) : serveFixtures(url),
    );
    await screen.findByRole('heading', { level: 1, name: '加载失败' });
    expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/index.json'))).toHaveLength(4);
  });

  it('treats data that fails the schema as an error, not a crash, and does not retry it', async () => {
    const { fetchMock } = renderRoute('/lsrb/2024-07-04/', (url) =>
      url.endsWith('/index.json') ? new Response('<!doctype html><p>SPA fallback</p>', { status: 200 }) : serveFixtures(url),
    );
    expect(await screen.findByRole('heading', { level: 1, name: '数据有误，无法显示' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
    expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/index.json'))).toHaveLength(1);
  });

  it('offers a retry on a 404 for an edition the archive lists (a deploy half done)', async () => {
    renderRoute('/lsrb/2024-07-04/', (url) => (url.endsWith('/2024-07-04/index.json') ? new Response('gone', { status: 404 }) : serveFixtures(url)));
    expect(await screen.findByText(/目录里有它/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });

  it('still offers a retry when even site.json fails', async () => {
    renderRoute('/', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await screen.findByRole('heading', { level: 1, name: '加载失败' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});
