import type { APIRoute } from 'astro';
import { getArticles } from '../../data/library.ts';
import { articlesIndex } from '../../lib/export/articles-index.ts';
import { siteAddress } from './_site-address.ts';

/** The open-data index: every article and its data files (src/schemas/data/articles.schema.json). */
export const GET: APIRoute = async ({ site }) => Response.json(articlesIndex(await getArticles(), siteAddress(site)));
