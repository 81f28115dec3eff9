import { Fragment } from 'react';
import { usePhrases } from './phrases.ts';

/**
 * Text that breaks only between phrases (BudouX, see phrases.ts): `<wbr>` between phrases and `word-break:
 * keep-all` inside, so `跑出高质` / `量发展` becomes `跑出` / `高质量发展`. Plain text while the phrases are not known.
 */
export function PhraseText({ text }: { text: string }) {
  const phrases = usePhrases(text);
  if (!phrases || phrases.length < 2) return text;
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
