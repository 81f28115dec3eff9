import { useCallback, useEffect, useState } from 'react';
import type { EditionIndex } from '../../schema/edition.ts';
import { SaveButton } from './SaveButton.tsx';
import { failureOf, saveEdition, type SaveFailure } from './saveEdition.ts';

type State = { kind: 'saving'; done: number; total: number } | { kind: 'saved'; total: number } | { kind: 'failed'; reason: SaveFailure };

const REASONS: Record<SaveFailure, string> = {
  full: '存储空间已满，请清理浏览器存储后再试',
  refused: '浏览器不允许离线存储（可能是隐私模式）',
  network: '网络中断，请联网后再试',
};

/**
 * 保存本期 once pressed (loaded then, by SaveEditionButton): saves at once, with its progress, a done state and,
 * when storage is refused or full, what went wrong. Pressing again saves again.
 */
export default function SaveEdition({ edition }: { edition: EditionIndex }) {
  const [state, setState] = useState<State>({ kind: 'saving', done: 0, total: 0 });
  const run = useCallback(() => {
    saveEdition(edition, (done, total) => setState({ kind: 'saving', done, total })).then(
      (total) => setState({ kind: 'saved', total }),
      (error: unknown) => setState({ kind: 'failed', reason: failureOf(error) }),
    );
  }, [edition]);
  // The reader pressed the button to get here (the state starts as saving).
  useEffect(run, [run]);
  const save = () => {
    setState({ kind: 'saving', done: 0, total: 0 });
    run();
  };

  const message =
    state.kind === 'saving'
      ? `正在保存 ${state.done}/${state.total || '…'}`
      : state.kind === 'saved'
        ? `可离线阅读（${state.total} 个文件）`
        : `未能保存：${REASONS[state.reason]}`;
  return (
    <SaveButton saved={state.kind === 'saved'} busy={state.kind === 'saving'} onClick={save}>
      {state.kind === 'saving' && state.total > 0 ? (
        <progress max={state.total} value={state.done} aria-label="保存进度" className="h-2 w-24 accent-accent" />
      ) : null}
      <span aria-live="polite">
        <span role="status" className={state.kind === 'failed' ? 'font-bold text-accent' : 'text-muted'}>
          {message}
        </span>
      </span>
    </SaveButton>
  );
}
