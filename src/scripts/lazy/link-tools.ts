// Ranges, phrase links, citing and copying on an article page, loaded by
// src/scripts/link-tools.ts when a link lands here or the reader selects text or clicks an
// address link. Bundled by src/pages/scripts/; its stylesheet comes first, so that nothing
// it marks or opens shows unstyled.
import { openAddressMenu } from '../links/address-menu';
import { land } from '../links/landing';
import { watchSelection } from '../links/phrase-toolbar';
import { linkToolsStyles } from '../links/stylesheet';
import { addressMenuEvent, type AddressMenuDetail } from '../link-events';

document.addEventListener(addressMenuEvent, (event) => {
  if (event.target instanceof HTMLAnchorElement && event instanceof CustomEvent) {
    const detail = event.detail as AddressMenuDetail;
    void linkToolsStyles().then(() => openAddressMenu(event.target as HTMLAnchorElement, detail));
  }
});
addEventListener('hashchange', () => void land());
void linkToolsStyles().then(() => {
  void land();
  watchSelection();
});
