import type { Block } from '../../schema/edition.ts';
import { cjkPunctuation } from '../ui/cjkPunctuation.ts';
import { ArticleFigure } from './ArticleFigure.tsx';

interface ArticleBodyProps {
  blocks: Block[];
  /** 本报讯 and the like run in bold into the first paragraph, as printed. */
  dateline: string | null;
}

export function ArticleBody({ blocks, dateline }: ArticleBodyProps) {
  const firstParagraph = blocks.findIndex((block) => block.type === 'paragraph');
  return (
    <div className="font-serif text-[1.125rem] leading-[1.8]">
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'paragraph': {
            // Ingest may or may not have lifted the dateline out of the text: never print it twice.
            const lead = index === firstParagraph && dateline && !block.text.startsWith(dateline) ? dateline : null;
            return (
              <p key={index} className="my-3 indent-[2em] text-justify [line-break:strict]">
                {lead ? <strong className="font-sans [unicode-bidi:isolate]">{cjkPunctuation(lead)} </strong> : null}
                {cjkPunctuation(block.text)}
              </p>
            );
          }
          case 'heading':
            return (
              <h2 key={index} className="mt-8 mb-3 font-sans text-xl font-bold leading-snug text-accent">
                {cjkPunctuation(block.text)}
              </h2>
            );
          case 'figure':
            return <ArticleFigure key={index} caption={block.caption} credit={block.credit} />;
        }
      })}
    </div>
  );
}
