import { useModalDialog } from '../ui/useModalDialog.ts';

const KEYS: [string[], string][] = [
  [['←', 'k'], '上一篇'],
  [['→', 'j'], '下一篇'],
  [['?'], '显示这份按键说明'],
  [['Esc'], '关闭'],
];

/** The keys of the article page, in a modal dialog; Escape, the button or a click outside closes it. */
export function KeysHelp({ onClose }: { onClose: () => void }) {
  const dialog = useModalDialog();
  return (
    // A click on the backdrop closes, as Esc does for keyboards (a modal <dialog>'s own behaviour).
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={dialog}
      aria-labelledby="keys-help-title"
      onClose={onClose}
      onClick={(event) => event.target === dialog.current && onClose()}
      className="m-auto w-[min(22rem,calc(100vw-2rem))] rounded border border-rule bg-paper p-5 text-ink shadow-xl backdrop:bg-black/40"
    >
      <h2 id="keys-help-title" className="mb-3 font-sans text-lg font-bold">
        快捷键
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {KEYS.map(([keys, action]) => (
          <div key={action} className="contents">
            <dt className="whitespace-nowrap">
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? ' 或 ' : null}
                  <kbd className="rounded border border-rule bg-slot px-1.5 font-mono">{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-muted">在输入框中打字时，按键不起作用。</p>
      {/* The modal dialog's one control takes focus when it opens, as the WAI-ARIA dialog pattern asks. */}
      {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
      <button type="button" onClick={onClose} className="mt-4 rounded border border-rule px-3 py-1 hover:border-accent" autoFocus>
        关闭
      </button>
    </dialog>
  );
}
