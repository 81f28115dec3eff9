/**
 * Editions of one paper on the second site (乐山日报 on 2023-12-30, 2024-01-02, 2024-07-04, 2024-07-05): the
 * masthead's 前一期/后一期, and the 往期 calendar — open, pick, Esc, click outside, month and year steps (a year's
 * archive file fetched only when that year is shown), and the jump to a typed date.
 */
import type { Page } from '@playwright/test';
import { urls } from '../../src/schema/urls.ts';
import { expect, PAPER, pageReady, SITE2, test } from './fixtures.ts';

test.use({ baseURL: SITE2 });

const edition = (date: string) => urls.edition('lsrb', date);

async function expectEdition(page: Page, date: string): Promise<void> {
  await expect(page).toHaveURL(edition(date));
  await pageReady(page, PAPER);
  await expect(page.getByRole('banner').locator('time')).toHaveAttribute('datetime', date);
}

async function openCalendar(page: Page) {
  const button = page.getByRole('button', { name: '往期' });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const dialog = page.getByRole('dialog', { name: `${PAPER}往期` });
  await expect(dialog).toBeVisible();
  return { button, dialog };
}

test.describe('前一期 and 后一期', () => {
  test('step through every edition, across the year boundary, and back', async ({ page }) => {
    await page.goto(edition('2024-07-05'));
    await expectEdition(page, '2024-07-05');
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: /后一期/ })).toHaveCount(0);

    for (const [date, label] of [
      ['2024-07-04', '2024年7月4日 星期四'],
      ['2024-01-02', '2024年1月2日 星期二'],
      ['2023-12-30', '2023年12月30日 星期六'],
    ] as const) {
      await banner.getByRole('link', { name: `前一期：${label}` }).click();
      await expectEdition(page, date);
    }
    await expect(banner.getByRole('link', { name: /前一期/ })).toHaveCount(0);

    await banner.getByRole('link', { name: '后一期：2024年1月2日 星期二' }).click();
    await expectEdition(page, '2024-01-02');
    await page.goBack();
    await expectEdition(page, '2023-12-30');
  });

  test('a page view steps to the neighbouring edition’s front page', async ({ page }) => {
    await page.goto(urls.page('lsrb', '2024-01-02', 2));
    await pageReady(page, /^第2版 产经/);
    await page
      .getByRole('banner')
      .getByRole('link', { name: /^后一期/ })
      .click();
    await expectEdition(page, '2024-07-04');
  });
});

test.describe('the 往期 calendar', () => {
  test('opens on the edition’s month with its editions as links, and closes after a pick', { tag: '@layout' }, async ({ page }) => {
    await page.goto(edition('2024-07-05'));
    await pageReady(page, PAPER);
    const { button, dialog } = await openCalendar(page);
    await expect(dialog.getByRole('heading', { name: '2024年7月' })).toBeVisible();
    await expect(dialog.getByRole('table').getByRole('link')).toHaveText(['4', '5']);
    await expect(dialog.getByRole('link', { name: '2024年7月5日 星期五' })).toHaveAttribute('aria-current', 'date');
    await expect(dialog.getByText('3', { exact: true })).toBeVisible();
    await expect(dialog.getByRole('link', { name: /7月3日/ })).toHaveCount(0);

    await dialog.getByRole('link', { name: '2024年7月4日 星期四' }).click();
    await expectEdition(page, '2024-07-04');
    await expect(dialog).toHaveCount(0);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  test('closes on Esc and gives focus back to 往期', async ({ page }) => {
    await page.goto(edition('2024-07-05'));
    await pageReady(page, PAPER);
    const { button, dialog } = await openCalendar(page);
    await dialog.getByRole('button', { name: '上个月' }).click();
    await expect(dialog.getByRole('heading', { name: '2024年6月' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page).toHaveURL(edition('2024-07-05'));
  });

  test('closes on a click outside and gives focus back to 往期', { tag: '@layout' }, async ({ page }) => {
    await page.goto(edition('2024-07-05'));
    await pageReady(page, PAPER);
    const { button, dialog } = await openCalendar(page);
    // Plain text, away from the popover at every size.
    await page.getByRole('contentinfo').click();
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
    await expect(page).toHaveURL(edition('2024-07-05'));

    // A click inside does not close it.
    await button.click();
    await dialog.getByRole('heading').click();
    await expect(dialog).toBeVisible();
  });

  test('steps by month and year, fetching the previous year’s archive only when it is shown', async ({ page }) => {
    const archives: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/archive/')) archives.push(path);
    });
    await page.goto(edition('2024-07-05'));
    await pageReady(page, PAPER);
    expect(archives, 'nothing of the archive before the calendar is wanted').toEqual([]);

    const { dialog } = await openCalendar(page);
    const heading = dialog.getByRole('heading');
    const button = (name: string) => dialog.getByRole('button', { name });
    await expect(dialog.getByRole('link', { name: '2024年7月4日 星期四' })).toBeVisible();
    await expect(button('下个月')).toBeDisabled();
    await expect(button('下一年')).toBeDisabled();
    expect(archives).toEqual(['/data/lsrb/archive/2024.json']);

    await button('上个月').click();
    await expect(heading).toHaveText('2024年6月');
    await expect(dialog.getByRole('status')).toHaveText('本月没有报纸。');
    for (let i = 0; i < 5; i += 1) await button('上个月').click();
    await expect(heading).toHaveText('2024年1月');
    await expect(dialog.getByRole('table').getByRole('link')).toHaveText(['2']);
    await expect(dialog.getByRole('link', { name: '2024年1月2日 星期二' })).toHaveAttribute('href', edition('2024-01-02'));
    expect(archives, 'still one year').toEqual(['/data/lsrb/archive/2024.json']);

    await button('上个月').click();
    await expect(heading).toHaveText('2023年12月');
    await expect(dialog.getByRole('link', { name: '2023年12月30日 星期六' })).toHaveAttribute('href', edition('2023-12-30'));
    expect(archives).toEqual(['/data/lsrb/archive/2024.json', '/data/lsrb/archive/2023.json']);
    // The first edition's month: nothing before it.
    await expect(button('上个月')).toBeDisabled();
    await expect(button('上一年')).toBeDisabled();

    // A year on lands on the latest edition's month, not past it; a year back on the first edition's.
    await button('下一年').click();
    await expect(heading).toHaveText('2024年7月');
    await expect(dialog.getByRole('table').getByRole('link')).toHaveText(['4', '5']);
    await button('上一年').click();
    await expect(heading).toHaveText('2023年12月');
    await expect(dialog.getByRole('table').getByRole('link')).toHaveText(['30']);
    await button('下个月').click();
    await expect(heading).toHaveText('2024年1月');
    await button('上个月').click();
    // Each year was fetched once.
    expect(archives).toEqual(['/data/lsrb/archive/2024.json', '/data/lsrb/archive/2023.json']);

    await dialog.getByRole('link', { name: '2023年12月30日 星期六' }).click();
    await expectEdition(page, '2023-12-30');
    await expect(dialog).toHaveCount(0);
  });

  test('jumps to a typed date that has an edition, and says so when it has none', async ({ page }) => {
    await page.goto(edition('2024-07-05'));
    await pageReady(page, PAPER);
    let { dialog } = await openCalendar(page);
    const input = () => dialog.getByLabel('跳到');
    await expect(input()).toHaveValue('2024-07-05');

    await input().fill('2024-03-15');
    await dialog.getByRole('button', { name: '前往' }).click();
    await expect(dialog.getByText('2024年3月15日没有乐山日报，请在日历中选一天。')).toBeVisible();
    await expect(dialog.getByRole('heading')).toHaveText('2024年3月');
    await expect(page).toHaveURL(edition('2024-07-05'));

    // A date in the other year, with an edition: the calendar closes and the edition shows.
    await input().fill('2023-12-30');
    await dialog.getByRole('button', { name: '前往' }).click();
    await expectEdition(page, '2023-12-30');
    await expect(dialog).toHaveCount(0);

    ({ dialog } = await openCalendar(page));
    await expect(dialog.getByRole('heading')).toHaveText('2023年12月');
    await input().fill('2024-01-02');
    await page.keyboard.press('Enter');
    await expectEdition(page, '2024-01-02');
  });
});
