/**
 * With JavaScript, a note mark opens its note in a popover next to the phrase instead of
 * jumping down the page. The note itself stays in the page (where it is read without
 * JavaScript); the popover shows a copy. The native popover gives Escape and light
 * dismiss; this script adds placement and moves focus in and back out.
 */
class NotePopover extends HTMLElement {
  #popover: HTMLElement | null = null;
  #opener: HTMLAnchorElement | null = null;

  connectedCallback() {
    this.#popover = this.querySelector<HTMLElement>('[popover]');
    if (!this.#popover || !('showPopover' in this.#popover)) return;
    this.addEventListener('click', this.#onClick);
    this.#popover.addEventListener('toggle', this.#onToggle as EventListener);
    this.#popover.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('[data-close]')) this.#popover?.hidePopover();
    });
  }

  #onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const mark = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.note-mark[data-note]') : null;
    const note = mark ? document.getElementById(`note-${mark.dataset['note']}`) : null;
    if (!mark || !note || !this.#popover) return;
    event.preventDefault();
    this.#open(mark, note);
  };

  #open(mark: HTMLAnchorElement, note: HTMLElement) {
    const popover = this.#popover;
    if (!popover) return;
    if (popover.matches(':popover-open')) popover.hidePopover();
    const content = popover.querySelector<HTMLElement>('[data-content]');
    if (!content) return;
    const copy = note.cloneNode(true) as HTMLElement;
    // The copy must not repeat the note's ids; its title gets the popover's own id.
    for (const element of [copy, ...copy.querySelectorAll<HTMLElement>('[id]')]) element.removeAttribute('id');
    copy.removeAttribute('aria-labelledby');
    copy.querySelector('.note__title')?.setAttribute('id', 'note-popover-title');
    copy.classList.add('note--popover');
    content.replaceChildren(copy);
    this.#opener = mark;
    mark.setAttribute('aria-expanded', 'true');
    popover.showPopover();
    this.#place(mark, popover);
    popover.focus();
  }

  #place(mark: HTMLElement, popover: HTMLElement) {
    const rect = mark.getBoundingClientRect();
    const width = popover.offsetWidth;
    const gap = 8;
    const left = Math.min(Math.max(gap, rect.left + rect.width / 2 - width / 2), document.documentElement.clientWidth - width - gap);
    const below = rect.bottom + gap;
    const fitsBelow = below + popover.offsetHeight < window.innerHeight;
    const top = fitsBelow ? below : Math.max(gap, rect.top - gap - popover.offsetHeight);
    popover.style.left = `${left}px`;
    popover.style.top = `${top}px`;
  }

  #onToggle = (event: ToggleEvent) => {
    if (event.newState !== 'closed') return;
    const opener = this.#opener;
    this.#opener = null;
    opener?.setAttribute('aria-expanded', 'false');
    // Return focus to the phrase only when it was inside the popover (not after a click elsewhere).
    if (opener && (document.activeElement === document.body || this.#popover?.contains(document.activeElement))) opener.focus();
  };
}

customElements.define('note-popover', NotePopover);
