import type { Element as HtmlElement, ElementContent as HtmlContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { ElementContent } from 'xast';
import { x } from 'xastscript';
import { xmlText } from './xml-checks.ts';

/** HTML elements that become a TEI element of their own, with the attributes it takes. */
const simple: Record<string, (attributes: Record<string, unknown>) => [string, Record<string, string>] | undefined> = {
  p: () => ['p', {}],
  em: () => ['emph', {}],
  i: () => ['hi', { rend: 'italic' }],
  strong: () => ['hi', { rend: 'bold' }],
  b: () => ['hi', { rend: 'bold' }],
  del: () => ['hi', { rend: 'strikethrough' }],
  sub: () => ['hi', { rend: 'subscript' }],
  sup: () => ['hi', { rend: 'superscript' }],
  q: () => ['q', {}],
  blockquote: () => ['quote', {}],
  ul: () => ['list', { rend: 'bulleted' }],
  ol: () => ['list', { rend: 'numbered' }],
  li: () => ['item', {}],
  // Headings inside a note's body: TEI notes hold no <head>.
  h1: () => ['p', {}],
  h2: () => ['p', {}],
  h3: () => ['p', {}],
  h4: () => ['p', {}],
  h5: () => ['p', {}],
  h6: () => ['p', {}],
  a: (attributes) => (typeof attributes['href'] === 'string' ? ['ref', { target: attributes['href'] }] : undefined),
  // Language runs (the processor isolates quoted Arabic in <bdi lang="ar">).
  bdi: (attributes) => (typeof attributes['lang'] === 'string' ? ['foreign', { 'xml:lang': attributes['lang'] }] : undefined),
  span: (attributes) => (typeof attributes['lang'] === 'string' ? ['foreign', { 'xml:lang': attributes['lang'] }] : undefined),
};

/** One piece of HTML to convert, and where it comes from, for messages. */
interface HtmlPiece {
  html: string;
  where: string;
}

/**
 * The HTML of translation blocks and note bodies as TEI content: emphasis, language runs,
 * links, lists and paragraphs become their TEI equivalents; any other element gives up its
 * markup but never its text, so nothing a reader sees is lost. Results come in the order of
 * the pieces.
 */
export function htmlToTei(pieces: readonly HtmlPiece[]): ElementContent[][] {
  // Without a tag or a character reference, HTML is its own text, as most translation blocks are.
  const results = pieces.map(({ html, where }): ElementContent[] | undefined => (/[<&]/.test(html) ? undefined : html === '' ? [] : [{ type: 'text', value: xmlText(html, where) }]));
  const marked = pieces.filter((_, index) => results[index] === undefined);
  // The parser costs a quarter of a millisecond a call, whatever the length: one call for
  // every piece of a document, each in a <div>. The pieces come from the site's own HTML
  // serialiser, so each closes what it opens; were one to spill out of its <div>, the
  // count would differ, and each piece is parsed on its own instead.
  const parsed = fromHtml(marked.map(({ html }) => `<div>${html}</div>`).join(''), { fragment: true }).children;
  const wrappers = parsed.length === marked.length && parsed.every((node) => node.type === 'element' && node.tagName === 'div') ? (parsed as HtmlElement[]) : undefined;
  let next = 0;
  return pieces.map((piece, index) => {
    const done = results[index];
    if (done) return done;
    const wrapper = wrappers?.[next++];
    const children = wrapper ? wrapper.children : (fromHtml(piece.html, { fragment: true }).children as HtmlContent[]);
    return convert(children, piece.where);
  });
}

function convert(nodes: readonly HtmlContent[], where: string): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text') return [{ type: 'text', value: xmlText(node.value, where) }];
    if (node.type !== 'element') return [];
    if (node.tagName === 'br') return [x('lb')];
    if (node.tagName === 'code') return [x('code', xmlText(toString(node), where))];
    const mapped = simple[node.tagName]?.(node.properties);
    const children = convert(node.children, where);
    return mapped ? [x(mapped[0], mapped[1], children)] : children;
  });
}
