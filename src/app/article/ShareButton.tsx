import { useEffect, useState } from 'react';
import { useHref } from 'react-router';
import { shareLink, type ShareOutcome } from './shareLink.ts';

const MESSAGE: Partial<Record<ShareOutcome, string>> = {
  copied: '链接已复制',
  failed: '无法复制，请从地址栏复制链接',
};

/** 分享: the article's link, through the share sheet or the clipboard, with a visible confirmation. */
export function ShareButton({ title, path }: { title: string; path: string }) {
  const href = useHref(path);
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(null), 4000);
    return () => clearTimeout(timer);
  }, [outcome]);

  const message = outcome ? MESSAGE[outcome] : undefined;
  return (
    <span className="js-only relative inline-flex items-center">
      <button
        type="button"
        onClick={() => void shareLink(title, new URL(href, window.location.href).href).then(setOutcome)}
        className="inline-flex min-h-7 items-center gap-1 rounded border border-rule px-2 hover:border-accent hover:text-accent"
      >
        <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <circle cx="18" cy="5" r="2.5" />
          <circle cx="6" cy="12" r="2.5" />
          <circle cx="18" cy="19" r="2.5" />
          <path d="m8.2 10.8 7.6-4.4M8.2 13.2l7.6 4.4" />
        </svg>
        分享
      </button>
      <span
        role="status"
        className={message ? 'absolute right-0 top-full z-10 mt-1 whitespace-nowrap rounded bg-ink px-2 py-1 text-xs text-paper' : 'sr-only'}
      >
        {message ?? ''}
      </span>
    </span>
  );
}
