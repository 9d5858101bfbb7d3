import { noteClass, noteTitleWithin, pairClass, pairLinkClass } from '../../lib/addresses';
import { announce } from './announce';
import type { Chosen } from './chosen';
import { element } from './element';
import { placeBeside } from './place';
import { openCiteDialog, openCopyDialog } from './dialogs';
import { labelOnPage, markRange } from './landing';
import { copyAndAnnounce } from './copy-to-clipboard';
import { rangeUrl, sharePageUrl } from './link-urls';
import { addresses } from './page-blocks';
import type { AddressMenuDetail } from '../link-events';
import { capitalised } from '../../lib/capitalised';

/**
 * The menu an address link opens beside itself after its click has copied the link: copy
 * the link again, cite, copy the text, the share page, and a range (to a later block, or by
 * shift-clicking another number). It follows the link in the document, so Tab reaches it
 * next; Escape or a click elsewhere closes it (a native popover).
 */
let menu: HTMLElement | undefined;
let chosen: Chosen | undefined;

function chosenLabel(what: Chosen): string {
  if (what.kind === 'note') return `note “${what.title}”`;
  if (what.first === what.last) return labelOnPage(what.first);
  return `${labelOnPage(what.first)} to ${labelOnPage(what.last)}`.replace(/^paragraph (\S+) to paragraph /, 'paragraphs $1 to ');
}

const chosenUrl = (what: Chosen) => (what.kind === 'note' ? `${location.origin}${location.pathname}#${encodeURIComponent(what.address)}` : rangeUrl(what.first, what.last));

function render(what: Chosen): HTMLElement[] {
  const title = chosenLabel(what);
  const items: HTMLElement[] = [
    element('p', { className: 'link-menu__title', id: 'link-menu-title' }, capitalised(title)),
  ];
  const actions = element('ul');
  const button = (text: string, run: () => void) => {
    const control = element('button', { type: 'button', textContent: text });
    control.addEventListener('click', run);
    actions.append(element('li', {}, control));
  };
  button(what.kind === 'blocks' && what.first !== what.last ? 'Copy link to the range' : 'Copy link', () => void copyAndAnnounce(chosenUrl(what), `Link to ${title}`));
  button('Cite…', () => openCiteDialog(what, title));
  button('Copy text…', () => openCopyDialog(what, title));
  if (what.kind === 'blocks' && what.first === what.last && /^p/.test(what.first)) {
    actions.append(element('li', {}, element('a', { href: sharePageUrl(what.first), textContent: 'Share page' })));
  }
  items.push(actions);
  if (what.kind === 'blocks') {
    const all = addresses();
    const from = all.indexOf(what.first);
    const select = element('select', { id: 'link-menu-range' });
    select.append(element('option', { value: what.first, textContent: 'this one only' }), ...all.slice(from + 1).map((address) => element('option', { value: address, textContent: labelOnPage(address), selected: address === what.last })));
    select.addEventListener('change', () => choose({ kind: 'blocks', first: what.first, last: select.value }, true));
    items.push(element('p', { className: 'link-menu__range' }, element('label', { htmlFor: select.id, textContent: 'Range to ' }), select));
    items.push(element('p', { className: 'link-menu__hint', textContent: 'Or shift-click another number.' }));
  }
  return items;
}

/** Opens the menu for `what`, beside the link of its last block (or the note's title). */
function choose(what: Chosen, keepFocus = false) {
  chosen = what;
  menu ??= element('div', { className: 'link-menu ui', popover: 'auto' });
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-labelledby', 'link-menu-title');
  const anchor = what.kind === 'note'
    ? document.getElementById(what.address)?.querySelector<HTMLElement>(noteTitleWithin)
    : document.getElementById(what.last)?.querySelector<HTMLElement>(`:scope > .${pairLinkClass}`);
  if (!anchor) return;
  if (menu.matches(':popover-open')) menu.hidePopover();
  menu.replaceChildren(...render(what));
  anchor.after(menu);
  markRange(what.kind === 'blocks' ? addresses().slice(addresses().indexOf(what.first), addresses().indexOf(what.last) + 1) : []);
  menu.showPopover();
  placeBeside(() => anchor.getBoundingClientRect(), menu, what.kind === 'note' ? 'below' : 'after');
  // Focus stays on (or, after the link's own navigation, returns to) the link, so that Tab
  // goes on into the menu; a change of the range keeps it on the range's control.
  if (keepFocus) menu.querySelector<HTMLElement>('select')?.focus();
  else anchor.focus({ preventScroll: true });
}

/** Handles an address link's click, once its URL has (or has not) been copied. */
export function openAddressMenu(link: HTMLAnchorElement, detail: AddressMenuDetail): void {
  const note = link.closest<HTMLElement>(`.${noteClass}`);
  const pair = link.closest<HTMLElement>(`.${pairClass}`);
  if (!pair) return;
  if (note) {
    choose({ kind: 'note', address: note.id, title: link.textContent?.trim() ?? note.id, block: pair.id });
  } else if (detail.extend && chosen?.kind === 'blocks') {
    const all = addresses();
    const [first, last] = [chosen.first, pair.id].toSorted((a, b) => all.indexOf(a) - all.indexOf(b)) as [string, string];
    choose({ kind: 'blocks', first, last });
    announce(`Marked ${chosenLabel({ kind: 'blocks', first, last })}; the menu beside it copies a link to them.`);
    return;
  } else {
    choose({ kind: 'blocks', first: pair.id, last: pair.id });
  }
  if (detail.extend) return;
  const copied = detail.copied ?? Promise.reject(new Error('no clipboard'));
  copied.then(
    () => {
      link.dataset['copied'] = 'true';
      setTimeout(() => delete link.dataset['copied'], 2000);
      announce(`Link copied: ${link.href}. Cite and copy follow it.`);
    },
    () => announce(`Could not copy the link; the address is ${link.href}`),
  );
}
