import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DATE, OLDER_DATE } from './fixtures.ts';
import { fetchedPaths, renderRoute } from './renderRoute.tsx';

afterEach(() => vi.unstubAllGlobals());

async function openCalendar() {
  const button = await screen.findByRole('button', { name: '往期' });
  await userEvent.click(button);
  const dialog = await screen.findByRole('dialog', { name: '乐山日报往期' });
  return { button, dialog: within(dialog), element: dialog };
}

describe('the archive calendar (往期)', () => {
  it('fetches the archive only when opened, and shows the month with its editions as links', async () => {
    const { fetchMock } = renderRoute(`/lsrb/${DATE}/`);
    await screen.findByRole('heading', { level: 1 });
    expect(fetchedPaths(fetchMock).some((path) => path.includes('/archive/'))).toBe(false);
    const { button, dialog } = await openCalendar();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(dialog.getByRole('heading', { name: '2024年7月' })).toBeInTheDocument();
    const day = await dialog.findByRole('link', { name: '2024年7月4日 星期四' });
    expect(day).toHaveAttribute('href', `/lsrb/${OLDER_DATE}/`);
    expect(dialog.getByRole('link', { name: '2024年7月5日 星期五' })).toHaveAttribute('aria-current', 'date');
    // Days without an edition are plain text.
    expect(dialog.getByText('3', { selector: 'span' })).toBeInTheDocument();
    expect(fetchedPaths(fetchMock)).toContain('/data/lsrb/archive/2024.json');
  });

  it('closes after a pick and shows the picked edition', async () => {
    const { router } = renderRoute(`/lsrb/${DATE}/`);
    const { dialog } = await openCalendar();
    await userEvent.click(await dialog.findByRole('link', { name: '2024年7月4日 星期四' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/lsrb/${OLDER_DATE}/`));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '七月四日的头条' })).toBeInTheDocument();
  });

  it('closes on Esc and gives focus back to its button', async () => {
    renderRoute(`/lsrb/${DATE}/`);
    const { button, dialog } = await openCalendar();
    await userEvent.click(dialog.getByRole('button', { name: '上个月' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on a click outside and gives focus back to its button', async () => {
    renderRoute(`/lsrb/${DATE}/`);
    const { button } = await openCalendar();
    await userEvent.click(screen.getByText('中共乐山市委机关报'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('steps by month and year, fetching another year only when shown, and not past the first or latest edition', async () => {
    const { fetchMock } = renderRoute(`/lsrb/${DATE}/`);
    const { dialog } = await openCalendar();
    expect(dialog.getByRole('button', { name: '下个月' })).toBeDisabled();
    expect(dialog.getByRole('button', { name: '下一年' })).toBeDisabled();
    await userEvent.click(dialog.getByRole('button', { name: '上一年' }));
    expect(dialog.getByRole('heading', { name: '2023年12月' })).toBeInTheDocument();
    expect(await dialog.findByRole('link', { name: '2023年12月29日 星期五' })).toHaveAttribute('href', '/lsrb/2023-12-29/');
    expect(fetchedPaths(fetchMock)).toContain('/data/lsrb/archive/2023.json');
    expect(dialog.getByRole('button', { name: '上个月' })).toBeDisabled();
    await userEvent.click(dialog.getByRole('button', { name: '下个月' }));
    expect(dialog.getByRole('heading', { name: '2024年1月' })).toBeInTheDocument();
    expect(await dialog.findByText('本月没有报纸。')).toBeInTheDocument();
  });

  it('jumps to a typed date when it has an edition, and says so when it has none', async () => {
    const { router } = renderRoute(`/lsrb/${DATE}/`);
    const { dialog } = await openCalendar();
    const input = dialog.getByLabelText('跳到');
    await userEvent.clear(input);
    await userEvent.type(input, '2024-01-02');
    await userEvent.click(dialog.getByRole('button', { name: '前往' }));
    expect(await dialog.findByText('2024年1月2日没有乐山日报，请在日历中选一天。')).toBeInTheDocument();
    expect(dialog.getByRole('heading', { name: '2024年1月' })).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, '2023-12-29');
    await userEvent.click(dialog.getByRole('button', { name: '前往' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/lsrb/2023-12-29/'));
    expect(await screen.findByRole('link', { name: '岁末的头条' })).toBeInTheDocument();
  });
});
