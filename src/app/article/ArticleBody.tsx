import { lazy, Suspense, useEffect, useRef } from 'react';
import type { Block } from '../../schema/edition.ts';
import { cjkPunctuation } from '../ui/cjkPunctuation.ts';
import { ArticleFigure } from './ArticleFigure.tsx';
import { chunkGone } from '../data/newBuild.ts';

interface ArticleBodyProps {
  blocks: Block[];
  /** 本报讯 and the like run in bold into the first paragraph, as printed. */
  dateline: string | null;
  /** The block 朗读 is reading: highlighted and kept in view. */
  reading?: number | null;
}

// Photos come only with an article of a printed page: a text article's first view does not load their code (and
// the printed page's image helpers it imports). A prerendered photo stays as drawn until its chunk is in.
export const loadArticlePhoto = () => import('./ArticlePhoto.tsx').catch(chunkGone);
const ArticlePhoto = lazy(async () => ({ default: (await loadArticlePhoto()).ArticlePhoto }));

const READING = 'rounded bg-accent-soft outline outline-4 outline-accent-soft';

export function ArticleBody({ blocks, dateline, reading = null }: ArticleBodyProps) {
  const firstParagraph = blocks.findIndex((block) => block.type === 'paragraph');
  const firstPhoto = blocks.findIndex((block) => block.type === 'figure' && block.image);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (reading === null) return;
    const element = body.current?.querySelector(`[data-block="${reading}"]`);
    const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    // jsdom has no scrollIntoView.
    element?.scrollIntoView?.({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  }, [reading]);

  return (
    <div ref={body} className="font-serif text-[1.125rem] leading-[1.8]">
      {blocks.map((block, index) => {
        const current = index === reading;
        switch (block.type) {
          case 'paragraph': {
            // Ingest may or may not have lifted the dateline out of the text: never print it twice.
            const lead = index === firstParagraph && dateline && !block.text.startsWith(dateline) ? dateline : null;
            return (
              <p
                key={index}
                data-block={index}
                aria-current={current || undefined}
                className={`my-3 indent-[2em] text-justify [line-break:strict] ${current ? READING : ''}`}
              >
                {lead ? <strong className="font-sans [unicode-bidi:isolate]">{cjkPunctuation(lead)} </strong> : null}
                {cjkPunctuation(block.text)}
              </p>
            );
          }
          case 'heading':
            return (
              <h2
                key={index}
                data-block={index}
                aria-current={current || undefined}
                className={`mt-8 mb-3 font-sans text-xl font-bold leading-snug text-accent ${current ? READING : ''}`}
              >
                {cjkPunctuation(block.text)}
              </h2>
            );
          case 'figure':
            return block.image ? (
              <Suspense key={index}>
                <ArticlePhoto image={block.image} caption={block.caption} credit={block.credit} first={index === firstPhoto} />
              </Suspense>
            ) : (
              <ArticleFigure key={index} caption={block.caption} credit={block.credit} />
            );
        }
      })}
    </div>
  );
}
