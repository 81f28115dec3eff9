/**
 * Loaded after the first view (start.ts): registers the service worker (src/sw/sw.ts), has it keep the page the
 * reader opened first for reading offline, and shows the offline banner and the update prompt.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { dataPaths } from '../../schema/dataPaths.ts';
import { dataUrl } from '../data/dataUrl.ts';
import { OfflineNotices } from './OfflineNotices.tsx';
import { updates } from './updates.ts';

const BASE = import.meta.env.BASE_URL;

export async function startOffline(): Promise<void> {
  const host = document.createElement('div');
  host.id = 'reader-notices';
  document.body.append(host);
  createRoot(host).render(createElement(OfflineNotices));

  if (!('serviceWorker' in navigator)) return;
  // A page the worker served (it controlled the page as it loaded) was kept then: only a first visit has anything
  // to hand over. Read before registering: the first worker takes the page once it is active (clients.claim).
  const servedByWorker = navigator.serviceWorker.controller !== null;
  let registration: ServiceWorkerRegistration;
  try {
    registration = await navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE });
  } catch {
    return; // Blocked (a policy, private mode in some browsers): the reader works as before, online.
  }
  updates.watch(registration);
  if (!servedByWorker) keepFirstView((await navigator.serviceWorker.ready).active);
}

/**
 * The first view was loaded before the worker ran, so nothing of it is cached: the worker is given this page's
 * address, `site.json` (a prerendered page holds it inside instead of fetching it) and every file the page fetched,
 * and files each by its rules (src/sw/sw.ts), so the article opened once also reads offline.
 */
function keepFirstView(worker: ServiceWorker | null): void {
  const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
  worker?.postMessage({
    type: 'KEEP',
    page: window.location.href.split('#')[0],
    urls: [new URL(dataUrl(dataPaths.site()), window.location.href).href, ...resources],
  });
}
