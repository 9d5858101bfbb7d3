import type { ContentProblem } from '../content-error.ts';
import type { ContentListing } from '../library-checks.ts';
import { command } from './arguments.ts';

/**
 * Whether a new article's slug is taken: by an article, by any file that names it (a
 * received text, a translation, notes, even without their entry), or by the lock, which
 * keeps the address of an article once published so that it is never reused.
 */
export function slugInUse(slug: string, listing: ContentListing): ContentProblem | undefined {
  const owner = [...listing.articles, ...listing.sources, ...listing.translations, ...listing.notes].find((file) => file.slug === slug);
  const fix = `choose another slug: an article's slug is its address (/articles/${slug}/) and belongs to one article for good`;
  if (owner) return { file: command, where: '--slug', problem: `"${slug}" is already in use: ${owner.file} exists`, fix };
  if (listing.published.includes(slug)) return { file: command, where: '--slug', problem: `"${slug}" is recorded in ${listing.lockFile} as a published article's address`, fix };
  return undefined;
}
