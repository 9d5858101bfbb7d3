import { notePopoverTitleId, noteTitleWithin } from '../../lib/addresses';
import { noteOpenEvent } from '../note-open-event';

/**
 * Opens a note in the page's popover: a copy of the note (the note itself stays where it
 * is read without JavaScript), placed beside its phrase, focused, and focus handed back to
 * the phrase when it closes. The native popover gives Escape and light dismiss. Loaded by
 * src/scripts/note-popover.ts on the first click of a mark, which then sends `noteOpenEvent`.
 */
let opener: HTMLAnchorElement | null = null;

function wire(popover: HTMLElement) {
  popover.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-close]')) popover.hidePopover();
  });
  popover.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    const mark = opener;
    opener = null;
    mark?.setAttribute('aria-expanded', 'false');
    // Return focus to the phrase only when it was in the popover (not after a click elsewhere).
    if (mark && (document.activeElement === document.body || popover.contains(document.activeElement))) mark.focus();
  });
}

function place(mark: HTMLElement, popover: HTMLElement) {
  const rect = mark.getBoundingClientRect();
  const gap = 8;
  const width = popover.offsetWidth;
  const left = Math.min(Math.max(gap, rect.left + rect.width / 2 - width / 2), document.documentElement.clientWidth - width - gap);
  const below = rect.bottom + gap;
  const top = below + popover.offsetHeight < window.innerHeight ? below : Math.max(gap, rect.top - gap - popover.offsetHeight);
  popover.style.left = `${left}px`;
  popover.style.top = `${top}px`;
}

function openNote(mark: HTMLAnchorElement, popover: HTMLElement) {
  const note = document.getElementById(decodeURIComponent(mark.hash.slice(1)));
  const content = popover.querySelector<HTMLElement>('[data-content]');
  if (!note || !content) return;
  if (popover.matches(':popover-open')) popover.hidePopover();
  const copy = note.cloneNode(true) as HTMLElement;
  // The copy must not repeat the note's ids; its title takes the popover's own id.
  for (const element of [copy, ...copy.querySelectorAll<HTMLElement>('[id]')]) element.removeAttribute('id');
  copy.removeAttribute('aria-labelledby');
  copy.querySelector(noteTitleWithin)?.setAttribute('id', notePopoverTitleId);
  content.replaceChildren(copy);
  opener = mark;
  mark.setAttribute('aria-expanded', 'true');
  popover.showPopover();
  place(mark, popover);
  popover.focus();
}

const popover = document.querySelector<HTMLElement>('.note-popover');
if (popover) {
  wire(popover);
  document.addEventListener(noteOpenEvent, (event) => {
    if (event.target instanceof HTMLAnchorElement) openNote(event.target, popover);
  });
}
