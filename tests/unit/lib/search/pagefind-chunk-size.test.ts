import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { createSiteIndex, indexChunkSize } from '../../../../src/integrations/pagefind-index';
import { indexWord } from '../../../../src/lib/search/index-words';

const out = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
afterAll(async () => {
  await close();
  rmSync(out, { recursive: true, force: true });
});

// Made-up words, each on one page: a vocabulary whose index Pagefind's default chunk size
// (20,000) would keep in a chunk or two.
const letters = 'بتثجحخدذرزسشصضطظعغفقكلمن';
const word = (n: number) => Array.from({ length: 4 }, (_, i) => letters[Math.floor(n / letters.length ** i) % letters.length]).join('');

/** How many index chunks Pagefind cuts the same 20,000 words into. */
async function chunksOf(index: PagefindIndex, name: string): Promise<number> {
  const words = 20_000;
  for (let page = 0; page < 8; page++) {
    const body = Array.from({ length: words / 8 }, (_, i) => indexWord(word(page * (words / 8) + i))).join(' ');
    const { errors } = await index.addHTMLFile({ url: `/p${page}/`, content: `<html lang="zxx"><body><p>${body}</p></body></html>` });
    expect(errors).toEqual([]);
  }
  expect((await index.writeFiles({ outputPath: join(out, name) })).errors).toEqual([]);
  await close();
  return readdirSync(join(out, name, 'index')).length;
}

describe('the index chunk size the site sets', () => {
  it('is honoured by Pagefind: the same words make several times as many chunks as by default', async () => {
    delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
    const { index: plain } = await createIndex({ forceLanguage: 'zxx' });
    if (!plain) throw new Error('Pagefind did not create an index');
    const byDefault = await chunksOf(plain, 'default');
    const site = await chunksOf(await createSiteIndex(), 'site');
    expect(
      site,
      `With PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=${indexChunkSize} Pagefind made ${site} index chunks, by default ${byDefault}: it no longer honours the setting (see src/integrations/pagefind-index.ts).`,
    ).toBeGreaterThanOrEqual(2 * byDefault);
  }, 60_000);
});
