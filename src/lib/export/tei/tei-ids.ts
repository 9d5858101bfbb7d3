import { noteAddress } from '../../addresses.ts';
import { xmlId } from './xml-checks.ts';

// The xml:ids of the TEI export. Source and translation share their block addresses on the
// site, but an XML id names one element, so each side prefixes it. A note keeps its site
// address (note-<id>); the phrase it is on is phrase-<id>. The prefixes differ, so no two
// kinds can collide, whatever the addresses.

/** The ids of one block's two sides and of the phrases notes mark in it. */
export function teiIds(address: string, where: string): { source: string; translation: string; phrase: (noteId: string) => string } {
  return {
    source: xmlId(`source-${address}`, where),
    translation: xmlId(`translation-${address}`, where),
    phrase: (noteId) => xmlId(`phrase-${noteId}`, where),
  };
}

/** A note's id: its address on the article page. */
export const teiNoteId = (noteId: string, where: string) => xmlId(noteAddress(noteId), where);

/** The known or inferred date of the source, which a note on how it was inferred points at. */
export const originDateId = 'origin-date';
