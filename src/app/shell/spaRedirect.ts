/**
 * The receiving half of public/404.html (GitHub Pages has no rewrites): the 404 page sends
 * `/base/2024-07-05/article/x?section=y` to `/base/?/2024-07-05/article/x&section=y`, and this puts the
 * original URL back before the router reads it. Done in main.tsx, not an inline script, so a CSP can forbid those.
 */
export function restoreSpaRedirect(location: Pick<Location, 'search' | 'hash' | 'pathname'>): string | null {
  if (!location.search.startsWith('?/')) return null;
  const [path = '', ...query] = location.search
    .slice(2)
    .split('&')
    .map((part) => part.replace(/~and~/g, '&'));
  const base = location.pathname.endsWith('/') ? location.pathname : `${location.pathname}/`;
  const search = query.length > 0 ? `?${query.join('&')}` : '';
  return `${base}${path.replace(/^\/+/, '')}${search}${location.hash}`;
}
