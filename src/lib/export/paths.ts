import { withBase } from '../base-path.ts';

// Where the open-data files live below the site's base, for the endpoints that write them,
// the files that link to one another and the article page that links to them: one place,
// so that a link and the file it names cannot drift apart.

/** The index of every article and its data files. */
export const articlesIndexPath = 'data/articles.json';

/** The three files of one article, each in its own format. */
export function articleDataPaths(slug: string): { json: string; annotations: string; tei: string } {
  return {
    json: `data/articles/${slug}.json`,
    annotations: `data/articles/${slug}.annotations.jsonld`,
    tei: `data/articles/${slug}.tei.xml`,
  };
}

/** The schemas the data files are written to, served beside them (copies of src/schemas/data/). */
export const schemaFiles = {
  articles: 'articles.schema.json',
  article: 'article.schema.json',
  annotations: 'annotations.schema.json',
  tei: 'tei-annotated-translations.rng',
} as const;
export type SchemaName = keyof typeof schemaFiles;

export const schemaPath = (name: SchemaName) => `data/schemas/${schemaFiles[name]}`;

/** The origin and base path the site is published at; the data files hold absolute URLs. */
export interface SiteAddress {
  /** The public origin (Astro's `site`): `https://example.org`. */
  site: string | URL;
  /** The base path (Astro's `base`): `/` or `/annotated/`. */
  base: string;
}

/** The absolute URL of a path below the site's base. */
export function absoluteUrl(path: string, where: SiteAddress): string {
  return new URL(withBase(path, where.base), where.site).href;
}
