import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePaths } from '../../../data/library';
import { withBase } from '../../../lib/base-path';
import { publisherName } from '../../../lib/export/publisher';
import { linkDataOf } from '../../../lib/links/link-data';
import type { ArticleData } from '../../../schemas/article';

// The data an article page's link, cite and copy code fetches on first use (see
// src/lib/links/link-data.ts): kept out of the page's HTML, which has no room for it.
export const getStaticPaths: GetStaticPaths = articlePaths;

export const GET: APIRoute<{ article: ArticleData }> = ({ props: { article }, site }) => {
  const url = new URL(withBase(article.path), site).href;
  return new Response(JSON.stringify(linkDataOf(article, url, publisherName)), { headers: { 'Content-Type': 'application/json' } });
};
