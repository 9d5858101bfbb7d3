import type { ElementContent, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import type { ArticleData } from '../../../schemas/article.ts';
import { absoluteUrl, schemaPath, type SiteAddress } from '../paths.ts';
import { htmlToTei } from './html-to-tei.ts';
import { teiHeader } from './tei-header.ts';
import { teiBack } from './tei-notes.ts';
import { teiBody } from './tei-text.ts';

const teiNamespace = 'http://www.tei-c.org/ns/1.0';

/**
 * One article as a TEI P5 document: header, the original and the translation side by side,
 * the notes in the back. Built as an XML syntax tree (xast) and serialised by
 * xast-util-to-xml, which escapes every text and attribute, so no string is pasted into XML.
 * The `xml-model` instruction names the RELAX NG schema the document is valid against.
 */
function teiTree(article: ArticleData, where: SiteAddress): Root {
  const { translations, bodies } = convertedHtml(article);
  const back = teiBack(article, bodies);
  const schema = absoluteUrl(schemaPath('tei'), where);
  return x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
    '\n',
    { type: 'instruction', name: 'xml-model', value: `href="${schema}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"` },
    '\n',
    x('TEI', { xmlns: teiNamespace, 'xml:lang': 'en' }, '\n', teiHeader(article, where), '\n', x('text', '\n', teiBody(article, translations), '\n', back, back ? '\n' : undefined), '\n'),
    '\n',
  ]);
}

/** Every translation block (by address) and note body (by note id) as TEI, converted together. */
function convertedHtml(article: ArticleData): { translations: Map<string, ElementContent[]>; bodies: Map<string, ElementContent[]> } {
  const where = `article ${article.slug}`;
  const translated = article.blocks.flatMap((block) => (block.translation ? [{ key: block.address, html: block.translation.html, where: `${where}, translation of ${block.address}` }] : []));
  const notes = article.blocks.flatMap((block) => block.notes.map((note) => ({ key: note.id, html: note.html, where: `${where}, note ${note.id}` })));
  const converted = htmlToTei([...translated, ...notes]);
  return {
    translations: new Map(translated.map((piece, index) => [piece.key, converted[index] ?? []])),
    bodies: new Map(notes.map((piece, index) => [piece.key, converted[translated.length + index] ?? []])),
  };
}

export const teiDocument = (article: ArticleData, where: SiteAddress): string => toXml(teiTree(article, where), { closeEmptyElements: true, tightClose: true });
