// The judged query set (tests/search/queries.json, described in tests/search/README.md).
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';

const querySchema = z.strictObject({
  id: z.string().min(1),
  category: z.string().min(1),
  query: z.string().min(1),
  /** Every address a reader would expect: a paragraph id, a heading slug or `note-<id>`. */
  expected: z.array(z.string().min(1)),
  why: z.string(),
});
export type JudgedQuery = z.output<typeof querySchema>;

/** Reads the query set, keeping only the given categories or query ids when `only` lists any. */
export function readQueries(file: string, only: readonly string[] = []): JudgedQuery[] {
  const parsed = z.array(querySchema).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: entry ${issue?.path.join('.') ?? '?'} ${issue?.message ?? 'is not valid'}; each entry is { id, category, query, expected: [addresses], why } (see tests/search/README.md)`);
  }
  if (only.length === 0) return parsed.data;
  const wanted = new Set(only);
  return parsed.data.filter((query) => wanted.has(query.category) || wanted.has(query.id));
}
