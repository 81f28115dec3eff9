/**
 * Resolves in a task of its own, so the work after `await nextTask()` does not lengthen the task that called it:
 * the browser may paint and handle input in between. `scheduler.yield()` where there is one (Chromium): its
 * continuation runs ahead of other waiting tasks, so the work is split, not put off; else a message, which
 * (unlike a timer) is not clamped to 4 ms.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
