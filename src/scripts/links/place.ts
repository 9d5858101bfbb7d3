/**
 * Places a popover (in the top layer, `position: absolute`, so in page coordinates) beside a
 * box on the page, always within the window: `below` it (above when the window has no room
 * below), or `after` it, level with its top, so that what lies below the box (the other
 * paragraph numbers, for a shift-click) stays free. Measured in the next frame, after the
 * click's own navigation has scrolled the page; absolute, so that it scrolls with its text.
 */
export function placeBeside(box: () => DOMRect, popover: HTMLElement, side: 'below' | 'after' = 'below'): void {
  requestAnimationFrame(() => {
    const rect = box();
    const gap = 6;
    const { offsetWidth: width, offsetHeight: height } = popover;
    const roomBelow = rect.bottom + gap + height < window.innerHeight;
    const wanted = side === 'after' ? { left: rect.right + gap, top: rect.top } : { left: rect.left, top: roomBelow ? rect.bottom + gap : rect.top - gap - height };
    const left = Math.min(Math.max(gap, wanted.left), document.documentElement.clientWidth - width - gap);
    const top = Math.min(Math.max(gap, wanted.top), window.innerHeight - height - gap);
    popover.style.left = `${left + window.scrollX}px`;
    popover.style.top = `${top + window.scrollY}px`;
  });
}
