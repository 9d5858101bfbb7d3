import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePaths } from '../../../data/library.ts';
import { annotationCollection } from '../../../lib/export/web-annotations.ts';
import type { ArticleData } from '../../../schemas/article.ts';
import { siteAddress } from '../_site-address.ts';

export const getStaticPaths: GetStaticPaths = articlePaths;

/** One article's notes as a W3C Web Annotation collection (JSON-LD). */
export const GET: APIRoute<{ article: ArticleData }> = ({ props: { article }, site }) =>
  new Response(JSON.stringify(annotationCollection(article, siteAddress(site))), {
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
