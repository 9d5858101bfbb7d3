import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePaths } from '../../../data/library.ts';
import { teiDocument } from '../../../lib/export/tei/tei-document.ts';
import type { ArticleData } from '../../../schemas/article.ts';
import { siteAddress } from '../_site-address.ts';

export const getStaticPaths: GetStaticPaths = articlePaths;

/** One article as a TEI P5 document (valid against src/schemas/data/tei/). */
export const GET: APIRoute<{ article: ArticleData }> = ({ props: { article }, site }) =>
  new Response(teiDocument(article, siteAddress(site)), { headers: { 'Content-Type': 'application/tei+xml; charset=utf-8' } });
