import { chineseVoice } from './speech.ts';

export interface ReadAloudCallbacks {
  /** A block has started to be spoken. */
  onBlock: (index: number) => void;
  /** The last block has been spoken. */
  onDone: () => void;
  /** The browser cannot speak: no voice (Chromium on most Linux systems fails each utterance), or it broke. */
  onError: () => void;
}

export interface ReadAloud {
  pause: () => void;
  resume: () => void;
  stop: () => void;
  /** Restarts the block being read at the new speed. */
  setRate: (rate: number) => void;
}

/**
 * 朗读's engine, a chunk of its own fetched on the first press of 朗读: speaks `texts` (by block index, null to
 * skip a block) one utterance a block, so the block being spoken is always known, in zh-CN with a Chinese voice
 * where the system has one. Events from utterances of a cancelled run are ignored.
 */
export function startReadAloud(synth: SpeechSynthesis, texts: readonly (string | null)[], callbacks: ReadAloudCallbacks): ReadAloud {
  let run = 0;
  let current = 0;
  let rate = 1;

  const speakFrom = (start: number) => {
    const id = ++run;
    synth.cancel();
    const voice = chineseVoice(synth);
    const speak = (index: number) => {
      if (run !== id) return;
      let next = index;
      while (next < texts.length && !texts[next]) next++;
      if (next >= texts.length) {
        run++;
        callbacks.onDone();
        return;
      }
      const utterance = new SpeechSynthesisUtterance(texts[next]!);
      utterance.lang = 'zh-CN';
      if (voice) utterance.voice = voice;
      utterance.rate = rate;
      utterance.onstart = () => {
        if (run !== id) return;
        current = next;
        callbacks.onBlock(next);
      };
      utterance.onend = () => speak(next + 1);
      // A cancel (stop, a new speed) interrupts an utterance on purpose: only other errors mean it cannot speak.
      utterance.onerror = (event) => {
        if (run !== id || event.error === 'interrupted' || event.error === 'canceled') return;
        run++;
        callbacks.onError();
      };
      synth.speak(utterance);
    };
    speak(start);
  };

  speakFrom(0);
  return {
    pause: () => synth.pause(),
    resume: () => synth.resume(),
    stop: () => {
      run++;
      synth.cancel();
    },
    setRate: (value) => {
      rate = value;
      speakFrom(current);
    },
  };
}
