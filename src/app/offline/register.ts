/**
 * Loaded after the first view (start.ts): registers the service worker (src/sw/sw.ts), keeps the page the reader
 * opened first for reading offline, and shows the offline banner and the update prompt.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { dataPaths } from '../../schema/dataPaths.ts';
import { dataUrl } from '../data/dataUrl.ts';
import { CACHES } from './cacheNames.ts';
import { cacheRuleFor, pathInScope } from './cacheRules.ts';
import { OfflineNotices } from './OfflineNotices.tsx';
import { updates } from './updates.ts';

const BASE = import.meta.env.BASE_URL;

export async function startOffline(): Promise<void> {
  const host = document.createElement('div');
  host.id = 'reader-notices';
  document.body.append(host);
  createRoot(host).render(createElement(OfflineNotices));

  if (!('serviceWorker' in navigator)) return;
  let registration: ServiceWorkerRegistration;
  try {
    registration = await navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE });
  } catch {
    return; // Blocked (a policy, private mode in some browsers): the reader works as before, online.
  }
  updates.watch(registration);
  await navigator.serviceWorker.ready;
  await keepFirstView();
}

/**
 * The first view was loaded before the worker ran, so nothing of it is cached: this page's HTML and the data it
 * fetched go into the worker's caches now, so the article opened once also reads offline.
 */
async function keepFirstView(): Promise<void> {
  const scope = new URL(BASE, window.location.href);
  const wanted = [
    { url: window.location.href.split('#')[0]!, navigation: true },
    // Every page needs it, and a prerendered page holds it inside instead of fetching it.
    { url: new URL(dataUrl(dataPaths.site()), window.location.href).href, navigation: false },
    ...performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, navigation: false })),
  ];
  try {
    for (const { url, navigation } of wanted) {
      const path = pathInScope(new URL(url), scope);
      if (path === null) continue;
      const rule = cacheRuleFor(path, navigation);
      if (rule.strategy === 'pass') continue;
      const cache = await caches.open(rule.cache);
      if (rule.cache !== CACHES.editions || !(await cache.match(url))) await cache.add(url);
    }
  } catch {
    // Storage refused or full, or offline already: this page is simply not kept. 保存本期 says so when asked.
  }
}
