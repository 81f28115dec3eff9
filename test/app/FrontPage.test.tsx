import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { briefs, DATE, feature, latestEdition, lead, LSRB, OLDER_DATE, RMRB, shown, siteOf } from './fixtures.ts';
import { fetchedPaths, renderRoute, serveSite } from './renderRoute.tsx';

afterEach(() => vi.unstubAllGlobals());

const FRONT = `/lsrb/${DATE}/`;

describe('the front page', () => {
  it('shows the latest edition at / with masthead, date and pages, from site.json alone', async () => {
    const { fetchMock } = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: '乐山日报' })).toBeInTheDocument();
    const banner = within(screen.getByRole('banner'));
    expect(banner.getByText('2024年7月5日 星期五', { selector: 'time' })).toBeInTheDocument();
    expect(banner.getByText('中共乐山市委机关报')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('乐山日报 2024年7月5日 星期五'));
    expect(fetchedPaths(fetchMock)).toEqual(['/data/site.json']);
  });

  it.each(['/', '/lsrb/', '/lsrb', FRONT])('shows the same edition at %s', async (url) => {
    renderRoute(url);
    expect(await screen.findByRole('link', { name: lead.headline })).toHaveAttribute('href', `/lsrb/${DATE}/article/${lead.id}`);
  });

  it('shows page 1 in full: the lead, its kicker, the briefs', async () => {
    renderRoute(FRONT);
    await screen.findByRole('heading', { level: 1, name: '乐山日报' });
    const storyHeadings = screen.getAllByRole('heading', { level: 2 });
    expect(storyHeadings[0]).toHaveTextContent(lead.headline);
    expect(screen.getByText(lead.kicker!)).toBeInTheDocument();
    const list = within(screen.getByRole('region', { name: '简讯' }));
    expect(list.getAllByRole('listitem')).toHaveLength(briefs.length);
  });

  it('lists the other pages under 要目, each page and headline linked, and no page-2 story in full', async () => {
    renderRoute(FRONT);
    const contents = within(await screen.findByRole('region', { name: '要目' }));
    expect(contents.getByRole('link', { name: '第2版 产经' })).toHaveAttribute('href', `/lsrb/${DATE}/page/2`);
    expect(contents.getByRole('link', { name: shown(feature.headline) })).toHaveAttribute('href', `/lsrb/${DATE}/article/${feature.id}`);
    expect(contents.queryByRole('link', { name: '第1版 要闻' })).not.toBeInTheDocument();
    // The feature's summary and series banner belong to its page, not the front page.
    expect(screen.queryByText('向新而行 以质致远')).not.toBeInTheDocument();
  });

  it('does not show a banner that had no story under it', async () => {
    renderRoute(FRONT);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/产业强市 旅游兴市/)).not.toBeInTheDocument();
    expect(screen.queryByText(/本期未见正文/)).not.toBeInTheDocument();
  });

  it('lists the pages in the masthead as links, the current one marked', async () => {
    renderRoute(FRONT);
    const pages = within(await screen.findByRole('navigation', { name: '版面' }));
    expect(pages.getByRole('link', { name: '第1版 要闻' })).toHaveAttribute('aria-current', 'page');
    expect(pages.getByRole('link', { name: '第1版 要闻' })).toHaveAttribute('href', FRONT);
    expect(pages.getByRole('link', { name: '第2版 产经' })).toHaveAttribute('href', `/lsrb/${DATE}/page/2`);
  });

  it('steps to the previous edition and back', async () => {
    const { router } = renderRoute(FRONT);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('link', { name: /后一期/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: '前一期：2024年7月4日 星期四' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/lsrb/${OLDER_DATE}/`));
    expect(await screen.findByRole('link', { name: '七月四日的头条' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: /后一期/ }));
    expect(await screen.findByRole('link', { name: lead.headline })).toBeInTheDocument();
  });

  it('links the masthead name to the paper’s latest edition', async () => {
    renderRoute(`/lsrb/${OLDER_DATE}/`);
    const title = await screen.findByRole('heading', { level: 1, name: '乐山日报' });
    expect(within(title).getByRole('link')).toHaveAttribute('href', '/lsrb/');
  });
});

describe('the lead story’s link', () => {
  it.each([
    ['a full article', false, '阅读全文'],
    ['a teaser from an overview page', true, '阅读摘要'],
  ])('says so for %s', async (_name, teaser, label) => {
    const editions = LSRB.editions.map((e) =>
      e.date === OLDER_DATE ? { ...e, articles: e.articles.map((a, i) => (i === 0 ? { ...a, teaser } : a)) } : e,
    );
    const files = siteOf({ ...LSRB, editions });
    expect(files.has(dataPaths.editionIndex('lsrb', OLDER_DATE))).toBe(true);
    renderRoute(`/lsrb/${OLDER_DATE}/`, serveSite(files));
    expect(await screen.findByRole('link', { name: `${label}：七月四日的头条` })).toBeInTheDocument();
  });
});

describe('the 栏目 (topic sections)', () => {
  it('marks the topics as the reader’s own guess from keywords, never as the paper’s columns', async () => {
    renderRoute(FRONT);
    const nav = await screen.findByRole('navigation', { name: '话题（按关键词自动归类）' });
    expect(nav).toHaveTextContent(/^话题 · 按关键词自动归类，不是报纸的栏目/);
    expect(screen.queryByRole('navigation', { name: '栏目' })).not.toBeInTheDocument();
  });

  it('shows no topic filter when it would offer a single topic (四川科技报: 综合 8)', async () => {
    const one = {
      ...latestEdition,
      sections: [{ slug: 'general', name: '综合', count: 6 }],
      articles: latestEdition.articles.map((a) => ({ ...a, sections: ['general'] })),
    };
    renderRoute(FRONT, serveSite(siteOf({ ...LSRB, editions: [one] })));
    await screen.findByRole('region', { name: '要目' });
    expect(screen.queryByRole('navigation', { name: /话题|栏目/ })).not.toBeInTheDocument();
  });

  it('lists the topic sections with the counts ingest wrote, and 全部; page names are not among them', async () => {
    renderRoute(FRONT);
    const nav = within(await screen.findByRole('navigation', { name: '话题（按关键词自动归类）' }));
    expect(nav.getByRole('link', { name: '全部6篇' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: '经济2篇' })).toHaveAttribute('href', `/lsrb/${DATE}/section/economy`);
    expect(nav.getByRole('link', { name: '时政3篇' })).toBeInTheDocument();
    expect(nav.queryByRole('link', { name: /要闻|产经/ })).not.toBeInTheDocument();
  });

  it('opens a section with its articles from every page, and goes back', async () => {
    const { router } = renderRoute(FRONT);
    const nav = within(await screen.findByRole('navigation', { name: '话题（按关键词自动归类）' }));
    await userEvent.click(nav.getByRole('link', { name: '经济2篇' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('话题「经济」，共2篇'));
    expect(router.state.location.pathname).toBe(`/lsrb/${DATE}/section/economy`);
    expect(screen.getByRole('link', { name: shown(feature.headline) })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: briefs[0]!.headline })).not.toBeInTheDocument();
    await router.navigate(-1);
    expect(await screen.findByRole('region', { name: '要目' })).toBeInTheDocument();
  });

  it('sends an old ?section= link to the section’s URL', async () => {
    const { router } = renderRoute(`/lsrb/${DATE}?section=education`);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('话题「教育」，共1篇'));
    expect(router.state.location.pathname).toBe(`/lsrb/${DATE}/section/education`);
  });

  it('sends a URL from before papers had slugs to the same page', async () => {
    const { router } = renderRoute(`/${DATE}/article/${feature.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: shown(feature.headline) })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/lsrb/${DATE}/article/${feature.id}`);
  });

  describe('a URL from before papers had slugs, on a site of two papers with an edition the same day', () => {
    const twoPapers = () => serveSite(siteOf(LSRB, RMRB));
    it.each([
      [`/${DATE}/article/${feature.id}`, `/lsrb/${DATE}/article/${feature.id}`, shown(feature.headline)],
      [`/${DATE}/article/man-huai`, `/rmrb/${DATE}/article/man-huai`, '满怀信心迎接新的一年'],
      [`/${OLDER_DATE}/article/older-lead`, `/lsrb/${OLDER_DATE}/article/older-lead`, '七月四日的头条'],
    ])('%s lands on %s, in the paper that has that article', async (old, landing, headline) => {
      const { router } = renderRoute(old, twoPapers());
      expect(await screen.findByRole('heading', { level: 1, name: headline })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe(landing);
    });

    it.each([`/${OLDER_DATE}`, `/${OLDER_DATE}/`])('the bare date %s, which only one paper has, lands on that paper’s edition', async (old) => {
      const { router } = renderRoute(old, twoPapers());
      expect(await screen.findByRole('link', { name: '七月四日的头条' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe(`/lsrb/${OLDER_DATE}/`);
    });

    it.each([`/${DATE}/article/no-such-article`, '/2024-01-01/article/man-huai'])('%s, which no paper has, is the 404 view', async (old) => {
      renderRoute(old, twoPapers());
      expect(await screen.findByText('没有这个页面。')).toBeInTheDocument();
    });
  });
});
