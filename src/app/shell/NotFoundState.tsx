import type { Missing } from '../data/notFound.ts';
import { RecoveryActions } from './RecoveryActions.tsx';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { notFoundTitle } from '../ui/titles.ts';

const MESSAGE: Record<Missing, string> = {
  paper: '本站没有这份报纸。',
  edition: '没有这一天的报纸。',
  page: '这期报纸没有这一版。',
  article: '这期报纸里没有这篇文章。',
  section: '这期报纸没有这个话题。',
  archive: '这一年没有这份报纸。',
  route: '没有这个页面。',
};

interface NotFoundStateProps {
  missing: Missing;
  /** Given when the file was listed but not served: it may appear, so offer a retry. */
  onRetry?: () => void;
  retrying?: boolean;
}

export function NotFoundState({ missing, onRetry, retrying = false }: NotFoundStateProps) {
  useDocumentTitle(notFoundTitle());
  return (
    <div className="py-16 text-center">
      <h1 tabIndex={-1} className="font-serif text-3xl font-bold">
        找不到页面（404）
      </h1>
      <p className="mt-4 text-muted">{onRetry ? `${MESSAGE[missing]}目录里有它，但文件暂时找不到，可能正在更新，请稍后重试。` : MESSAGE[missing]}</p>
      <RecoveryActions onRetry={onRetry} retrying={retrying} />
    </div>
  );
}
