import { useSyncExternalStore } from 'react';
import { updates } from './updates.ts';

const subscribeOnline = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

const NOTICE = 'pointer-events-auto flex items-center gap-3 rounded border border-rule bg-paper px-4 py-2 text-sm text-ink shadow-lg';

/**
 * The offline banner (while the browser says there is no network) and the update prompt (a new version waits),
 * at the foot of the screen over the page. Each is a status that exists only while it applies, inside a live region
 * that is there from the start, so its coming is read out.
 */
export function OfflineNotices() {
  const offline = useSyncExternalStore(subscribeOnline, () => !navigator.onLine);
  const waiting = useSyncExternalStore(updates.subscribe, updates.waiting);
  return (
    <aside aria-label="网络与更新" className="pointer-events-none fixed inset-x-0 bottom-0 z-30 flex flex-col items-center gap-2 p-3">
      <div aria-live="polite">
        {offline ? (
          <p role="status" className={NOTICE}>
            <span aria-hidden="true" className="size-2 shrink-0 rounded-full bg-muted" />
            离线中：已打开和已保存的报纸仍可阅读
          </p>
        ) : null}
      </div>
      <div aria-live="polite">
        {waiting ? (
          <p role="status" className={NOTICE}>
            有新版本
            <button type="button" onClick={updates.apply} className="min-h-8 rounded bg-accent px-3 font-bold text-paper">
              刷新
            </button>
          </p>
        ) : null}
      </div>
    </aside>
  );
}
