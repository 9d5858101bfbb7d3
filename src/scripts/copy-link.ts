import { copyLinkSelector } from '../lib/addresses';
import { addressMenuEvent, type AddressMenuDetail } from './link-events';
import { linkTools } from './link-tools';
import { clickedLink } from './plain-click';

/**
 * Address links (a block's number, a note's title) keep their normal behaviour (they go to
 * the address) and also put the absolute URL on the clipboard, within the click, where
 * browsers allow it. The link tools then announce the copy and open the address's menu
 * (cite, copy text, ranges); a shift-click extends a range to the clicked address.
 */
document.addEventListener('click', (event) => {
  const link = clickedLink(event, copyLinkSelector);
  if (!link) return;
  const extend = event.shiftKey;
  // A shift-click would open a new window; here it marks a range.
  if (extend) event.preventDefault();
  const detail: AddressMenuDetail = { copied: extend ? undefined : navigator.clipboard?.writeText(link.href), extend };
  linkTools().then(() => link.dispatchEvent(new CustomEvent(addressMenuEvent, { bubbles: true, detail })));
});
