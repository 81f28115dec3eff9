import { Link } from '../ui/Link.tsx';
import type { EditionIndex } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import type { FocusState } from '../shell/FocusOnNavigate.tsx';

interface SectionFilterProps {
  edition: EditionIndex;
  /** The section on screen; null on the front page (全部). */
  active: string | null;
}

const LABEL = '话题（按关键词自动归类）';

/** After a choice, focus stays on the chosen topic, as it would in any other set of tabs or filters. */
const KEEP_FOCUS: FocusState = { focus: `nav[aria-label="${LABEL}"] a[aria-current="page"]` };

/**
 * 话题: the edition's topic sections as links, with the counts ingest wrote. They are ingest's guess from keywords
 * (src/ingest/sections.ts, unmeasured), so they say so: a reader took 科技 or 文旅 for the paper's own columns
 * (栏目). The paper's own structure, its pages (版), is the masthead's, above. One topic filters nothing: none shown.
 */
export function SectionFilter({ edition, active }: SectionFilterProps) {
  const paper = edition.paper.slug;
  if (edition.sections.length < 2) return null;
  const choices = [
    { slug: null, name: '全部', count: edition.articles.length, to: urls.edition(paper, edition.date) },
    ...edition.sections.map((section) => ({ ...section, to: urls.section(paper, edition.date, section.slug) })),
  ];
  return (
    <nav aria-label={LABEL} className="border-b border-rule py-3">
      <p className="mb-2 text-xs text-muted">话题 · 按关键词自动归类，不是报纸的栏目</p>
      <ul className="flex flex-wrap gap-2">
        {choices.map((choice) => {
          const current = choice.slug === active;
          return (
            <li key={choice.slug ?? ''}>
              <Link
                to={choice.to}
                state={KEEP_FOCUS}
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
