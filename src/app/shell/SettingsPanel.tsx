import { ChoiceGroup } from './ChoiceGroup.tsx';
import type { Preferences, TextSize, Theme } from './preferences.ts';

const THEME_CHOICES = [
  ['system', '跟随系统'],
  ['light', '浅色'],
  ['dark', '深色'],
] as const satisfies readonly (readonly [Theme, string])[];
const SIZE_CHOICES = [
  ['small', '小'],
  ['default', '标准'],
  ['large', '大'],
  ['x-large', '特大'],
  ['xx-large', '超大'],
] as const satisfies readonly (readonly [TextSize, string])[];

/** What 阅读设置 opens (ReaderSettings.tsx): theme and text size, and a word when they could not be kept. */
export function SettingsPanel({
  preferences,
  update,
  saved,
}: {
  preferences: Preferences;
  update: (change: Partial<Preferences>) => void;
  saved: boolean;
}) {
  return (
    <>
      <ChoiceGroup label="外观" choices={THEME_CHOICES} value={preferences.theme} onChoose={(theme) => update({ theme })} />
      <ChoiceGroup label="字号" choices={SIZE_CHOICES} value={preferences.textSize} onChoose={(textSize) => update({ textSize })} />
      <div aria-live="polite">
        {saved ? null : (
          <p role="status" className="text-xs text-accent">
            未能保存设置：浏览器不允许存储，只在这次访问有效。
          </p>
        )}
      </div>
    </>
  );
}
