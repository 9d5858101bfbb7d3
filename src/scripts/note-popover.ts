import { noteMarkSelector } from '../lib/addresses';
import { loadScript } from './load-script';
import { noteOpenEvent } from './note-open-event';
import { clickedLink } from './plain-click';

/**
 * With JavaScript, a note mark opens its note in a popover next to the phrase instead of
 * jumping down the page. Only this listener loads with the page; the popover code
 * (src/scripts/lazy/note-popover-open.ts) loads on the first click and opens a note
 * whenever a mark receives `noteOpenEvent`.
 */
let popoverCode: Promise<void> | undefined;

document.addEventListener('click', (event) => {
  const mark = clickedLink(event, noteMarkSelector);
  const popover = document.querySelector('.note-popover');
  if (!mark || event.shiftKey || !popover || !('showPopover' in popover)) return;
  event.preventDefault();
  popoverCode ??= loadScript('note-popover-open');
  popoverCode.then(
    () => mark.dispatchEvent(new Event(noteOpenEvent, { bubbles: true })),
    // Without the popover code the mark is still a link to its note.
    () => location.assign(mark.href),
  );
});
