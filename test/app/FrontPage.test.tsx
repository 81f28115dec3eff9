import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { briefs, edition, feature, lead } from './fixtures.ts';
import { json, renderRoute, serveFixtures } from './renderRoute.tsx';

afterEach(() => vi.unstubAllGlobals());

describe('the front page', () => {
  it('shows the latest edition at / with masthead, date and pages', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: '乐山日报' })).toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('2024年7月5日 星期五', { selector: 'time' })).toBeInTheDocument();
    expect(within(banner).getByText(/共2版/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('乐山日报 2024年7月5日 星期五'));
  });

  it('shows every headline of the edition, the lead as the first story heading', async () => {
    renderRoute('/2024-07-05');
    await screen.findByRole('heading', { level: 1, name: '乐山日报' });
    for (const article of edition.articles) {
      expect(screen.getByRole('link', { name: article.headline })).toHaveAttribute(
        'href',
        `/2024-07-05/article/${article.id}`,
      );
    }
    const storyHeadings = screen.getAllByRole('heading', { level: 2 });
    expect(storyHeadings[0]).toHaveTextContent(lead.headline);
    expect(screen.getByText(lead.kicker!)).toBeInTheDocument();
    expect(screen.getByText(feature.subheadline!)).toBeInTheDocument();
  });

  it('shows series banners, including one with no article under it', async () => {
    renderRoute('/2024-07-05');
    expect(await screen.findByText('向新而行 以质致远')).toBeInTheDocument();
    expect(screen.getByText('产业强市 旅游兴市')).toBeInTheDocument();
  });

  it('lists the briefs under 简讯', async () => {
    renderRoute('/2024-07-05');
    const list = within(await screen.findByRole('region', { name: '简讯' }));
    expect(list.getAllByRole('listitem')).toHaveLength(briefs.length);
  });

  it.each([
    ['a full article', false, '阅读全文'],
    ['a teaser from an overview page', true, '阅读摘要'],
  ])('links the lead story as %s', async (_name, teaser, label) => {
    const index = { ...edition, articles: edition.articles.map((a) => (a.id === lead.id ? { ...a, teaser } : a)) };
    renderRoute('/2024-07-05', (url) => (url.endsWith('/2024-07-05/index.json') ? json(index) : serveFixtures(url)));
    expect(await screen.findByRole('link', { name: `${label}:${lead.headline}` })).toBeInTheDocument();
  });

  it('offers every edition, latest first, when there are several', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    const older = screen.getByRole('link', { name: /2024年7月4日/ });
    const latest = screen.getByRole('link', { name: /2024年7月5日/ });
    expect(latest.compareDocumentPosition(older) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(older).toHaveAttribute('href', '/2024-07-04');
  });
});

describe('the section filter', () => {
  it('lists every section with its article count and 全部', async () => {
    renderRoute('/2024-07-05');
    const nav = within(await screen.findByRole('navigation', { name: /栏目/ }));
    expect(nav.getByRole('link', { name: '全部6篇' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: '经济2篇' })).toBeInTheDocument();
    expect(nav.getByRole('link', { name: '时政3篇' })).toBeInTheDocument();
    expect(nav.getByRole('link', { name: '医疗健康1篇' })).toBeInTheDocument();
  });

  it('narrows the front page and writes the choice into the URL', async () => {
    const { router } = renderRoute('/2024-07-05');
    const nav = within(await screen.findByRole('navigation', { name: /栏目/ }));
    await userEvent.click(nav.getByRole('link', { name: '教育1篇' }));

    expect(await screen.findByText('栏目「教育」,共1篇')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/2024-07-05');
    expect(router.state.location.search).toBe('?section=jiaoyu');
    expect(screen.getByRole('link', { name: '网络对话:快乐过暑假 娃娃安全不放假' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: lead.headline })).not.toBeInTheDocument();
    expect(nav.getByRole('link', { name: '教育1篇' })).toHaveAttribute('aria-current', 'page');

    await router.navigate(-1);
    expect(await screen.findByRole('link', { name: lead.headline })).toBeInTheDocument();
  });

  it('keeps the section when the page is opened from a shared URL', async () => {
    renderRoute('/2024-07-05?section=jingji');
    expect(await screen.findByText('栏目「经济」,共2篇')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: feature.headline })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: briefs[0]!.headline })).not.toBeInTheDocument();
  });

  it('says so when a section has nothing in this edition', async () => {
    renderRoute('/2024-07-05?section=tiyu');
    expect(await screen.findByText('本期「体育」栏目没有文章。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看全部文章' })).toHaveAttribute('href', '/2024-07-05');
  });

  it('shows the 404 state for an unknown section', async () => {
    renderRoute('/2024-07-05?section=no-such-section');
    expect(await screen.findByRole('heading', { level: 1, name: /找不到页面/ })).toBeInTheDocument();
    expect(screen.getByText('这期报纸没有这个栏目。')).toBeInTheDocument();
  });
});
