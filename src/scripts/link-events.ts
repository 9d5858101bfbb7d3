/**
 * Dispatched on an address link (a block's number, a note's title) after a click, once the
 * link tools have loaded; `detail` is an `AddressMenuDetail`. The tools open their menu for it.
 */
export const addressMenuEvent = 'address-menu';

export interface AddressMenuDetail {
  /** The copy of the link's URL made within the click, where browsers allow writing to the clipboard. */
  copied: Promise<void> | undefined;
  /** Shift-click: extend the chosen range to this address instead of choosing it. */
  extend: boolean;
}
