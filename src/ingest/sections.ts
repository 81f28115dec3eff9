/** Which topic sections (栏目) an article belongs to: the topics its words signal. Page names are not topics. */
import type { Section } from '../schema/edition.ts';
import type { Taxonomy } from '../schema/manifest.ts';
import type { ParsedArticle } from './parsePage.ts';

const TITLE_WEIGHT = 5;
/** A topic needs this many points, and at least this share of the best topic's points, to count. */
const MIN_SCORE = 4;
const MIN_SHARE = 0.5;
const MAX_TOPICS = 2;

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

export type Topic = Omit<Section, 'count'>;

export function topicsOf(article: ParsedArticle, taxonomy: Taxonomy): Topic[] {
  // Stryker disable next-line MethodExpression: join() writes a null as '', so without the filter the title only gains spaces at its ends, which no keyword without a space at its own end can match
  const title = [article.series, article.kicker, article.headline, article.subheadline].filter(Boolean).join(' ');
  const body = article.blocks.map((b) => (b.type === 'figure' ? b.caption : b.text)).join('\n');
  const scored = taxonomy.sections
    .map((s) => ({
      section: { slug: s.slug, name: s.name },
      score: s.keywords.reduce((sum, k) => sum + TITLE_WEIGHT * count(title, k) + count(body, k), 0),
    }))
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.score ?? 0;
  const topics = scored
    .filter((s) => s.score >= best * MIN_SHARE)
    .slice(0, MAX_TOPICS)
    .map((s) => s.section);
  return topics.length > 0 ? topics : [taxonomy.fallback];
}
