import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import type { ArticleData, BlockData, NoteData } from '../../../schemas/article.ts';
import type { EntityKind } from '../../note-types.ts';
import { teiIds } from './tei-ids.ts';
import { xmlText } from './xml-checks.ts';

/** The TEI element that marks a name, by what it names. */
const nameElements: Record<EntityKind, string> = { person: 'persName', organisation: 'orgName', place: 'placeName' };

/**
 * The source and the translation as parallel `<div>`s, one `<p>` or `<head>` per block,
 * each pointing at its counterpart with `corresp`. A heading opens a `<div type="section">`
 * holding the blocks up to the next heading of its level or higher, as TEI wants headings
 * at the start of a division. In the source, `@n` is the block's line in the received file.
 * `translations` holds each translated block's content, by address.
 */
export function teiBody(article: ArticleData, translations: ReadonlyMap<string, ElementContent[]>): Element {
  const where = `article ${article.slug}`;
  const source = sections(article.blocks, (block) => {
    const ids = teiIds(block.address, where);
    return x(block.kind === 'heading' ? 'head' : 'p', { 'xml:id': ids.source, corresp: `#${ids.translation}`, n: String(block.line) }, sourceContent(block, `${article.source.file}, line ${block.line} (block ${block.address})`));
  });
  const translation = sections(article.blocks, (block) => {
    const ids = teiIds(block.address, where);
    const content = translations.get(block.address) ?? [x('gap', { reason: 'untranslated' })];
    return x(block.kind === 'heading' ? 'head' : 'p', { 'xml:id': ids.translation, corresp: `#${ids.source}` }, content);
  });
  return x('body', [
    '\n',
    x('div', { type: 'original', 'xml:id': 'source', 'xml:lang': article.source.lang, corresp: '#translation' }, source),
    '\n',
    x('div', { type: 'translation', 'xml:id': 'translation', 'xml:lang': article.translation.lang, corresp: '#source' }, translation),
    '\n',
  ]);
}

/** Blocks nested by their headings: a heading and what follows it, down to the next heading of its level or higher, are one section. */
function sections(blocks: readonly BlockData[], element: (block: BlockData) => Element): ElementContent[] {
  const root: ElementContent[] = [{ type: 'text', value: '\n' }];
  const open: { depth: number; children: ElementContent[] }[] = [{ depth: 0, children: root }];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      while (open.length > 1 && (open.at(-1)?.depth ?? 0) >= block.depth) open.pop();
      const section = x('div', { type: 'section' }, '\n');
      open.at(-1)?.children.push(section, { type: 'text', value: '\n' });
      open.push({ depth: block.depth, children: section.children });
    }
    open.at(-1)?.children.push(element(block), { type: 'text', value: '\n' });
  }
  return root;
}

/**
 * A source block's text exactly as received, with each note's phrase marked: an error as
 * `<choice><sic>…</sic><corr>…</corr></choice>`, a name as persName, orgName or placeName,
 * a term as `<term>`, any other note's phrase as a `<seg>` its `<note>` can point at.
 * Taking every text node except those inside `<corr>` gives back the received line.
 */
function sourceContent(block: BlockData, where: string): ElementContent[] {
  const text = block.source.text;
  const content: ElementContent[] = [];
  let at = 0;
  for (const note of [...block.notes].sort((a, b) => a.start - b.start)) {
    if (note.start < at) throw new Error(`${where}: the phrase of note ${note.id} overlaps another note's, which TEI markup cannot nest. Fix: shorten one of the two phrases.`);
    if (note.start > at) content.push({ type: 'text', value: xmlText(text.slice(at, note.start), where) });
    content.push(phraseElement(note, xmlText(text.slice(note.start, note.end), where), teiIds(block.address, where).phrase(note.id), where));
    at = note.end;
  }
  if (at < text.length) content.push({ type: 'text', value: xmlText(text.slice(at), where) });
  return content;
}

function phraseElement(note: NoteData, phrase: string, id: string, where: string): Element {
  switch (note.type) {
    case 'error':
      if (note.correction === undefined) throw new Error(`${where}: the error note ${note.id} has no correction for <corr>. Fix: give the note a correction.`);
      return x('choice', { 'xml:id': id }, x('sic', phrase), x('corr', xmlText(note.correction, `${where}, correction of note ${note.id}`)));
    case 'name':
      // <rs> is TEI's name of no stated kind, should a name note ever come without its entity.
      return x(note.entity ? nameElements[note.entity] : 'rs', { 'xml:id': id }, phrase);
    case 'term':
      return x('term', { 'xml:id': id }, phrase);
    default:
      return x('seg', { 'xml:id': id, type: note.type }, phrase);
  }
}
