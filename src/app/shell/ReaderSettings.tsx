import type { TextSize, Theme } from './preferences.ts';
import { usePreferences } from './usePreferences.ts';

const THEME_CHOICES: [Theme, string][] = [
  ['system', '跟随系统'],
  ['light', '浅色'],
  ['dark', '深色'],
];
const SIZE_CHOICES: [TextSize, string][] = [
  ['small', '缩小'],
  ['default', '默认'],
  ['large', '放大'],
];

function ChoiceGroup<T extends string>(props: {
  label: string;
  choices: [T, string][];
  value: T;
  onChoose: (value: T) => void;
}) {
  return (
    <div role="group" aria-label={props.label} className="flex items-center gap-1">
      <span aria-hidden="true" className="mr-1 text-muted">
        {props.label}
      </span>
      {props.choices.map(([value, text]) => (
        <button
          key={value}
          type="button"
          aria-pressed={props.value === value}
          onClick={() => props.onChoose(value)}
          className="min-h-6 rounded border border-rule px-2 py-0.5 hover:border-accent aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-paper"
        >
          {text}
        </button>
      ))}
    </div>
  );
}

/** Theme (跟随系统/浅色/深色) and text size (缩小/默认/放大), remembered in localStorage. */
export function ReaderSettings() {
  const [preferences, update] = usePreferences();
  return (
    <div className="flex flex-wrap items-center justify-end gap-x-4 gap-y-2 py-2 text-xs sm:text-sm">
      <ChoiceGroup label="外观" choices={THEME_CHOICES} value={preferences.theme} onChoose={(theme) => update({ theme })} />
      <ChoiceGroup label="字号" choices={SIZE_CHOICES} value={preferences.textSize} onChoose={(textSize) => update({ textSize })} />
    </div>
  );
}
