/** The URL scheme in one place: `/`, `/:date`, `/:date?section=<slug>`, `/:date/article/:id`. */
export function editionPath(date: string): string {
  return `/${date}`;
}

export function articlePath(date: string, id: string): string {
  return `/${date}/article/${id}`;
}

export function sectionSearch(slug: string | null): string {
  return slug === null ? '' : `?${new URLSearchParams({ section: slug }).toString()}`;
}
