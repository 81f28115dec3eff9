import type { ReactNode } from 'react';

/** The 保存本期 button itself; SaveEdition (src/app/offline/) draws it with its progress and outcome. */
export function SaveButton({
  saved = false,
  busy = false,
  onClick,
  children,
}: {
  saved?: boolean;
  busy?: boolean;
  onClick?: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="js-only flex flex-wrap items-center gap-2 text-sm">
      <button
        type="button"
        onClick={onClick}
        disabled={busy}
        className="inline-flex min-h-8 items-center gap-1 rounded border border-rule px-2 hover:border-accent hover:text-accent disabled:opacity-60"
      >
        <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="M12 4v11m-5-5 5 5 5-5M5 20h14" />
        </svg>
        {saved ? '已保存本期' : '保存本期'}
      </button>
      {children}
    </div>
  );
}
