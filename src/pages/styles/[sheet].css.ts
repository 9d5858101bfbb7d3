import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { transform } from 'esbuild';

// Stylesheets that only some pages or actions need, minified, at `${BASE_URL}styles/<name>.css`,
// so that the site's one bundled stylesheet (the first view of every article) carries none of
// them: the link tools' styles (src/styles/link-tools.css), loaded by their code on first use
// (src/scripts/links/stylesheet.ts), and the share pages' (src/styles/share-page.css).
const sheets = ['link-tools', 'share-page'] as const;

export const getStaticPaths: GetStaticPaths = () => sheets.map((sheet) => ({ params: { sheet } }));

export const GET: APIRoute = async ({ params }) => {
  const css = await readFile(join(process.cwd(), `src/styles/${params['sheet']}.css`), 'utf8');
  const { code } = await transform(css, { loader: 'css', minify: true });
  return new Response(code, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
