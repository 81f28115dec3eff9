import { useEffect, useMemo, useRef, useState } from 'react';
import type { Block } from '../../schema/edition.ts';
import type { ReadAloud } from './readAloud.ts';
import { speechSynthesisOrNull } from './speech.ts';
import { spokenTexts } from './spokenTexts.ts';

const RATES = [0.75, 1, 1.25, 1.5, 2];
const BUTTON = 'min-h-9 rounded border border-rule bg-paper px-3 hover:border-accent';

interface ReadAloudBarProps {
  /** The article's blocks, read from the first, and its dateline (read with the first paragraph). */
  blocks: Block[];
  dateline: string | null;
  /** The block being read, or null when reading stops. */
  onReading: (index: number | null) => void;
  onClose: () => void;
}

/** 朗读's controls, fixed at the bottom of the screen: pause or resume, stop, speed, and which paragraph. */
export function ReadAloudBar({ blocks, dateline, onReading, onClose }: ReadAloudBarProps) {
  // Worked out here, in 朗读's own chunk, and only while it plays: for every article drawn, it was a fiftieth of prerendering one.
  const texts = useMemo(() => spokenTexts(blocks, dateline), [blocks, dateline]);
  const { current, failed, paused, togglePause, rate, changeRate } = useReadAloud(texts, onReading, onClose);
  const paragraph = current === null ? null : texts.slice(0, current + 1).filter(Boolean).length;
  return (
    <div
      role="region"
      aria-label="朗读"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-rule bg-paper px-4 py-2 shadow-[0_-2px_8px_rgb(0_0_0/0.1)]"
    >
      {failed ? (
        <NoVoice onClose={onClose} />
      ) : (
        <div className="mx-auto flex max-w-[40em] flex-wrap items-center gap-2 text-sm">
          <span className="mr-auto font-bold" aria-live="polite">
            {paused ? '已暂停' : '正在朗读'}
            {paragraph ? `：第${paragraph}段` : ''}
          </span>
          <button type="button" onClick={togglePause} className={BUTTON}>
            {paused ? '继续' : '暂停'}
          </button>
          <button type="button" onClick={onClose} className={BUTTON}>
            停止
          </button>
          <label className="flex items-center gap-1">
            语速
            <select value={rate} onChange={(event) => changeRate(Number(event.target.value))} className={`${BUTTON} px-1`}>
              {RATES.map((value) => (
                <option key={value} value={value}>
                  {value}×
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </div>
  );
}

/**
 * Reads `texts` aloud from the first block while the bar is open (the speech code loads on demand), and stops when
 * it closes; `onReading` hears each block as it starts, and null once reading stops.
 */
function useReadAloud(texts: (string | null)[], onReading: (index: number | null) => void, onClose: () => void) {
  const engine = useRef<ReadAloud | null>(null);
  const [rate, setRate] = useState(1);
  const [paused, setPaused] = useState(false);
  const [current, setCurrent] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const synth = speechSynthesisOrNull();
    let cancelled = false;
    if (!synth) return;
    void import('./readAloud.ts').then(({ startReadAloud }) => {
      if (cancelled) return;
      engine.current = startReadAloud(synth, texts, {
        onBlock: (index) => {
          setCurrent(index);
          onReading(index);
        },
        onDone: onClose,
        onError: () => setFailed(true),
      });
    }, onClose);
    return () => {
      cancelled = true;
      engine.current?.stop();
      engine.current = null;
      onReading(null);
    };
  }, [texts, onReading, onClose]);

  const togglePause = () => {
    if (paused) engine.current?.resume();
    else engine.current?.pause();
    setPaused(!paused);
  };
  const changeRate = (value: number) => {
    setRate(value);
    setPaused(false);
    engine.current?.setRate(value);
  };
  return { current, failed, paused, togglePause, rate, changeRate };
}

/** When the browser has no voice to read with: say so, and let the reader close the bar. */
function NoVoice({ onClose }: { onClose: () => void }) {
  return (
    <div className="mx-auto flex max-w-[40em] flex-wrap items-center gap-2 text-sm">
      <p role="alert" className="mr-auto font-bold">
        这个浏览器没有可用的朗读语音，无法朗读。
      </p>
      <button type="button" onClick={onClose} className={BUTTON}>
        关闭
      </button>
    </div>
  );
}
