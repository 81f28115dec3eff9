import { render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { useArticleKeys } from '../../src/app/article/useArticleKeys.ts';

const press = (key: string, init: KeyboardEventInit = {}) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));

/** Presses `key` while React commits a render: after the DOM changed, before React runs that render's effects. */
function PressDuringCommit({ keyToPress }: { keyToPress: string | null }) {
  useLayoutEffect(() => {
    if (keyToPress) press(keyToPress);
  }, [keyToPress]);
  return null;
}

function Article({ id, onMove, keyToPress = null }: { id: number; onMove: (to: number) => void; keyToPress?: string | null }) {
  useArticleKeys({
    previous: id > 0 ? () => onMove(id - 1) : null,
    next: () => onMove(id + 1),
    help: () => onMove(-1),
  });
  return <PressDuringCommit keyToPress={keyToPress} />;
}

describe('useArticleKeys', () => {
  it('→/j move to the next article, ←/k to the previous, ? opens the keys; Shift, Ctrl, Alt and ⌘ stop them', () => {
    const onMove = vi.fn();
    render(<Article id={3} onMove={onMove} />);
    for (const key of ['ArrowRight', 'j', 'ArrowLeft', 'k', '?']) press(key);
    expect(onMove.mock.calls.map(([to]) => to)).toEqual([4, 4, 2, 2, -1]);
    onMove.mockClear();
    for (const init of [{ shiftKey: true }, { ctrlKey: true }, { altKey: true }, { metaKey: true }]) press('j', init);
    expect(onMove).not.toHaveBeenCalled();
  });

  it('a key pressed as the next article commits moves from that article, not from the one before', () => {
    // Subscribed anew in each render's effect, the listener still held article 3's neighbours at this moment, and
    // → went to 4 again: on a busy machine, a reader's second → in a row did nothing (reading.spec.ts's keys test
    // failed once so).
    const onMove = vi.fn();
    const { rerender } = render(<Article id={3} onMove={onMove} />);
    rerender(<Article id={4} onMove={onMove} keyToPress="ArrowRight" />);
    rerender(<Article id={5} onMove={onMove} keyToPress="k" />);
    expect(onMove.mock.calls.map(([to]) => to)).toEqual([5, 4]);
  });

  it('listens only while an article is shown', () => {
    const onMove = vi.fn();
    const { unmount } = render(<Article id={3} onMove={onMove} />);
    unmount();
    press('j');
    expect(onMove).not.toHaveBeenCalled();
  });
});
