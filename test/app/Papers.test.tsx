import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DATE, LSRB, RMRB, siteOf } from './fixtures.ts';
import { fetchedPaths, renderRoute, serveSite } from './renderRoute.tsx';

afterEach(() => vi.unstubAllGlobals());

const twoPapers = serveSite(siteOf(LSRB, RMRB));

describe('a site of two papers', () => {
  it('lists the papers at / with their latest editions, from site.json alone', async () => {
    const { fetchMock } = renderRoute('/', twoPapers);
    expect(await screen.findByRole('heading', { level: 1, name: '报纸阅读' })).toBeInTheDocument();
    const lsrb = screen.getByRole('heading', { level: 3, name: '乐山日报' });
    expect(within(lsrb).getByRole('link')).toHaveAttribute('href', '/lsrb/');
    expect(within(screen.getByRole('heading', { level: 3, name: '人民日报' })).getByRole('link')).toHaveAttribute('href', '/rmrb/');
    expect(screen.getByRole('link', { name: '满怀信心迎接新的一年' })).toHaveAttribute('href', `/rmrb/${DATE}/article/man-huai`);
    expect(fetchedPaths(fetchMock)).toEqual(['/data/site.json']);
  });

  it('keeps each paper’s editions apart though they share a date', async () => {
    renderRoute(`/rmrb/${DATE}/`, twoPapers);
    expect(await screen.findByRole('heading', { level: 1, name: '人民日报' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '满怀信心迎接新的一年' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '产业筑基' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /前一期/ })).not.toBeInTheDocument();
  });

  it('goes from the list to a paper and its masthead leads back to that paper, not the other', async () => {
    const { router } = renderRoute('/', twoPapers);
    await userEvent.click(within(await screen.findByRole('heading', { level: 3, name: '乐山日报' })).getByRole('link'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/lsrb/'));
    const title = await screen.findByRole('heading', { level: 1, name: '乐山日报' });
    expect(within(title).getByRole('link')).toHaveAttribute('href', '/lsrb/');
  });

  it('does not redirect a bare date when the paper is ambiguous', async () => {
    renderRoute(`/${DATE}/`, twoPapers);
    expect(await screen.findByText('本站没有这份报纸。')).toBeInTheDocument();
  });
});
