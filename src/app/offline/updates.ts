/**
 * A new service worker that waits (a new deploy, found on a page load or when the reader comes back to the tab):
 * the page learns of it here and shows 有新版本 · 刷新; applying it tells the worker to take over, then reloads
 * once into the new build.
 */
type Listener = () => void;

let waiting: ServiceWorker | null = null;
const listeners = new Set<Listener>();
const emit = () => listeners.forEach((listener) => listener());

export const updates = {
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  waiting: (): ServiceWorker | null => waiting,

  watch(registration: ServiceWorkerRegistration): void {
    // Only with a worker in control is a waiting one an update; the very first install takes over by itself.
    const check = () => {
      if (registration.waiting && navigator.serviceWorker.controller && waiting !== registration.waiting) {
        waiting = registration.waiting;
        emit();
      }
    };
    const follow = (installing: ServiceWorker | null) =>
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') check();
      });
    check();
    // The browser may have started installing the new worker (it looks on every page load) before this ran.
    follow(registration.installing);
    registration.addEventListener('updatefound', () => follow(registration.installing));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => {});
    });
  },

  apply: (): void => {
    if (!waiting) return;
    // Applied from another tab already: the new worker is in control here too, and only the reload is left.
    if (waiting.state === 'activating' || waiting.state === 'activated' || waiting.state === 'redundant') {
      window.location.reload();
      return;
    }
    let reloaded = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (reloaded) return;
      reloaded = true;
      window.location.reload();
    });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  },
};
