import type { Author } from '../../schema/edition.ts';
import { cjkPunctuation } from './cjkPunctuation.ts';

interface ArticleBylineProps {
  authors: Author[];
  /** As printed; shown when ingest could not split it into authors. */
  byline: string | null;
}

/** 记者 张清 · 宋雪 文/图: the role and contribution quieter than the name. */
export function ArticleByline({ authors, byline }: ArticleBylineProps) {
  if (authors.length === 0) {
    return byline ? <p className="text-muted">{cjkPunctuation(byline)}</p> : null;
  }
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1" aria-label="作者">
      {authors.map((author, index) => (
        <span key={`${author.name}-${index}`} className="whitespace-nowrap">
          {author.role ? <span className="text-muted">{author.role} </span> : null}
          <bdi className="font-bold">{author.name}</bdi>
          {author.contribution ? <span className="text-muted"> {author.contribution}</span> : null}
        </span>
      ))}
    </p>
  );
}
