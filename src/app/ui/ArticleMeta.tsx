import type { ArticleSummary } from '../../schema/edition.ts';
import { readingMinutes } from './dates.ts';

interface ArticleMetaProps {
  article: Pick<ArticleSummary, 'page' | 'length' | 'figures'>;
}

/** 第1版 · 约5分钟 · 1图: where it ran and what reading it costs. */
export function ArticleMeta({ article }: ArticleMetaProps) {
  const parts = [`第${article.page}版`, `约${readingMinutes(article.length)}分钟`];
  if (article.figures > 0) parts.push(`${article.figures}图`);
  return <p className="text-sm text-muted">{parts.join(' · ')}</p>;
}
