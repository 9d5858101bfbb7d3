import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Fails the build with Pagefind's own errors instead of leaving a site without search. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/** Builds the search index over the finished pages, into `<outDir>/pagefind/`. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index } = check('index creation', await pagefind.createIndex({}));
        if (!index) throw new Error('Pagefind did not create an index');
        try {
          const { page_count } = check('indexing', await index.addDirectory({ path: outDir }));
          check('writing', await index.writeFiles({ outputPath: `${outDir}/pagefind` }));
          logger.info(`indexed ${page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
