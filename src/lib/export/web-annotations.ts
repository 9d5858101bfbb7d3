import type { ArticleData, BlockData, NoteData } from '../../schemas/article.ts';
import { annoContext, type Annotation, type AnnotationCollection, type Motivation, type TextualBody } from '../../schemas/data/annotation-collection.ts';
import type { NoteType } from '../note-types.ts';
import { codePointOffset } from './code-points.ts';
import { absoluteUrl, articleDataPaths, type SiteAddress } from './paths.ts';
import { textQuote } from './text-quote.ts';

/**
 * What each kind of note does, in the Web Annotation vocabulary: an error asks for an edit
 * (its correction), a style note assesses the wording, a name note identifies what the
 * phrase names, a term note describes it, a context note comments on it.
 */
export const noteMotivations: Record<NoteType, Motivation> = {
  error: 'editing',
  style: 'assessing',
  name: 'identifying',
  term: 'describing',
  context: 'commenting',
};

/** The purpose of the note's own text: an error's text explains the fault (the correction is the edit). */
const explanationPurpose = (type: NoteType): Motivation => (type === 'error' ? 'commenting' : noteMotivations[type]);

/**
 * One article's notes as a W3C Web Annotation collection (src/schemas/data/annotation-collection.ts):
 * each note an Annotation on its phrase in the source paragraph, which it selects twice, by
 * quote and by position, over the paragraph's text as the article page shows it.
 */
export function annotationCollection(article: ArticleData, where: SiteAddress): AnnotationCollection {
  const id = absoluteUrl(articleDataPaths(article.slug).annotations, where);
  const page = absoluteUrl(article.path, where);
  const items = article.blocks.flatMap((block) => block.notes.map((note) => annotation(article, block, note, { id, page })));
  return {
    '@context': annoContext,
    id,
    type: 'AnnotationCollection',
    label: `Translation notes on “${article.title.translation}”`,
    total: items.length,
    ...(items.length === 0 ? {} : { first: { id: `${id}#notes`, type: 'AnnotationPage', startIndex: 0, items } }),
  };
}

function annotation(article: ArticleData, block: BlockData, note: NoteData, urls: { id: string; page: string }): Annotation {
  const text = block.source.text;
  const start = codePointOffset(text, note.start);
  const end = codePointOffset(text, note.end);
  const body: TextualBody[] = [{ type: 'TextualBody', purpose: explanationPurpose(note.type), value: note.html, format: 'text/html', language: article.translation.lang }];
  if (note.correction !== undefined) {
    body.push({ type: 'TextualBody', purpose: 'editing', value: note.correction, format: 'text/plain', language: article.source.lang, textDirection: article.source.dir });
  }
  return {
    id: `${urls.id}#${note.address}`,
    type: 'Annotation',
    motivation: noteMotivations[note.type],
    label: note.title,
    body,
    target: {
      type: 'SpecificResource',
      source: `${urls.page}#${encodeURIComponent(block.address)}`,
      selector: [
        { type: 'TextQuoteSelector', ...textQuote(text, start, end) },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
}
