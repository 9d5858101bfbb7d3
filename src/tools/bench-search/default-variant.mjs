// "Pagefind's default setup on the same pages": a copy of dist/ without the site's own
// pagefind/ folder, indexed by Pagefind's Node API with no options at all.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

function check(step, response) {
  if (response.errors?.length) throw new Error(`Pagefind default ${step} failed:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/** Returns the folder holding the default variant and what Pagefind reported while indexing. */
export async function buildDefaultVariant(dist) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-search-default-'));
  await cp(dist, dir, {
    recursive: true,
    filter: (source) => {
      const rel = relative(dist, source);
      return rel !== 'pagefind' && !rel.startsWith(`pagefind${sep}`);
    },
  });
  try {
    const { index } = check('index creation', await pagefind.createIndex());
    if (!index) throw new Error('Pagefind did not create an index');
    const added = check('indexing', await index.addDirectory({ path: dir }));
    check('writing', await index.writeFiles({ outputPath: join(dir, 'pagefind') }));
    return { dir, pages: added.page_count, remove: () => rm(dir, { recursive: true, force: true }) };
  } finally {
    await pagefind.close();
  }
}
