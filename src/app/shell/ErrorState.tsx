import { useEffect, useState } from 'react';
import { DataError, NotFoundError } from '../data/fetchJson.ts';
import { canReloadIntoNewBuild, NewBuildError, reloadFor } from '../data/newBuild.ts';
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
  // Offline, a chunk that does not load says nothing about a deploy: that is the network's message below.
  const stale = error instanceof NewBuildError && (error.kind === 'data' || navigator.onLine !== false);
  const [reloading, setReloading] = useState(() => stale && canReloadIntoNewBuild());
  // The site was deployed again: the router has committed the URL the reader was going to, reload there once.
  useEffect(() => {
    if (reloading && error instanceof NewBuildError) void reloadFor(error).then((started) => started || setReloading(false));
  }, [reloading, error]);
  const broken = error instanceof DataError || (stale && error.kind === 'data');
  const missing = error instanceof NotFoundError;
  if (reloading) {
    return (
      <p role="status" className="py-16 text-center text-muted">
        网站刚刚更新，正在载入新版本……
      </p>
    );
  }
  return (
    <div role="alert" className="py-16 text-center">
      <h1 tabIndex={-1} className="font-serif text-3xl font-bold">
        {broken ? '数据有误，无法显示' : missing ? '找不到报纸目录' : stale ? '网站已更新' : '加载失败'}
      </h1>
      <p className="mt-4 text-muted">
        {broken
          ? '这期报纸的数据与阅读器不符，请稍后再试或告知维护者。'
          : missing
            ? '网站上暂时没有报纸目录文件，可能正在更新，请稍后重试。'
            : stale
              ? '这个页面来自旧版本，请刷新页面后再打开。'
              : '网络似乎不通，请检查网络后重试。'}
      </p>
      <RecoveryActions onRetry={onRetry} retrying={retrying} />
    </div>
  );
}
