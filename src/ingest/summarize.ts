/** The front page's view of an article: no body, a short summary, and what reading time needs. */
import type { Article, ArticleSummary } from '../schema/edition.ts';

const SUMMARY_MAX = 90;

/** The lead paragraph up to its first sentence end within SUMMARY_MAX characters, else its first SUMMARY_MAX. */
export function summaryOf(article: Article): string {
  const lead = article.blocks.find((b) => b.type === 'paragraph');
  if (!lead) return '';
  const chars = [...lead.text];
  if (chars.length <= SUMMARY_MAX) return lead.text;
  const head = chars.slice(0, SUMMARY_MAX).join('');
  const end = Math.max(...[...'。！？!?'].map((p) => head.lastIndexOf(p)));
  return end >= 20 ? head.slice(0, end + 1) : head;
}

export function summarize(article: Article): ArticleSummary {
  const { blocks, source: _source, ...rest } = article;
  let length = 0;
  for (const b of blocks) length += [...(b.type === 'figure' ? b.caption : b.text)].length;
  // the lead photo of lists and search results: the article's first figure that has one (PDF pages only)
  const image = blocks.find((b) => b.type === 'figure' && b.image !== undefined);
  const lead = image?.type === 'figure' ? image.image : undefined;
  return {
    ...rest,
    summary: summaryOf(article),
    length,
    figures: blocks.filter((b) => b.type === 'figure').length,
    ...(lead ? { image: lead } : {}),
  };
}
