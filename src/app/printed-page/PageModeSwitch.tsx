import { setPageMode, usePageMode, type PageMode } from './pageMode.ts';

const CHOICES: readonly (readonly [PageMode, string])[] = [
  ['text', '文字'],
  ['page', '版面'],
];

/** 文字 / 版面. Needs script (the `js` class): without it both the page and the list show, and nothing is hidden. */
export function PageModeSwitch() {
  const mode = usePageMode();
  return (
    <div role="group" aria-label="显示方式" className="js-only flex gap-1 font-sans text-sm print:hidden">
      {CHOICES.map(([choice, text]) => (
        <button
          key={choice}
          type="button"
          aria-pressed={mode === choice}
          onClick={() => setPageMode(choice)}
          className="min-h-9 min-w-12 rounded border border-rule px-3 hover:border-accent aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-paper"
        >
          {text}
        </button>
      ))}
    </div>
  );
}
