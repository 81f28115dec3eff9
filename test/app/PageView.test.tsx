import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DATE, feature, lead, shown } from './fixtures.ts';
import { renderRoute } from './renderRoute.tsx';

afterEach(() => vi.unstubAllGlobals());

describe('a page (版)', () => {
  it('shows the page’s own articles in printed order under its number and name', async () => {
    renderRoute(`/lsrb/${DATE}/page/2`);
    expect(await screen.findByRole('heading', { level: 1, name: /第2版 产经/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: shown(feature.headline) })).toBeInTheDocument();
    expect(screen.getByText('向新而行 以质致远')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: lead.headline })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('第2版 产经 - 乐山日报 2024年7月5日 星期五'));
  });

  it('page 1 holds the lead first', async () => {
    renderRoute(`/lsrb/${DATE}/page/1`);
    await screen.findByRole('heading', { level: 1, name: /第1版 要闻/ });
    expect(screen.getAllByRole('heading', { level: 2 })[0]).toHaveTextContent(lead.headline);
  });

  it('links to the pages either side and back to the front page', async () => {
    const { router } = renderRoute(`/lsrb/${DATE}/page/1`);
    await screen.findByRole('heading', { level: 1, name: /第1版/ });
    const nav = within(screen.getByRole('navigation', { name: '上一版和下一版' }));
    expect(nav.queryByText('上一版')).not.toBeInTheDocument();
    await userEvent.click(nav.getByRole('link', { name: /下一版/ }));
    // FocusOnNavigate moves focus in an effect after the new page is drawn: wait for that state, not for the heading.
    const heading = await screen.findByRole('heading', { level: 1, name: /第2版 产经/ });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(router.state.location.pathname).toBe(`/lsrb/${DATE}/page/2`);
    const back = within(screen.getByRole('navigation', { name: '上一版和下一版' }));
    expect(back.getByRole('link', { name: /上一版/ })).toHaveAttribute('href', `/lsrb/${DATE}/page/1`);
    expect(back.getByRole('link', { name: '返回头版' })).toHaveAttribute('href', `/lsrb/${DATE}/`);
    expect(within(screen.getByRole('navigation', { name: '版面' })).getByRole('link', { name: '第2版 产经' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('is named by an article on it, which links back to it; 头版 means page 1 only', async () => {
    renderRoute(`/lsrb/${DATE}/article/${feature.id}`);
    await screen.findByRole('heading', { level: 1, name: shown(feature.headline) });
    expect(screen.getByRole('link', { name: '‹ 返回第2版' })).toHaveAttribute('href', `/lsrb/${DATE}/page/2`);
    expect(within(screen.getByRole('article')).getByRole('link', { name: '第2版 产经' })).toHaveAttribute('href', `/lsrb/${DATE}/page/2`);
    expect(screen.queryByRole('link', { name: /返回.*头版/ })).toHaveTextContent('返回头版');
  });

  it('a page-1 article goes back to the front page', async () => {
    renderRoute(`/lsrb/${DATE}/article/${lead.id}`);
    await screen.findByRole('heading', { level: 1, name: lead.headline });
    expect(screen.getByRole('link', { name: '‹ 返回头版' })).toHaveAttribute('href', `/lsrb/${DATE}/`);
  });
});
