import { pairLinkClass } from '../lib/addresses';
import { loadScript } from './load-script';

/**
 * The code for ranges, phrase links, citing and copying (src/scripts/lazy/link-tools.ts)
 * loads only when it has something to do: an address in the URL that no element has (a
 * range, `#p3-p7`), URL parameters (a phrase or an edition), a text selection, or a click
 * on an address link (src/scripts/copy-link.ts). Only on article pages.
 */
let code: Promise<void> | undefined;
export const linkTools = () => (code ??= loadScript('link-tools'));

if (document.querySelector(`.${pairLinkClass}`)) {
  const land = () => {
    if ((location.hash && !document.querySelector(':target')) || location.search) linkTools();
  };
  land();
  addEventListener('hashchange', land);
  document.addEventListener('selectionchange', () => {
    if (!getSelection()?.isCollapsed) linkTools();
  });
}
