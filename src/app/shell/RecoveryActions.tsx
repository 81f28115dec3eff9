import { Link } from '../ui/Link.tsx';
import { urls } from '../../schema/urls.ts';

interface RecoveryActionsProps {
  /** Shown when something may come back (a retry can help); left out for a plain 404. */
  onRetry?: (() => void) | undefined;
  retrying?: boolean;
}

/** What a reader can do on an error or 404 page: try again, or go to the latest edition. */
export function RecoveryActions({ onRetry, retrying = false }: RecoveryActionsProps) {
  return (
    <div className="mt-6 flex flex-wrap items-center justify-center gap-4">
      {onRetry ? (
        <button type="button" onClick={onRetry} disabled={retrying} className="rounded bg-accent px-4 py-2 font-bold text-paper disabled:opacity-60">
          {retrying ? '正在重试…' : '重试'}
        </button>
      ) : null}
      <Link to={urls.home()} className="font-bold text-accent underline underline-offset-4">
        回到最新一期
      </Link>
    </div>
  );
}
