import { announcerId, copyLinkSelector } from '../lib/addresses';
import { isPlainClick } from './plain-click';

/**
 * Address links (a block's number, a note's title) keep their normal behaviour (they go to
 * the address) and also put the absolute URL on the clipboard, announcing it in the page's
 * status region.
 */
function announce(message: string): void {
  const region = document.getElementById(announcerId);
  if (!region) return;
  // Clearing first makes a repeated message be announced again.
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(copyLinkSelector) : null;
  if (!link || !isPlainClick(event)) return;
  const url = link.href;
  navigator.clipboard?.writeText(url).then(
    () => {
      link.dataset['copied'] = 'true';
      setTimeout(() => delete link.dataset['copied'], 2000);
      announce(`Link copied: ${url}`);
    },
    () => announce(`Could not copy the link; the address is ${url}`),
  );
});
