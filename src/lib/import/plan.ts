import { segmentDocument, type AddressedBlock } from '../blocks.ts';
import type { ContentProblem } from '../content-error.ts';
import type { DocumentItem } from '../document-items.ts';
import { addressSourceBlocks } from '../paragraph-id.ts';
import type { ReceivedText } from '../source-text.ts';
import type { NewArticleRequest } from './arguments.ts';
import { entryText } from './entry-text.ts';
import type { ArticleTitles } from './titles.ts';
import { draftTranslationText } from './translation-text.ts';

/** The language every article is translated into. */
export const translationLang = 'en';

/** A new article's three files inside the content folder. */
export function articlePaths(slug: string, lang: string) {
  return { source: `sources/${slug}.${lang}.txt`, entry: `articles/${slug}.yml`, translation: `translations/${slug}.${translationLang}.md` } as const;
}

export interface PlannedFile {
  /** Inside the content folder. */
  path: string;
  contents: string | Uint8Array;
}

export interface ArticlePlan {
  /** In the order they are written. */
  files: PlannedFile[];
  /** Every block of the source with its address, in order. */
  blocks: AddressedBlock[];
}

export interface PlanInput {
  request: NewArticleRequest;
  /** The content folder as messages show it (`content`). */
  contentDir: string;
  /** The received file, byte for byte. */
  bytes: Uint8Array;
  received: ReceivedText;
  headings: readonly number[];
  titles: ArticleTitles;
  /** The site's processor's rendering of the received text with these headings (sourceMarkdown). */
  items: readonly DocumentItem[];
}

/** p1 … pN: a new article's paragraphs are numbered in order; later insertions get new ids. */
export const paragraphIds = (count: number) => Array.from({ length: count }, (_, index) => `p${index + 1}`);

/**
 * What the command writes for a new article: the received file unchanged, the entry and a
 * draft translation with one empty block per source block. Addresses come from the site's
 * own code: paragraphs from the entry's ids, headings from the slugs rehype-slug gave them.
 */
export function planArticle(input: PlanInput): { plan: ArticlePlan; problems?: undefined } | { plan?: undefined; problems: ContentProblem[] } {
  const { request, contentDir, received, headings, titles } = input;
  const paths = articlePaths(request.slug, request.lang);
  const shown = (path: string) => `${contentDir}/${path}`;
  const segmented = segmentDocument(shown(paths.source), input.items);
  if (segmented.problems.length > 0) return { problems: segmented.problems };
  const ids = paragraphIds(received.lines.length - headings.length);
  const addressed = addressSourceBlocks({
    entryFile: shown(paths.entry),
    sourceFile: shown(paths.source),
    lines: received.lines,
    segments: segmented.segments,
    headings,
    paragraphIds: ids,
  });
  if (addressed.problems.length > 0) return { problems: addressed.problems };
  const entry = entryText({ slug: request.slug, title: titles.source, description: request.description, lang: request.lang, published: request.published, headings, paragraphIds: ids });
  const translation = draftTranslationText({ title: titles.english, translator: request.translator, addresses: addressed.blocks.map((block) => block.address) });
  return {
    plan: {
      files: [
        { path: paths.source, contents: input.bytes },
        { path: paths.entry, contents: entry },
        { path: paths.translation, contents: translation },
      ],
      blocks: addressed.blocks,
    },
  };
}
