import { Fragment } from 'react';
import { usePhrases } from './phrases.ts';

/**
 * Text that breaks only between phrases (BudouX) once the segmenter has loaded: `<wbr>` between phrases and
 * `word-break: keep-all` inside, so `跑出高质` / `量发展` becomes `跑出` / `高质量发展`. Plain text until then.
 */
export function PhraseText({ text }: { text: string }) {
  const segment = usePhrases();
  if (!segment) return text;
  const phrases = segment(text);
  if (phrases.length < 2) return text;
  return (
    <span className="break-keep" data-phrases={phrases.length}>
      {phrases.map((phrase, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {phrase}
        </Fragment>
      ))}
    </span>
  );
}
