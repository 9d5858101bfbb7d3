import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import type { ArticleData } from '../../../schemas/article.ts';
import { teiIds, teiNoteId } from './tei-ids.ts';
import { xmlText } from './xml-checks.ts';

/**
 * Every note, in reading order, as a `<note>` with its type, its title as `<label>`, its
 * body, and for a style note its suggested wording; `@target` is the phrase the note is on
 * (the choice, name, term or seg that marks it in the original). Undefined when there are
 * no notes: TEI's back may not be empty. `bodies` holds each note's body, by note id.
 */
export function teiBack(article: ArticleData, bodies: ReadonlyMap<string, ElementContent[]>): Element | undefined {
  const notes: ElementContent[] = [{ type: 'text', value: '\n' }];
  for (const block of article.blocks) {
    for (const note of block.notes) {
      const where = `article ${article.slug}, note ${note.id}`;
      const suggestion =
        note.type !== 'error' && note.correction !== undefined ? [x('p', 'Suggested wording: ', x('seg', { type: 'suggestion', 'xml:lang': article.source.lang }, xmlText(note.correction, where)))] : [];
      notes.push(
        x('note', { 'xml:id': teiNoteId(note.id, where), type: note.type, target: `#${teiIds(block.address, where).phrase(note.id)}` }, x('label', xmlText(note.title, where)), bodies.get(note.id) ?? [], suggestion),
        { type: 'text', value: '\n' },
      );
    }
  }
  if (notes.length === 1) return undefined;
  return x('back', '\n', x('div', { type: 'notes', 'xml:lang': article.translation.lang }, notes), '\n');
}
