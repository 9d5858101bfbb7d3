import type { APIRoute, GetStaticPaths } from 'astro';
import { articlePaths } from '../../../data/library.ts';
import { articleJson } from '../../../lib/export/article-json.ts';
import type { ArticleData } from '../../../schemas/article.ts';
import { siteAddress } from '../_site-address.ts';

export const getStaticPaths: GetStaticPaths = articlePaths;

/** One article's blocks and notes as JSON (src/schemas/data/article.schema.json). */
export const GET: APIRoute<{ article: ArticleData }> = ({ props: { article }, site }) => Response.json(articleJson(article, siteAddress(site)));
