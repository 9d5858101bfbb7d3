import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { build } from 'esbuild';

// Code that reading pages load only when a reader does something (opens a note, arrives
// from a search result). It is bundled here rather than by Vite because Vite wraps every
// dynamic import in a 1.7 KB preload helper, which alone would nearly fill the reading
// page's 2 KB script budget. Loaded with import(`${BASE_URL}scripts/<name>.js`).
const modules = ['note-popover-open', 'landing-highlight'] as const;

export const getStaticPaths: GetStaticPaths = () => modules.map((module) => ({ params: { module } }));

export const GET: APIRoute = async ({ params }) => {
  const result = await build({
    entryPoints: [join(process.cwd(), 'src/scripts/lazy', `${params['module']}.ts`)],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced nothing for ${params['module']}`);
  return new Response(output.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
