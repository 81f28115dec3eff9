/**
 * Runs `run` when the browser is idle, at the latest after `timeout` ms (a timer where there is no
 * requestIdleCallback: Safari). Returns what cancels it. For work the first view can do without.
 */
export function whenIdle(run: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, timeout / 4);
  return () => clearTimeout(timer);
}
