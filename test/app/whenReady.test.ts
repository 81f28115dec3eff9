import { whenReady } from '../../src/app/ui/whenReady.ts';

/**
 * The offline worker's registration and the printed page's code wait for the app to be ready: asked for at the load
 * event's first idle moment, they came between two slices of hydration and were paid by the first view (bench:web).
 * jsdom has no requestIdleCallback: whenIdle's timer stands in for it.
 */
describe('whenReady', () => {
  const root = document.documentElement;
  beforeEach(() => {
    vi.useFakeTimers();
    delete root.dataset.app;
    root.classList.add('js');
  });
  afterEach(() => {
    vi.useRealTimers();
    delete root.dataset.app;
  });

  it('waits, idle moment after idle moment, until the app has taken the page over', () => {
    const run = vi.fn();
    whenReady(run);
    vi.advanceTimersByTime(10_000);
    expect(run).not.toHaveBeenCalled();
    root.dataset.app = 'ready';
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at the first idle moment on a page already ready', () => {
    root.dataset.app = 'ready';
    const run = vi.fn();
    whenReady(run);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('gives up on a page left as prerendered (main.tsx took its js class away)', () => {
    const run = vi.fn();
    whenReady(run);
    root.classList.remove('js');
    vi.advanceTimersByTime(1_000);
    root.dataset.app = 'ready';
    vi.advanceTimersByTime(10_000);
    expect(run).not.toHaveBeenCalled();
  });
});
