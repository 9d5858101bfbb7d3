import { readFile, rename, writeFile } from 'node:fs/promises';
import type { ContentProblem } from '../lib/content-error.ts';
import type { PublishedArticle } from '../lib/published-addresses.ts';
import { schemaProblems } from '../lib/schema-problems.ts';
import { publishedAddressesSchema, type PublishedAddresses } from '../schemas/published-addresses.ts';
import { shown } from './content-folder.ts';

/**
 * The lock file of published addresses (content/published-addresses.json): read by every
 * build, written only by `npm run ids:record`. A missing file is an empty record: nothing
 * has been published yet.
 */
export async function readLockFile(path: string): Promise<{ lock: PublishedAddresses; problems: ContentProblem[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lock: {}, problems: [] };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { lock: {}, problems: [{ file: shown(path), where: 'whole file', problem: `is not valid JSON (${(error as Error).message})`, fix: 'restore it from version control; it records every published address' }] };
  }
  const parsed = publishedAddressesSchema.safeParse(json);
  if (!parsed.success) return { lock: {}, problems: schemaProblems(shown(path), parsed.error.issues, 'restore it from version control, or correct the entry by hand') };
  return { lock: parsed.data, problems: [] };
}

/**
 * Writes the lock with these articles' records, keeping every article recorded before.
 * Written to a temporary file and renamed, so the lock is never left half-written.
 */
export async function writeLockFile(path: string, previous: PublishedAddresses, records: ReadonlyMap<string, PublishedArticle>): Promise<void> {
  const merged: Record<string, PublishedArticle> = { ...previous };
  for (const [slug, record] of records) merged[slug] = record;
  const sorted = Object.fromEntries(Object.keys(merged).sort().map((slug) => [slug, merged[slug]]));
  await writeFile(`${path}.tmp`, `${JSON.stringify(sorted, null, 2)}\n`);
  await rename(`${path}.tmp`, path);
}
