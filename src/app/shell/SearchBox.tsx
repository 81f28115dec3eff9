import { useEffect, useRef } from 'react';
import { Form, useLocation, useSearchParams } from 'react-router';
import { urls } from '../../schema/urls.ts';

/** Where a `/` typed should stay text: any field, editable region or select. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The search box of every page's header: a plain GET form to `/search?q=…`, so it works before the script
 * arrives or without it; with it, the router navigates. `/` anywhere but in a field focuses it.
 */
export function SearchBox() {
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const query = pathname === urls.search() ? (params.get('q') ?? '') : '';
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <Form role="search" action={urls.search()} className="flex w-full min-w-0 items-center gap-1 sm:w-auto">
      <label htmlFor="site-search" className="sr-only">
        搜索文章
      </label>
      <input
        ref={input}
        key={query}
        id="site-search"
        type="search"
        name="q"
        defaultValue={query}
        placeholder="搜索文章"
        aria-keyshortcuts="/"
        enterKeyHint="search"
        autoComplete="off"
        className="min-h-9 w-full min-w-0 rounded border border-muted bg-paper px-2 py-1 text-sm placeholder:text-muted sm:w-56"
      />
      <button type="submit" className="min-h-9 shrink-0 rounded border border-rule px-3 py-1 text-sm hover:border-accent hover:text-accent">
        搜索
      </button>
      {/* A keyboard's shortcut: no use on a phone. */}
      <span aria-hidden="true" className="hidden shrink-0 pl-1 text-xs text-muted lg:inline">
        按 <kbd className="rounded border border-rule px-1 font-sans">/</kbd> 键搜索
      </span>
    </Form>
  );
}
