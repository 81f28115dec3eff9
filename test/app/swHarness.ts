/**
 * Runs src/sw/sw.ts in Node with the real Workbox strategies, a fake Cache API (optionally with a quota, in entries)
 * and a fake network; workbox-routing and workbox-precaching are replaced by the mocks in the test file, which hand
 * the routes and the catch handler to `routing` below.
 */
export const SCOPE = 'https://reader.example/';

export const routing = {
  routes: [] as { match: (options: { url: URL; request: Request; event: unknown }) => unknown; handler: (options: unknown) => Promise<Response> }[],
  catchHandler: null as null | ((options: unknown) => Promise<Response>),
};

type Stored = { body: ArrayBuffer; status: number; statusText: string; headers: [string, string][] };

export class FakeCache {
  entries = new Map<string, Stored>();
  constructor(private readonly storage: FakeCacheStorage) {}
  private key(request: RequestInfo | URL): string {
    return new URL(typeof request === 'string' || request instanceof URL ? String(request) : request.url, SCOPE).href;
  }
  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    const stored = this.entries.get(this.key(request));
    return stored ? new Response(stored.body.slice(0), { status: stored.status, statusText: stored.statusText, headers: stored.headers }) : undefined;
  }
  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    const key = this.key(request);
    if (!this.entries.has(key) && this.storage.size() >= this.storage.limit)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.entries.set(key, {
      body: await response.arrayBuffer(),
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
    });
  }
  async add(request: RequestInfo | URL): Promise<void> {
    const response = await fetch(this.key(request));
    if (!response.ok) throw new TypeError(`Cache.add: HTTP ${response.status}`);
    await this.put(request, response);
  }
  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(this.key(request));
  }
  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((url) => new Request(url));
  }
}

export class FakeCacheStorage {
  caches = new Map<string, FakeCache>();
  limit = Infinity;
  size(): number {
    return [...this.caches.values()].reduce((sum, cache) => sum + cache.entries.size, 0);
  }
  async open(name: string): Promise<FakeCache> {
    let cache = this.caches.get(name);
    if (!cache) this.caches.set(name, (cache = new FakeCache(this)));
    return cache;
  }
  async has(name: string): Promise<boolean> {
    return this.caches.has(name);
  }
  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }
  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }
  async match(request: RequestInfo | URL, options: { cacheName?: string } = {}): Promise<Response | undefined> {
    const names = options.cacheName ? [options.cacheName] : [...this.caches.keys()];
    for (const name of names) {
      const found = await this.caches.get(name)?.match(request);
      if (found) return found;
    }
    return undefined;
  }
  urls(name: string): string[] {
    return [...(this.caches.get(name)?.entries.keys() ?? [])];
  }
}

/** workbox-expiration's CacheTimestampsModel (an IndexedDB store) in memory: when each entry was last used. */
let uses = 0;
const timestamps = new Map<string, { url: string; cacheName: string; timestamp: number; used: number }>();
export class CacheTimestampsModel {
  constructor(private readonly cacheName: string) {}
  async setTimestamp(url: string, timestamp: number): Promise<void> {
    // Date.now() gives many uses in one millisecond here, never in a reader's browser: the order of use breaks ties.
    timestamps.set(`${this.cacheName}|${url}`, { url, cacheName: this.cacheName, timestamp, used: ++uses });
  }
  async getTimestamp(url: string): Promise<number | undefined> {
    return timestamps.get(`${this.cacheName}|${url}`)?.timestamp;
  }
  /** Forgets and returns the entries used before minTimestamp, and all but the maxCount used last. */
  async expireEntries(minTimestamp?: number, maxCount?: number): Promise<string[]> {
    const mine = [...timestamps.entries()]
      .filter(([, entry]) => entry.cacheName === this.cacheName)
      .sort(([, a], [, b]) => b.timestamp - a.timestamp || b.used - a.used);
    const expired = mine.filter(([, entry], index) => (minTimestamp && entry.timestamp < minTimestamp) || (maxCount && index >= maxCount));
    for (const [id] of expired) timestamps.delete(id);
    return expired.map(([, entry]) => entry.url);
  }
}

/** The host: a path → responder map; `down` makes every fetch reject as offline does. */
export const network = {
  down: false,
  files: new Map<string, () => Response | Promise<Response>>(),
  fetched: [] as string[],
};

export class ExtendableEvent extends Event {
  promises: Promise<unknown>[] = [];
  waitUntil(promise: Promise<unknown>): void {
    this.promises.push(promise);
  }
}
export class FetchEvent extends ExtendableEvent {}

/** A navigation: Request cannot be built with mode 'navigate', so the getter says it. */
class NavigationRequest extends Request {
  override get mode(): RequestMode {
    return 'navigate';
  }
}

export const storage = new FakeCacheStorage();
export const listeners = new Map<string, (event: unknown) => void>();

export function installGlobals(): void {
  const g = globalThis as Record<string, unknown>;
  g.self = globalThis;
  g.__WB_DISABLE_DEV_LOGS = true;
  g.__WB_MANIFEST = [];
  g.registration = { scope: SCOPE };
  g.location = new URL(`${SCOPE}sw.js`);
  g.caches = storage;
  g.ExtendableEvent = ExtendableEvent;
  g.FetchEvent = FetchEvent;
  g.addEventListener = (type: string, listener: (event: unknown) => void) => listeners.set(type, listener);
  g.skipWaiting = async () => {};
  g.clients = { claim: async () => {} };
  g.fetch = async (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url, SCOPE);
    network.fetched.push(url.href);
    if (network.down) throw new TypeError('Failed to fetch');
    const respond = network.files.get(url.pathname);
    return respond ? respond() : new Response('not found', { status: 404 });
  };
}

async function settle(event: ExtendableEvent): Promise<void> {
  for (let seen = 0; seen < event.promises.length;) {
    const batch = event.promises.slice(seen);
    seen = event.promises.length;
    await Promise.allSettled(batch);
  }
}

/** One request through the worker as workbox-routing's Router would run it; null when the browser gets an error. */
export async function browse(path: string, { navigate = false } = {}): Promise<Response | null> {
  const url = new URL(path, SCOPE);
  const request = navigate ? new NavigationRequest(url) : new Request(url);
  const event = new FetchEvent('fetch');
  const route = routing.routes.find((candidate) => candidate.match({ url, request, event }));
  let response: Response | null;
  if (!route) {
    response = await fetch(request).catch(() => null);
  } else {
    response = await route
      .handler({ url, request, event, params: undefined })
      .catch(async () => (routing.catchHandler ? routing.catchHandler({ url, request, event }) : null));
    if (response?.type === 'error') response = null;
  }
  await settle(event);
  return response;
}

/** Posts a message to the worker and waits for what it extends the event with. */
export async function post(data: unknown): Promise<void> {
  const event = new ExtendableEvent('message');
  Object.assign(event, { data });
  listeners.get('message')!(event);
  await settle(event);
}

export const html = (text: string) => () => new Response(text, { status: 200, headers: { 'Content-Type': 'text/html' } });
export const jsonFile = (value: unknown) => () =>
  new Response(JSON.stringify(value), { status: 200, headers: { 'Content-Type': 'application/json' } });
