import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyPreferences, readPreferences, TEXT_SIZES, THEMES } from '../../src/app/shell/preferences.ts';
import { renderRoute } from './renderRoute.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  document.documentElement.className = '';
  delete document.documentElement.dataset.textSize;
  delete document.documentElement.dataset.theme;
});

/** Opens the one 阅读设置 control in the header and returns its panel, once its choices (a chunk of their own) are in. */
async function openSettings() {
  const button = await screen.findByRole('button', { name: '阅读设置' });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  await userEvent.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  const panel = within(screen.getByRole('group', { name: '阅读设置' }));
  await panel.findByRole('group', { name: '外观' });
  return panel;
}

describe('reader settings (阅读设置)', () => {
  it('is one button in the header; its panel opens and closes with Escape, focus back on the button', async () => {
    renderRoute('/lsrb/2024-07-05/');
    const button = await screen.findByRole('button', { name: '阅读设置' });
    expect(screen.getByRole('banner')).toContainElement(button);
    expect(screen.queryByRole('button', { name: '深色' })).not.toBeInTheDocument();
    const panel = await openSettings();
    expect(panel.getByRole('group', { name: '外观' })).toBeInTheDocument();
    expect(within(panel.getByRole('group', { name: '字号' })).getAllByRole('button')).toHaveLength(5);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: '阅读设置' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('closes on a click outside it', async () => {
    renderRoute('/lsrb/2024-07-05/');
    await openSettings();
    await userEvent.click(screen.getByRole('main'));
    expect(screen.queryByRole('group', { name: '阅读设置' })).not.toBeInTheDocument();
  });

  it('switches to dark mode on <html> and remembers it', async () => {
    const { unmount } = renderRoute('/lsrb/2024-07-05/');
    await userEvent.click((await openSettings()).getByRole('button', { name: '深色' }));
    expect(document.documentElement).toHaveClass('dark');
    expect(localStorage.getItem('reader.theme')).toBe('dark');
    unmount();

    renderRoute('/lsrb/2024-07-05/');
    const panel = await openSettings();
    expect(panel.getByRole('button', { name: '深色' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(panel.getByRole('button', { name: '浅色' }));
    expect(document.documentElement).not.toHaveClass('dark');
  });

  it.each([
    ['小', 'small'],
    ['大', 'large'],
    ['特大', 'x-large'],
    ['超大', 'xx-large'],
  ])('sets the text size %s on <html> and remembers it', async (label, size) => {
    renderRoute('/lsrb/2024-07-05/');
    const panel = await openSettings();
    await userEvent.click(panel.getByRole('button', { name: label }));
    expect(document.documentElement.dataset.textSize).toBe(size);
    expect(panel.getByRole('button', { name: label })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem('reader.textSize')).toBe(size);
  });

  it('applies saved choices at start-up, before the app renders', () => {
    localStorage.setItem('reader.theme', 'dark');
    localStorage.setItem('reader.textSize', 'xx-large');
    applyPreferences(readPreferences());
    expect(document.documentElement).toHaveClass('dark');
    expect(document.documentElement.dataset.textSize).toBe('xx-large');
  });

  it('ignores values it does not know', () => {
    localStorage.setItem('reader.theme', 'sepia');
    localStorage.setItem('reader.textSize', 'huge');
    expect(readPreferences()).toEqual({ theme: 'system', textSize: 'default' });
  });
});

describe('public/reader-preferences.js (before first paint)', () => {
  const script = readFileSync('public/reader-preferences.js', 'utf8');
  const run = () => new Function(script)();

  it.each(TEXT_SIZES.flatMap((size) => THEMES.map((theme) => [theme, size] as const)))(
    'applies the theme %s and text size %s exactly as preferences.ts does',
    (theme, size) => {
      localStorage.setItem('reader.theme', theme);
      localStorage.setItem('reader.textSize', size);
      run();
      const early = { dark: document.documentElement.classList.contains('dark'), ...document.documentElement.dataset };
      applyPreferences(readPreferences());
      expect(early).toEqual({ dark: document.documentElement.classList.contains('dark'), ...document.documentElement.dataset });
      expect(document.documentElement.dataset.textSize).toBe(size);
    },
  );

  it('falls back to the defaults on unknown values, as preferences.ts does', () => {
    localStorage.setItem('reader.theme', 'sepia');
    localStorage.setItem('reader.textSize', 'huge');
    run();
    expect(document.documentElement.dataset).toMatchObject({ theme: 'system', textSize: 'default' });
  });
});
