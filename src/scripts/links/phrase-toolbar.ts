import { buildQuote } from '../../lib/links/quote';
import { copyAndAnnounce } from './copy-to-clipboard';
import { labelOnPage, markRange } from './landing';
import { phraseUrl, rangeUrl } from './link-urls';
import { addresses, offsetIn, textOf } from './page-blocks';
import { placeBeside } from './place';

/**
 * A selection in the article's text offers a link: within one block's text (either
 * language), "Link to this phrase"; across blocks, a link to the range they make. The
 * button appears beside the selection and follows the selected text in the document, so
 * Tab reaches it next.
 */
let toolbar: HTMLElement | undefined;
let action: (() => void) | undefined;

function bar(): HTMLElement {
  if (toolbar) return toolbar;
  toolbar = document.createElement('div');
  toolbar.className = 'phrase-toolbar ui';
  toolbar.popover = 'manual';
  const button = document.createElement('button');
  button.type = 'button';
  // Keeps the selection: pressing the button must not collapse what it links.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => action?.());
  toolbar.append(button);
  return toolbar;
}

function hide() {
  if (toolbar?.matches(':popover-open')) toolbar.hidePopover();
}

function show(label: string, after: HTMLElement, box: () => DOMRect, run: () => void) {
  const element = bar();
  const button = element.querySelector('button');
  if (!button) return;
  button.textContent = label;
  action = () => {
    run();
    hide();
  };
  if (element.previousElementSibling !== after) after.after(element);
  if (!element.matches(':popover-open')) element.showPopover();
  placeBeside(box, element);
}

function update() {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
    if (!toolbar?.contains(document.activeElement)) hide();
    return;
  }
  const range = selection.getRangeAt(0);
  const start = textOf(range.startContainer);
  const end = textOf(range.endContainer);
  if (!start || !end) return hide();
  // Beside the end of the selection, where the pointer or the caret let go.
  const box = () => {
    const rects = range.getClientRects();
    return rects[rects.length - 1] ?? range.getBoundingClientRect();
  };
  if (start.text === end.text) {
    const from = offsetIn(start.text, range.startContainer, range.startOffset);
    const to = offsetIn(start.text, range.endContainer, range.endOffset);
    const quote = buildQuote(start.text.textContent ?? '', from, to);
    if (!quote.exact.trim()) return hide();
    show('Link to this phrase', end.text, box, () => void copyAndAnnounce(phraseUrl(start.pair.id, quote), `Link to the phrase “${quote.exact.trim()}”`));
    return;
  }
  const all = addresses();
  const [first, last] = [start.pair.id, end.pair.id].toSorted((a, b) => all.indexOf(a) - all.indexOf(b)) as [string, string];
  const label = first === last ? labelOnPage(first) : `${first}–${last}`;
  show(`Copy link to ${label}`, end.text, box, () => {
    markRange(all.slice(all.indexOf(first), all.indexOf(last) + 1));
    void copyAndAnnounce(rangeUrl(first, last), `Link to ${label}`);
  });
}

export function watchSelection(): void {
  let frame = 0;
  document.addEventListener('selectionchange', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(update);
  });
  update();
}
