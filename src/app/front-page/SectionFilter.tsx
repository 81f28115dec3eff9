import { Link, useLocation } from 'react-router';
import type { EditionIndex } from '../../schema/edition.ts';
import { sectionSearch } from '../lib/paths.ts';

interface SectionFilterProps {
  edition: EditionIndex;
  /** The chosen section's slug, null for 全部. */
  active: string | null;
}

/** 栏目 links: the choice is the URL's ?section=, so it can be shared, reloaded and undone with Back. */
export function SectionFilter({ edition, active }: SectionFilterProps) {
  const { pathname } = useLocation();
  const choices = [
    { slug: null, name: '全部', count: edition.articles.length },
    ...edition.sections.map((section) => ({
      slug: section.slug,
      name: section.name,
      count: edition.articles.filter((article) => article.sections.includes(section.name)).length,
    })),
  ];
  return (
    <nav aria-label="栏目" className="border-b border-rule py-3">
      <ul className="flex flex-wrap gap-2">
        {choices.map((choice) => {
          const current = choice.slug === active;
          return (
            <li key={choice.slug ?? ''}>
              <Link
                to={{ pathname, search: sectionSearch(choice.slug) }}
                preventScrollReset
                aria-current={current ? 'page' : undefined}
                className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-1.5 text-sm ${
                  current ? 'border-accent bg-accent text-paper' : 'border-rule hover:border-accent hover:text-accent'
                }`}
              >
                <bdi>{choice.name}</bdi>
                <span className={`text-xs ${current ? '' : 'text-muted'}`}>
                  {choice.count}
                  <span className="sr-only">篇</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
