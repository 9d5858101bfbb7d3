/**
 * A path below the site's base (`articles/x/`, `search/`) as a link: the one place that
 * joins them, for pages and client scripts alike (`import.meta.env.BASE_URL` ends in `/`).
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path.replace(/^\//, '')}`;
}
