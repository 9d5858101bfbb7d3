import { loadScript } from './load-script';

/**
 * With JavaScript, a note mark opens its note in a popover next to the phrase instead of
 * jumping down the page. Only this listener loads with the page; the first click on a
 * mark loads the popover code (src/scripts/lazy/note-popover-open.ts), which opens the
 * mark flagged `data-opening` and handles every later click itself.
 */
function onFirstClick(event: MouseEvent) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const mark = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.note-mark[data-note]') : null;
  const popover = document.querySelector('.note-popover');
  if (!mark || !popover || !('showPopover' in popover)) return;
  event.preventDefault();
  document.removeEventListener('click', onFirstClick);
  mark.dataset['opening'] = '';
  // Without the popover code the mark is still a link to its note.
  loadScript('note-popover-open', () => location.assign(mark.href));
}

document.addEventListener('click', onFirstClick);
