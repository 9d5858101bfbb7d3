import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * citation-js bundles five CSL locales and three styles (about 200 KB). The site cites in
 * English, in APA and in the two official styles it adds itself (src/lib/links/csl-styles/),
 * so the citation code keeps only the en-US locale and APA.
 */
export const citationDataOnly: Plugin = {
  name: 'citation-data-only',
  setup(build) {
    build.onLoad({ filter: /@citation-js[\\/]plugin-csl[\\/]lib-mjs[\\/](locales|styles)\.json$/ }, async ({ path }) => {
      const all = JSON.parse(await readFile(path, 'utf8')) as Record<string, string>;
      const keep = path.endsWith('locales.json') ? 'en-US' : 'apa';
      if (!all[keep]) throw new Error(`${path} no longer has "${keep}": update src/pages/scripts/_citation-data.ts`);
      return { contents: JSON.stringify({ [keep]: all[keep] }), loader: 'json' };
    });
  },
};
