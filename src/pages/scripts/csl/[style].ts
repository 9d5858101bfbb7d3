import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cslStyleFiles } from '../../../lib/links/csl-style-files';

// The official CSL styles the Cite dialog adds to citation-js (src/lib/links/csl-styles/),
// served unchanged next to the citation code, which fetches them with it on first use.
export const getStaticPaths: GetStaticPaths = () => Object.values(cslStyleFiles).map((style) => ({ params: { style } }));

export const GET: APIRoute = async ({ params }) => {
  const xml = await readFile(join(process.cwd(), 'src/lib/links/csl-styles', String(params['style'])), 'utf8');
  return new Response(xml, { headers: { 'Content-Type': 'application/vnd.citationstyles.style+xml; charset=utf-8' } });
};
