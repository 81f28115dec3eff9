import type { Block } from '../../schema/edition.ts';
import { cjkPunctuation } from '../ui/cjkPunctuation.ts';

/** What 朗读 reads of each block, by index: the text as shown (the dateline with the first paragraph); not figures. */
export function spokenTexts(blocks: Block[], dateline: string | null): (string | null)[] {
  const firstParagraph = blocks.findIndex((block) => block.type === 'paragraph');
  return blocks.map((block, index) => {
    if (block.type === 'figure') return null;
    const lead = index === firstParagraph && dateline && !block.text.startsWith(dateline) ? `${dateline} ` : '';
    return cjkPunctuation(lead + block.text);
  });
}
