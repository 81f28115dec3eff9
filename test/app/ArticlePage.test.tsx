import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { briefs, feature, latestEdition, lead, LSRB, RMRB, shown, siteOf } from './fixtures.ts';
import { renderRoute, serveSite } from './renderRoute.tsx';

afterEach(() => vi.unstubAllGlobals());

const FEATURE_URL = `/lsrb/2024-07-05/article/${feature.id}`;

describe('the article page', () => {
  it('shows the series banner, headline hierarchy and title', async () => {
    renderRoute(FEATURE_URL);
    const headline = await screen.findByRole('heading', { level: 1, name: shown(feature.headline) });
    const article = within(screen.getByRole('article'));
    expect(article.getByText('向新而行 以质致远')).toBeInTheDocument();
    expect(article.getByText(shown(feature.subheadline!))).toBeInTheDocument();
    expect(headline.closest('hgroup')).toHaveTextContent(`——${feature.subheadline}`);
    await waitFor(() => expect(document.title).toBe(`${shown(feature.headline)} - 乐山日报`));
  });

  it('renders the blocks in order: paragraphs, subheads and the captioned photo slot', async () => {
    renderRoute(FEATURE_URL);
    const article = await screen.findByRole('article');
    // Walk every element in document order (a selector list may come back grouped by selector).
    const blocks = Array.from(article.querySelectorAll('*')).filter((element) => element.matches('p.indent-\\[2em\\], h2, figure'));
    const body = blocks.map((element) =>
      element.tagName === 'FIGURE' ? `figure:${element.querySelector('figcaption')?.textContent}` : element.textContent,
    );
    expect(body).toEqual([
      '作为国家“三线”建设重镇的夹江，拥有以“核、瓷、纸、茶”为代表的县域特色产业集群。',
      '厚植沃土 中国堆谷成链成群',
      '刚刚过去的6月，2024乐山核技术应用产业发展恳谈会暨重大项目签约仪式在夹江县举行。',
      'figure:夹江核技术应用产业园',
      '智改数转 特色陶瓷绿色升级',
      '作为“西部瓷都”的夹江，因瓷而兴、因瓷而盛、因瓷而名。',
      '创新驱动 研发转化全面发力',
      '培育发展新质生产力，科技是第一生产力、人才是第一资源、创新是第一动力。',
    ]);
    const figure = within(article).getByRole('figure');
    expect(figure.querySelector('figcaption')).toHaveTextContent('夹江核技术应用产业园');
    expect(within(article).getByRole('img', { name: /未收录/ })).toBeInTheDocument();
    expect(within(article).queryByRole('img', { name: /未收录/ })?.tagName).not.toBe('IMG');
  });

  it('shows the byline with roles and the reading time', async () => {
    renderRoute(FEATURE_URL);
    await screen.findByRole('heading', { level: 1 });
    const byline = screen.getByLabelText('作者');
    expect(byline).toHaveTextContent('记者 宋雪 文/图');
    expect(within(byline).getByText('宋雪')).toHaveClass('font-bold');
    expect(screen.getByText(/约\d+分钟读完/)).toBeInTheDocument();
  });

  it('shows the reading time the front page shows: one computation, captions included', async () => {
    // 1,300 characters of text and a 300-character caption: 3¼ minutes without the caption, 4 with it.
    const long = {
      ...latestEdition.articles[0]!,
      blocks: [
        { type: 'paragraph' as const, text: '长'.repeat(1300) },
        { type: 'figure' as const, caption: '图'.repeat(300), credit: null },
      ],
    };
    const site = serveSite(siteOf({ ...LSRB, editions: [{ ...latestEdition, articles: [long, ...latestEdition.articles.slice(1)] }] }));
    const front = renderRoute('/lsrb/2024-07-05/', site);
    const lead = within(await screen.findByRole('article', { name: shown(long.headline) }));
    const onFront = lead.getByText(/约\d+分钟/).textContent!.match(/约(\d+)分钟/)![1];
    front.unmount();
    renderRoute(`/lsrb/2024-07-05/article/${long.id}`, site);
    await screen.findByRole('heading', { level: 1, name: shown(long.headline) });
    expect(onFront).toBe('4');
    expect(screen.getByText(/约\d+分钟读完/)).toHaveTextContent(`约${onFront}分钟读完`);
  });

  it('says a teaser is only an excerpt, where the text stops and under the headline', async () => {
    const teaser = {
      ...latestEdition.articles[1]!,
      teaser: true,
      blocks: [{ type: 'paragraph' as const, text: '抚摸着柔软的鞋面,思绪顿时飞回往...' }],
    };
    const site = serveSite(
      siteOf({ ...LSRB, editions: [{ ...latestEdition, articles: latestEdition.articles.map((a) => (a.id === teaser.id ? teaser : a)) }] }),
    );
    renderRoute(`/lsrb/2024-07-05/article/${teaser.id}`, site);
    await screen.findByRole('heading', { level: 1, name: shown(teaser.headline) });
    const article = within(screen.getByRole('article'));
    expect(article.getByText(/约\d+分钟读完/)).toHaveTextContent(/摘要，非全文$/);
    expect(article.getByRole('note')).toHaveTextContent('以上是版面上的内容提要，报纸在此截断，并非全文。');
  });

  it('names an article printed without a headline in small grey type, not as a big headline', async () => {
    const untitled = { ...latestEdition.articles[1]!, headline: '' };
    const site = serveSite(
      siteOf({ ...LSRB, editions: [{ ...latestEdition, articles: latestEdition.articles.map((a) => (a.id === untitled.id ? untitled : a)) }] }),
    );
    renderRoute(`/lsrb/2024-07-05/article/${untitled.id}`, site);
    const heading = await screen.findByRole('heading', { level: 1, name: '（无标题）' });
    expect(heading).toHaveClass('text-muted');
    expect(heading.className).not.toMatch(/text-(2|3|4)xl/);
  });

  it('says nothing of excerpts on a full article', async () => {
    renderRoute(FEATURE_URL);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/非全文/)).not.toBeInTheDocument();
  });

  it('shows the source line printed with the byline, as printed', async () => {
    renderRoute('/rmrb/2024-07-05/article/man-huai', serveSite(siteOf(LSRB, RMRB)));
    await screen.findByRole('heading', { level: 1, name: '满怀信心迎接新的一年' });
    expect(within(screen.getByRole('article')).getByText('《人民日报》（2024年07月05日第 01 版）').closest('p')).toHaveTextContent(
      /^出处：《人民日报》（2024年07月05日第 01 版）$/,
    );
    expect(screen.getByLabelText('作者')).toHaveTextContent('本报记者 王政');
  });

  it('shows no source line for an article printed without one', async () => {
    renderRoute(FEATURE_URL);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/^出处：/)).not.toBeInTheDocument();
  });

  it('puts the dateline in front of the first paragraph of a brief', async () => {
    renderRoute(`/lsrb/2024-07-05/article/${briefs[0]!.id}`);
    const first = await screen.findByText(briefs[0]!.summary);
    expect(first).toHaveTextContent(`本报讯 ${briefs[0]!.summary}`);
    expect(screen.getByLabelText('作者')).toHaveTextContent('记者 戴余乐');
  });

  it('links to its sections in the edition', async () => {
    renderRoute(FEATURE_URL);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('link', { name: '经济' })).toHaveAttribute('href', '/lsrb/2024-07-05/section/economy');
  });

  it('links to the previous and next article of the edition and back to the front page', async () => {
    renderRoute(`/lsrb/2024-07-05/article/${lead.id}`);
    await screen.findByRole('heading', { level: 1, name: lead.headline });
    const pager = within(screen.getByRole('navigation', { name: '上一篇和下一篇' }));
    expect(pager.queryByText('上一篇')).not.toBeInTheDocument();
    expect(pager.getByRole('link', { name: `下一篇：${briefs[0]!.headline}` })).toHaveAttribute('href', `/lsrb/2024-07-05/article/${briefs[0]!.id}`);
    expect(screen.getByRole('link', { name: '返回头版' })).toHaveAttribute('href', '/lsrb/2024-07-05/');
  });

  it('moves focus to the new headline after following 下一篇', async () => {
    renderRoute(`/lsrb/2024-07-05/article/${briefs[3]!.id}`);
    await screen.findByRole('heading', { level: 1, name: shown(briefs[3]!.headline) });
    await userEvent.click(screen.getByRole('link', { name: `下一篇：${shown(feature.headline)}` }));
    const next = await screen.findByRole('heading', { level: 1, name: shown(feature.headline) });
    // Focus moves in an effect after the page is drawn (FocusOnNavigate): wait for it.
    await waitFor(() => expect(next).toHaveFocus());
    expect(screen.getByRole('link', { name: `上一篇：${shown(briefs[3]!.headline)}` })).toBeInTheDocument();
  });

  it('opens from the front page without fetching the edition again', async () => {
    const { fetchMock } = renderRoute('/lsrb/2024-07-04/');
    await userEvent.click(await screen.findByRole('link', { name: '七月四日的头条' }));
    await screen.findByRole('heading', { level: 1, name: '七月四日的头条' });
    await userEvent.click(screen.getByRole('link', { name: '返回头版' }));
    await screen.findByRole('heading', { level: 1, name: '乐山日报' });
    await userEvent.click(await screen.findByRole('link', { name: /后一期/ }));
    await userEvent.click(await screen.findByRole('link', { name: shown(feature.headline) }));
    await screen.findByRole('heading', { level: 1, name: shown(feature.headline) });
    await userEvent.click(screen.getByRole('link', { name: '返回头版' }));
    await screen.findByRole('heading', { level: 1, name: '乐山日报' });
    const urls = fetchMock.mock.calls.map(([url]) => String(url));
    // The 4 July index once; 5 July is the latest, inside site.json: no index fetch at all.
    expect(urls.filter((url) => url.endsWith('/index.json'))).toEqual(['/data/lsrb/2024-07-04/index.json']);
    expect(urls.filter((url) => url.endsWith(`${feature.id}.json`))).toHaveLength(1);
  });
});
