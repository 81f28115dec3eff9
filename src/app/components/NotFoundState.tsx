import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';

export type Missing = 'edition' | 'article' | 'section' | 'page';

const MESSAGE: Record<Missing, string> = {
  edition: '没有这一天的报纸。',
  article: '这期报纸里没有这篇文章。',
  section: '这期报纸没有这个栏目。',
  page: '没有这个页面。',
};

export function NotFoundState({ missing }: { missing: Missing }) {
  useDocumentTitle('找不到页面 - 报纸阅读');
  return (
    <div className="py-16 text-center">
      <h1 tabIndex={-1} className="font-serif text-3xl font-bold">
        找不到页面(404)
      </h1>
      <p className="mt-4 text-muted">{MESSAGE[missing]}</p>
      <p className="mt-6">
        <Link to="/" className="font-bold text-accent underline underline-offset-4">
          回到最新一期
        </Link>
      </p>
    </div>
  );
}
