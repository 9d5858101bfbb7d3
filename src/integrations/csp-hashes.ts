import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pMap from 'p-map';
import { withoutUnusedHashes } from '../lib/csp-hashes';

/** Leaves in each built page's policy only the hashes of its own inline code (src/lib/csp-hashes.ts). */
export default function cspHashes(): AstroIntegration {
  return {
    name: 'csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((path) => path.endsWith('.html'));
        // A few files at a time: a library of 1,000 articles has tens of thousands of pages.
        await pMap(
          pages,
          async (path) => {
            const html = await readFile(join(root, path), 'utf8');
            const trimmed = withoutUnusedHashes(html);
            if (trimmed !== html) await writeFile(join(root, path), trimmed);
          },
          { concurrency: 16 },
        );
      },
    },
  };
}
