import { assembleArticle } from '../../../../../src/lib/assemble-article.ts';
import type { SiteAddress } from '../../../../../src/lib/export/paths.ts';
import type { ArticleData } from '../../../../../src/schemas/article.ts';
import { articleInput, smallArticle, type ArticleFiles } from '../../../fixtures/article-input.ts';

/** Where the test site is published: under a base path, so that no URL forgets it. */
export const testSite: SiteAddress = { site: 'https://example.org', base: '/annotated/' };

/**
 * The small Arabic article of the unit fixtures (two paragraphs, a heading, an empty line,
 * an error, a name and two context notes), assembled as the loader would, with any files
 * changed; its addresses are recorded first, as for a published article.
 */
export async function exportedArticle(changes: Partial<ArticleFiles> = {}): Promise<ArticleData> {
  const files = { ...smallArticle, ...changes };
  const first = assembleArticle(await articleInput(files));
  const { article, problems } = assembleArticle(await articleInput({ ...files, published: first.record }));
  if (!article) throw new Error(`the fixture does not assemble:\n${problems.map((problem) => `${problem.file} → ${problem.where}: ${problem.problem}`).join('\n')}`);
  return article;
}

/** A note file as the fixtures write them. */
export function noteFile(fields: Record<string, string | number>, body: string): string {
  return `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n\n${body}\n`;
}
