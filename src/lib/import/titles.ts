import type { ContentProblem } from '../content-error.ts';
import type { SourceLine } from '../source-text.ts';
import { command, type NewArticleRequest } from './arguments.ts';

export interface ArticleTitles {
  source: string;
  english: string;
  /** Where each title came from when the author gave none, to say so in the output. */
  derived: string[];
}

/** A working English title from the slug's words ("north-korea-treaty" → "North korea treaty"), to be replaced. */
export const workingTitle = (slug: string) => `${slug.charAt(0).toUpperCase()}${slug.slice(1).replaceAll('-', ' ')}`;

/**
 * The article's two titles: the ones given, else for the source its own headline (line 1,
 * when it is taken as a heading) and for English a working title from the slug. A text
 * without a headline gets no invented source title: the author names it.
 */
export function articleTitles(request: NewArticleRequest, lines: readonly SourceLine[], headings: readonly number[]): { titles: ArticleTitles; problem?: undefined } | { titles?: undefined; problem: ContentProblem } {
  const derived: string[] = [];
  let source = request.titleSource;
  if (source === undefined) {
    const first = lines[0];
    if (!first || first.line !== 1 || !headings.includes(1)) {
      return {
        problem: {
          file: command,
          where: '--title-source',
          problem: `is missing, and ${request.file} has no headline to take it from (line 1 is not a heading)`,
          fix: `give the title in the source's language, e.g. --title-source "كوريا الشمالية وروسيا تتعهدان بالدعم العسكري المتبادل" (when the text has none, the editors write one)`,
        },
      };
    }
    source = first.text.trim();
    derived.push(`the source title is line 1, the text's headline: ${source}`);
  }
  let english = request.titleEn;
  if (english === undefined) {
    english = workingTitle(request.slug);
    derived.push(`the English title is a working title made from the slug: ${english}`);
  }
  return { titles: { source, english, derived } };
}
