/**
 * When the page's own build can no longer go on, one full reload into the build the host serves now: a chunk of
 * this build is gone (a deploy replaced it), or the data has another schema version than this code reads.
 *
 * Never a loop: a build reloads at most once per tab. Which build reloaded is remembered in sessionStorage and in
 * the history entry's state (which survives a reload too), so a refused or full storage still stops the second
 * reload; if neither can hold it, no reload at all. After the reload the new build has an id of its own and may
 * reload once for the next deploy.
 */
import { DATA_CACHES } from '../../offline/cacheNames.ts';

/** This module's URL: content hashing gives it a new name in every build that differs. */
const BUILD = import.meta.url;
const KEY = 'reader.reloadedFrom';

/**
 * The site was deployed again since this page loaded: a chunk of the running build is gone (`chunk`), or data
 * came in another schema version (`data`). The error views reload once (reloadFor); a prefetch that meets it
 * fails quietly, so the reload happens at the URL the reader opens.
 */
export class NewBuildError extends Error {
  constructor(
    readonly cause: unknown,
    readonly kind: 'chunk' | 'data' = 'chunk',
  ) {
    super(`网站已更新：${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'NewBuildError';
  }
}

export interface ReloadGuardHost {
  session: () => Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'state' | 'replaceState'>;
  reload: () => void;
  online: () => boolean;
}

const browserHost = (): ReloadGuardHost => ({
  session: () => sessionStorage,
  history: window.history,
  reload: () => window.location.reload(),
  online: () => navigator.onLine !== false,
});

/** The reload decision, apart from the browser so Vitest can give it refusing storage. */
export function createReloadGuard(build: string, host: ReloadGuardHost) {
  let underWay = false;
  const attempt = <T>(run: () => T): T | undefined => {
    try {
      return run();
    } catch {
      return undefined;
    }
  };
  const stateOf = () => (typeof host.history.state === 'object' && host.history.state !== null ? (host.history.state as Record<string, unknown>) : {});
  return {
    /** Whether a reload would start now. */
    possible(): boolean {
      return underWay || (!this.used() && host.online());
    },
    /** Whether this build already reloaded in this tab (or is reloading now). */
    used(): boolean {
      return underWay || attempt(() => host.session().getItem(KEY)) === build || stateOf()[KEY] === build;
    },
    /** Starts the one reload; false when it was used already, when offline, or when nothing can remember it. */
    reload(): boolean {
      if (underWay) return true;
      if (this.used() || !host.online()) return false;
      const stored = attempt(() => (host.session().setItem(KEY, build), true)) ?? false;
      const marked = attempt(() => (host.history.replaceState({ ...stateOf(), [KEY]: build }, ''), true)) ?? false;
      if (!stored && !marked) return false;
      underWay = true;
      host.reload();
      return true;
    },
  };
}

let guard: ReturnType<typeof createReloadGuard> | null = null;
const pageGuard = () => (guard ??= createReloadGuard(BUILD, browserHost()));

/** One reload into the new build; false when that cannot help (done once already, offline). */
export function reloadIntoNewBuild(): boolean {
  return pageGuard().reload();
}

export function canReloadIntoNewBuild(): boolean {
  return pageGuard().possible();
}

/** For route `lazy` and other dynamic imports: a failed chunk becomes a NewBuildError the error views act on. */
export function chunkGone(error: unknown): never {
  if (typeof error === 'object' && error !== null) claimed.add(error);
  throw new NewBuildError(error);
}

/**
 * The one reload for this error. Data of another schema version means the cached copies are of the old shape
 * (or this code is): the data caches are emptied first, so the reload fetches afresh.
 */
export async function reloadFor(error: NewBuildError): Promise<boolean> {
  if (!pageGuard().possible()) return false;
  if (error.kind === 'data') {
    try {
      await Promise.all(DATA_CACHES.map((name) => caches.delete(name)));
    } catch {
      // No Cache API, or storage refused: nothing cached to clear.
    }
  }
  return reloadIntoNewBuild();
}

const claimed = new WeakSet<object>();

/**
 * Failed dynamic imports outside the router (read aloud, phrase breaks, search) and a failure while the first view
 * loads its route before hydrating. An import that claims its failure with chunkGone is left alone here: the
 * offline worker's chunk, loaded while the page idles, is one, since a reload there would come unasked. A route's failure during a navigation is left to the error view,
 * which reloads at the URL the reader was going to (the router has committed it by then).
 */
export function watchForNewBuild(): void {
  window.addEventListener('vite:preloadError', (event) => {
    const error = (event as Event & { payload?: unknown }).payload;
    // chunkGone() claims a route's failure in a microtask after this event; look once they have run.
    setTimeout(() => {
      if (!(typeof error === 'object' && error !== null && claimed.has(error))) reloadIntoNewBuild();
    });
  });
  const unhandled = (error: unknown) => {
    if (error instanceof NewBuildError) void reloadFor(error);
  };
  window.addEventListener('error', (event) => unhandled(event.error));
  window.addEventListener('unhandledrejection', (event) => unhandled(event.reason));
}
