import { Link } from 'react-router';
import type { Section } from '../../schema/edition.ts';
import { editionPath, sectionSearch } from '../lib/paths.ts';

interface ArticleSectionLinksProps {
  date: string;
  /** The article's section names, as the data gives them. */
  names: string[];
  sections: Section[];
}

/** Links from an article to its sections on the edition's front page. */
export function ArticleSectionLinks({ date, names, sections }: ArticleSectionLinksProps) {
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">所属栏目:</span>
      {names.map((name) => {
        const section = sections.find((candidate) => candidate.name === name);
        return section ? (
          <Link
            key={name}
            to={{ pathname: editionPath(date), search: sectionSearch(section.slug) }}
            className="rounded-full border border-rule px-3 py-1 hover:border-accent hover:text-accent"
          >
            {name}
          </Link>
        ) : (
          <span key={name} className="px-1">
            {name}
          </span>
        );
      })}
    </p>
  );
}
