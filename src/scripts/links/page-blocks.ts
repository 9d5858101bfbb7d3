import { noteClass, noteTitleWithin, pairClass, pairSourceClass, pairTranslationClass } from '../../lib/addresses';
import type { CopyBlock } from '../../lib/links/copy-text';

/** The article page's blocks as the link tools see them: every pair, in reading order. */
export const pairs = () => [...document.querySelectorAll<HTMLElement>(`.${pairClass}`)];
export const addresses = () => pairs().map((pair) => pair.id);
export const pairById = (address: string) => pairs().find((pair) => pair.id === address);
/** The block a node is in, and which of its texts (source or translation) holds it. */
export function textOf(node: Node | null): { pair: HTMLElement; text: HTMLElement } | null {
  const element = node instanceof Element ? node : node?.parentElement;
  const text = element?.closest<HTMLElement>(`.${pairSourceClass}, .${pairTranslationClass}`);
  const pair = text?.closest<HTMLElement>(`.${pairClass}`);
  return text && pair ? { pair, text } : null;
}
export const sourceOf = (pair: HTMLElement) => pair.querySelector<HTMLElement>(`:scope > .${pairSourceClass}`);
export const translationOf = (pair: HTMLElement) => pair.querySelector<HTMLElement>(`:scope > .${pairTranslationClass}:not(.pair__missing)`);

/** The UTF-16 offset of a point in `element`'s text. */
export function offsetIn(element: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** A DOM range over `element`'s text from `start` to `end` (offsets into its textContent). */
export function rangeIn(element: HTMLElement, start: number, end: number): Range {
  const range = document.createRange();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let at = 0;
  let started = false;
  while (walker.nextNode()) {
    const text = walker.currentNode as Text;
    const next = at + text.length;
    if (!started && start <= next) {
      range.setStart(text, start - at);
      started = true;
    }
    if (started && end <= next) {
      range.setEnd(text, end - at);
      break;
    }
    at = next;
  }
  return range;
}

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A block's texts and notes for copying, read from the page as the reader sees them. */
export function copyBlock(pair: HTMLElement): CopyBlock {
  const source = sourceOf(pair);
  const notes = [...pair.querySelectorAll<HTMLElement>(`:scope > .${noteClass}`)].map((note) => {
    const title = note.querySelector(noteTitleWithin);
    const mark = source?.querySelector(`a[href="#${CSS.escape(note.id)}"]`);
    const body = [...note.querySelectorAll(':scope > p')].slice(1).map((p) => plain(p.textContent)).join(' ');
    return { title: plain(title?.textContent), text: body, end: source && mark ? offsetIn(source, mark, mark.childNodes.length) : (source?.textContent?.length ?? 0) };
  });
  return {
    address: pair.id,
    kind: pair.classList.contains('pair--heading') ? 'heading' : 'paragraph',
    source: source?.textContent ?? '',
    translation: translationOf(pair)?.textContent ?? null,
    notes: notes.toSorted((a, b) => a.end - b.end),
  };
}
