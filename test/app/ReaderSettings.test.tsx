import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyPreferences, readPreferences } from '../../src/app/shell/preferences.ts';
import { renderRoute } from './renderRoute.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  document.documentElement.className = '';
  delete document.documentElement.dataset.textSize;
});

describe('reader settings', () => {
  it('switches to dark mode on <html> and remembers it', async () => {
    const { unmount } = renderRoute('/2024-07-05');
    await userEvent.click(await screen.findByRole('button', { name: '深色' }));
    expect(document.documentElement).toHaveClass('dark');
    expect(localStorage.getItem('reader.theme')).toBe('dark');
    unmount();

    renderRoute('/2024-07-05');
    expect(await screen.findByRole('button', { name: '深色' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: '浅色' }));
    expect(document.documentElement).not.toHaveClass('dark');
  });

  it('changes the text size on <html> and remembers it', async () => {
    renderRoute('/2024-07-05');
    await userEvent.click(await screen.findByRole('button', { name: '放大' }));
    expect(document.documentElement.dataset.textSize).toBe('large');
    expect(screen.getByRole('button', { name: '放大' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem('reader.textSize')).toBe('large');
  });

  it('applies saved choices at start-up, before the app renders', () => {
    localStorage.setItem('reader.theme', 'dark');
    localStorage.setItem('reader.textSize', 'small');
    applyPreferences(readPreferences());
    expect(document.documentElement).toHaveClass('dark');
    expect(document.documentElement.dataset.textSize).toBe('small');
  });

  it('ignores values it does not know', () => {
    localStorage.setItem('reader.theme', 'sepia');
    localStorage.setItem('reader.textSize', 'huge');
    expect(readPreferences()).toEqual({ theme: 'system', textSize: 'default' });
  });
});
