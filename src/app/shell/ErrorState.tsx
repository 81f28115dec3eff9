import { DataError, NotFoundError } from '../data/fetchJson.ts';
import { useDocumentTitle } from './useDocumentTitle.ts';
import { RecoveryActions } from './RecoveryActions.tsx';

interface ErrorStateProps {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}

/** Anything but a 404: say what went wrong in words, offer a retry and a way home, never a blank page. */
export function ErrorState({ error, onRetry, retrying }: ErrorStateProps) {
  useDocumentTitle('加载失败 - 报纸阅读');
  const broken = error instanceof DataError;
  const missing = error instanceof NotFoundError;
  return (
    <div role="alert" className="py-16 text-center">
      <h1 tabIndex={-1} className="font-serif text-3xl font-bold">
        {broken ? '数据有误，无法显示' : missing ? '找不到报纸目录' : '加载失败'}
      </h1>
      <p className="mt-4 text-muted">
        {broken
          ? '这期报纸的数据与阅读器不符，请稍后再试或告知维护者。'
          : missing
            ? '网站上暂时没有报纸目录文件，可能正在更新，请稍后重试。'
            : '网络似乎不通，请检查网络后重试。'}
      </p>
      <RecoveryActions onRetry={onRetry} retrying={retrying} />
    </div>
  );
}
