import { Link } from '../ui/Link.tsx';
import type { EditionIndex } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { ArticleLink } from '../ui/ArticleLink.tsx';
import { displayHeadline } from '../ui/displayHeadline.ts';
import { pageLabel } from '../ui/pageLabel.ts';
import { PhraseText } from '../ui/PhraseText.tsx';

interface PageContentsProps {
  edition: EditionIndex;
}

/** 要目: every page after the first, its number and name linking to the page, and its headlines. */
export function PageContents({ edition }: PageContentsProps) {
  const paper = edition.paper.slug;
  const pages = edition.pages.slice(1);
  if (pages.length === 0) return null;
  return (
    <section aria-labelledby="contents-heading" className="border-t-4 border-double border-ink pt-4">
      <h2 id="contents-heading" className="mb-4 font-sans text-lg font-bold tracking-[0.2em]">
        要目
      </h2>
      <ol className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
        {pages.map((page) => (
          <li key={page.number} className="min-w-0">
            <h3 className="border-b border-rule pb-1 font-sans font-bold">
              <Link to={urls.page(paper, edition.date, page.number)} className="text-accent hover:underline">
                <bdi>{pageLabel(page)}</bdi>
              </Link>
            </h3>
            <ul className="mt-2 space-y-1.5">
              {edition.articles
                .filter((article) => article.page === page.number)
                .map((article) => (
                  <li key={article.id} className="font-serif leading-snug text-pretty">
                    <ArticleLink paper={paper} date={edition.date} id={article.id} className="hover:text-accent hover:underline">
                      <PhraseText text={displayHeadline(article.headline)} />
                    </ArticleLink>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
