import { withBase } from '../base-path.ts';
import { articleDataPaths, articlesIndexPath, schemaPath } from './paths.ts';

/** One data file of an article, as the article page links to it. */
export interface DataLink {
  /** The format's name, for the visible link: "JSON". */
  format: string;
  /** The media type, for `<link rel="alternate" type>`. */
  type: 'application/json' | 'application/ld+json' | 'application/tei+xml';
  href: string;
  /** What the file holds, in a word or two. */
  holds: string;
  /** The schema the file is valid against. */
  schema: { name: string; href: string };
}

/** An article's three data files, each with its format and its schema; links below `base`. */
export function articleDataLinks(slug: string, base: string = import.meta.env.BASE_URL): DataLink[] {
  const paths = articleDataPaths(slug);
  return [
    {
      format: 'JSON',
      type: 'application/json',
      href: withBase(paths.json, base),
      holds: 'every block and note',
      schema: { name: 'JSON Schema', href: withBase(schemaPath('article'), base) },
    },
    {
      format: 'W3C Web Annotations',
      type: 'application/ld+json',
      href: withBase(paths.annotations, base),
      holds: 'the notes, as JSON-LD',
      schema: { name: 'JSON Schema', href: withBase(schemaPath('annotations'), base) },
    },
    {
      format: 'TEI P5',
      type: 'application/tei+xml',
      href: withBase(paths.tei, base),
      holds: 'source and translation',
      schema: { name: 'RELAX NG schema', href: withBase(schemaPath('tei'), base) },
    },
  ];
}

/** The index of every article's data, for a link beside the article's own files. */
export const dataIndexLink = (base: string = import.meta.env.BASE_URL) => ({ href: withBase(articlesIndexPath, base) });

/** The `<link rel="alternate">` elements of an article page: one per data file, told apart by their types. */
export function dataAlternates(slug: string, base: string = import.meta.env.BASE_URL): { rel: 'alternate'; type: DataLink['type']; href: string }[] {
  return articleDataLinks(slug, base).map((link) => ({ rel: 'alternate', type: link.type, href: link.href }));
}
