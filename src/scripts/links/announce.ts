import { announcerId } from '../../lib/addresses';

/** Says `message` in the page's polite status region (cleared first, so a repeat is said again). */
export function announce(message: string): void {
  const region = document.getElementById(announcerId);
  if (!region) return;
  region.textContent = '';
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}
