// "Pagefind's default setup on the same pages": a copy of the built site without its own
// pagefind/ folder, indexed by Pagefind's Node API with no options at all.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind default ${step} failed:\n  ${response.errors.join('\n  ')}`);
  return response;
}

export interface DefaultVariant {
  dir: string;
  pages: number;
  remove(): Promise<void>;
}

export async function buildDefaultVariant(dist: string): Promise<DefaultVariant> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-search-default-'));
  await cp(dist, dir, {
    recursive: true,
    filter: (source) => {
      const path = relative(dist, source);
      return path !== 'pagefind' && !path.startsWith(`pagefind${sep}`);
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
