import { useHref } from 'react-router';
import type { Article } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { cjkPunctuation } from '../ui/cjkPunctuation.ts';
import { useClientValue } from '../ui/useClientValue.ts';

interface ArticleSourceNotesProps {
  paper: string;
  date: string;
  id: string;
  article: Article;
}

/** Below the text: where a teaser stops, the article's address (printed only), and the source line it was printed with. */
export function ArticleSourceNotes({ paper, date, id, article }: ArticleSourceNotesProps) {
  // The full address needs the browser's origin: the prerendered page holds the path until it hydrates.
  const href = useHref(urls.article(paper, date, id));
  const address = useClientValue(() => new URL(href, window.location.href).href, href);
  return (
    <>
      {/* A teaser from a page's overview (数字报 版面概览) stops mid-sentence: say so where it stops. */}
      {article.teaser ? (
        <p role="note" className="mt-4 border-l-4 border-rule pl-3 text-sm text-muted">
          以上是版面上的内容提要，报纸在此截断，并非全文。
        </p>
      ) : null}
      {/* Printed, the article says where it lives online; on screen the address bar does. */}
      <p className="mt-6 hidden text-sm print:block">本文网址：{address}</p>
      {/* The source line the page printed with the byline (人民日报's web pages: 《人民日报》（…第 18 版）), as printed. */}
      {article.printedIn ? (
        <p className="mt-6 text-sm text-muted">
          出处：<bdi>{cjkPunctuation(article.printedIn)}</bdi>
        </p>
      ) : null}
    </>
  );
}
