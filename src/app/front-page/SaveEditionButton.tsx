import { useState } from 'react';
import type { EditionIndex } from '../../schema/edition.ts';
import { useHydrated } from '../shell/useHydrated.ts';

type State = { kind: 'idle' } | { kind: 'saving'; done: number; total: number } | { kind: 'saved'; total: number } | { kind: 'failed'; reason: string };

const REASONS: Record<string, string> = {
  full: '存储空间已满，请清理浏览器存储后再试',
  refused: '浏览器不允许离线存储（可能是隐私模式）',
  network: '网络中断，请联网后再试',
};

/**
 * 保存本期: stores the whole edition for reading offline, with its progress, a done state and, when storage is
 * refused or full, what went wrong. Its code loads when pressed (src/app/offline/saveEdition.ts). Needs script,
 * so the prerendered page has none.
 */
export function SaveEditionButton({ edition }: { edition: EditionIndex }) {
  const hydrated = useHydrated();
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (!hydrated) return null;

  const save = async () => {
    setState({ kind: 'saving', done: 0, total: 0 });
    try {
      const { saveEdition } = await import('../offline/saveEdition.ts');
      const total = await saveEdition(edition, (done, all) => setState({ kind: 'saving', done, total: all }));
      setState({ kind: 'saved', total });
    } catch (error) {
      const { failureOf } = await import('../offline/saveEdition.ts').catch(() => ({ failureOf: () => 'network' }));
      setState({ kind: 'failed', reason: REASONS[failureOf(error)]! });
    }
  };

  const message =
    state.kind === 'saving'
      ? `正在保存 ${state.done}/${state.total || '…'}`
      : state.kind === 'saved'
        ? `可离线阅读（${state.total} 个文件）`
        : state.kind === 'failed'
          ? `未能保存：${state.reason}`
          : '';
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <button
        type="button"
        onClick={save}
        disabled={state.kind === 'saving'}
        className="inline-flex min-h-8 items-center gap-1 rounded border border-rule px-2 hover:border-accent hover:text-accent disabled:opacity-60"
      >
        <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="M12 4v11m-5-5 5 5 5-5M5 20h14" />
        </svg>
        {state.kind === 'saved' ? '已保存本期' : '保存本期'}
      </button>
      {state.kind === 'saving' && state.total > 0 ? (
        <progress max={state.total} value={state.done} aria-label="保存进度" className="h-2 w-24 accent-accent" />
      ) : null}
      <span aria-live="polite">
        {message ? (
          <span role="status" className={state.kind === 'failed' ? 'font-bold text-accent' : 'text-muted'}>
            {message}
          </span>
        ) : null}
      </span>
    </div>
  );
}
