const storagePrefix = 'reader-';

/** Remembers the reader's choices; the layouts themselves are pure CSS on the radios. */
class ViewSwitch extends HTMLElement {
  connectedCallback() {
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      if (stored(radio.name) === radio.value) radio.checked = true;
    }
    // A radio's change event comes only when it becomes checked.
    this.addEventListener('change', ({ target }) => target instanceof HTMLInputElement && stored(target.name, target.value));
  }
}

/**
 * Reads a stored choice, or stores one when given a value. Storage can be unavailable
 * (private modes, blocked storage): the switch still works, the choice is not remembered.
 */
function stored(name: string, value?: string): string | null | void {
  try {
    return value === undefined ? localStorage.getItem(storagePrefix + name) : localStorage.setItem(storagePrefix + name, value);
  } catch {
    return null;
  }
}

customElements.define('view-switch', ViewSwitch);
