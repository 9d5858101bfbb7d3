import { DOMParser, onWarningStopParsing, type Document, type Element, type Node } from '@xmldom/xmldom';
import type { ReceivedLine } from './received.ts';

// Reads a TEI export as any TEI reader would, with a namespace-aware XML parser and no
// site code: what the tests check the export against.

export const teiNs = 'http://www.tei-c.org/ns/1.0';
export const xmlNs = 'http://www.w3.org/XML/1998/namespace';

/** Parses XML; any error or warning (not well-formed, an unbound prefix) throws. */
export function parseXml(xml: string): Document {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, 'text/xml');
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Every element of the document, in document order. */
export function elements(document: Document): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) {
        found.push(child as Element);
        walk(child);
      }
    }
  };
  walk(document);
  return found;
}

/** What is wrong with the document's namespaces: every element must be TEI's, every attribute unprefixed or xml:. */
export function namespaceProblems(document: Document): string[] {
  const problems: string[] = [];
  for (const element of elements(document)) {
    if (element.namespaceURI !== teiNs) problems.push(`<${element.tagName}> is in the namespace ${element.namespaceURI ?? 'none'}, not TEI's`);
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name === 'xmlns') continue;
      if (attribute.namespaceURI !== null && attribute.namespaceURI !== xmlNs) problems.push(`<${element.tagName} ${attribute.name}> is in the namespace ${attribute.namespaceURI}`);
    }
  }
  return problems;
}

/** Every `#id` pointer in @corresp and @target that names no xml:id of the document. */
export function unresolvedPointers(document: Document): string[] {
  const ids = new Set(elements(document).flatMap((element) => (element.hasAttributeNS(xmlNs, 'id') ? [element.getAttributeNS(xmlNs, 'id') ?? ''] : [])));
  const problems: string[] = [];
  for (const element of elements(document)) {
    for (const name of ['corresp', 'target']) {
      for (const pointer of (element.getAttribute(name) ?? '').split(/\s+/).filter(Boolean)) {
        if (pointer.startsWith('#') ? !ids.has(pointer.slice(1)) : !URL.canParse(pointer)) problems.push(`<${element.tagName} ${name}="${pointer}"> points at nothing`);
      }
    }
  }
  return problems;
}

/** How many times each pointer kind occurs, so a test can tell that there were pointers to check. */
export const pointerCount = (document: Document, name: 'corresp' | 'target') => elements(document).filter((element) => element.hasAttribute(name)).length;

/** The text of an element, leaving out what is inside the elements named in `skip`. */
export function textOf(node: Node, skip: ReadonlySet<string> = new Set()): string {
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) text += child.nodeValue ?? '';
    else if (child.nodeType === ELEMENT_NODE && !skip.has((child as Element).localName ?? '')) text += textOf(child, skip);
  }
  return text;
}

/**
 * The received text as the TEI holds it: the text of every p and head of the original
 * (corrections left out), at the line its @n gives, and the file's line count and final
 * line break from the header's measures.
 */
export function teiReceived(document: Document): { lines: ReceivedLine[]; lineCount: number; finalNewline: boolean } {
  const all = elements(document);
  const original = all.find((element) => element.localName === 'div' && element.getAttribute('type') === 'original');
  if (!original) throw new Error('the TEI has no <div type="original">');
  const blocks = elements(document).filter((element) => ['p', 'head'].includes(element.localName ?? '') && isInside(element, original));
  const measure = (unit: string) => {
    const found = all.find((element) => element.localName === 'measure' && element.getAttribute('unit') === unit);
    if (!found) throw new Error(`the TEI header has no <measure unit="${unit}">`);
    return Number(found.getAttribute('quantity'));
  };
  return {
    lines: blocks.map((block) => ({ line: Number(block.getAttribute('n')), text: textOf(block, new Set(['corr'])) })),
    lineCount: measure('line'),
    finalNewline: measure('finalLineBreak') === 1,
  };
}

function isInside(node: Node, ancestor: Node): boolean {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) if (parent === ancestor) return true;
  return false;
}
