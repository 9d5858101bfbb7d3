import { readdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexRecords, type SearchDocument } from '../lib/search/records';

/**
 * The index language for every record. All records share it so Pagefind builds one index
 * that any page (Arabic or English) searches, and it is a language Pagefind has no
 * stemmer for, so it keeps our analysed keys as they are instead of stemming them again.
 */
export const indexLanguage = 'zxx';

/** Fails the build with Pagefind's own errors instead of leaving a site without search. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/**
 * Builds the search index from the site's search documents (`search-data/*.json`, written
 * by the pages), not from the HTML: every record holds keys made by the same analysis the
 * browser applies to a query, so Arabic spelling variants meet.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const dataDir = `${outDir}/search-data`;
        const files = (await readdir(dataDir)).filter((file) => file.endsWith('.json'));
        const { index } = check('index creation', await pagefind.createIndex({ forceLanguage: indexLanguage }));
        if (!index) throw new Error('Pagefind did not create an index');
        try {
          let count = 0;
          for (const file of files) {
            const document = JSON.parse(await readFile(`${dataDir}/${file}`, 'utf8')) as SearchDocument;
            for (const record of indexRecords(document)) {
              check(`indexing ${record.url}`, await index.addCustomRecord({ ...record, language: indexLanguage, meta: {} }));
              count++;
            }
          }
          check('writing', await index.writeFiles({ outputPath: `${outDir}/pagefind` }));
          // Pagefind always writes its own search interfaces; this site has its own, so they go.
          for (const file of await readdir(`${outDir}/pagefind`)) {
            if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(file)) await rm(`${outDir}/pagefind/${file}`);
          }
          logger.info(`indexed ${count} records from ${files.length} articles`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
