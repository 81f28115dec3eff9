import { useClientValue } from '../ui/useClientValue.ts';
import { speechSynthesisOrNull } from './speech.ts';

/** 朗读, only where the browser can speak. The player itself is a chunk of its own, fetched on the first press. */
export function ReadAloudButton({ active, onToggle }: { active: boolean; onToggle: () => void }) {
  // null in the prerendered page and while hydrating: the button's room is kept (invisible, out of the tab order)
  // so that it appears without moving 分享 beside it; a browser that cannot speak then drops it.
  const canSpeak = useClientValue<boolean | null>(() => Boolean(speechSynthesisOrNull()), null);
  if (canSpeak === false) return null;
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={onToggle}
      {...(canSpeak === null && { 'aria-hidden': true, tabIndex: -1, disabled: true })}
      className={`inline-flex min-h-7 items-center gap-1 rounded border border-rule px-2 hover:border-accent hover:text-accent aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-paper ${canSpeak === null ? 'invisible' : ''}`}
    >
      <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
        <path d="M4 9v6h4l5 4V5L8 9z" />
        <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" />
      </svg>
      朗读
    </button>
  );
}
