import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { build } from 'esbuild';
import { citationDataOnly } from './_citation-data';

// Code that reading pages load only when a reader does something (opens a note, arrives
// from a search result), and the search page's script. It is bundled here rather than by
// Vite because Vite wraps every dynamic import in a 1.7 KB preload helper, which alone would
// nearly fill the reading page's 2 KB script budget, and because a Vite-bundled search page
// would share modules with every page's script, which Vite would then split into a chunk
// that every page fetches as one more request.
// Loaded with a script element pointing at `${BASE_URL}scripts/<name>.js`.
const modules = ['note-popover-open', 'landing-highlight', 'search-page', 'link-tools', 'cite'] as const;

export const getStaticPaths: GetStaticPaths = () => modules.map((module) => ({ params: { module } }));

export const GET: APIRoute = async ({ params }) => {
  const result = await build({
    entryPoints: [join(process.cwd(), 'src/scripts/lazy', `${params['module']}.ts`)],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    plugins: [citationDataOnly],
    // What Vite would write in: the site's base, for withBase() in code these bundles share with every page's script.
    define: { 'import.meta.env.BASE_URL': JSON.stringify(import.meta.env.BASE_URL) },
    write: false,
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced nothing for ${params['module']}`);
  return new Response(output.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
