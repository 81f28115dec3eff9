import { Link } from '../ui/Link.tsx';
import type { Section } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';

interface ArticleSectionLinksProps {
  paper: string;
  date: string;
  /** The article's section slugs, as the data gives them. */
  slugs: string[];
  sections: Section[];
}

/** Links from an article to its topics in the same edition: ingest's keyword guess, marked as one (SectionFilter). */
export function ArticleSectionLinks({ paper, date, slugs, sections }: ArticleSectionLinksProps) {
  const own = sections.filter((section) => slugs.includes(section.slug));
  if (own.length === 0) return null;
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">话题（自动归类）：</span>
      {own.map((section) => (
        <Link
          key={section.slug}
          to={urls.section(paper, date, section.slug)}
          className="rounded-full border border-rule px-3 py-1 hover:border-accent hover:text-accent"
        >
          <bdi>{section.name}</bdi>
        </Link>
      ))}
    </p>
  );
}
