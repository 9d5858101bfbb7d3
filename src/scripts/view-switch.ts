const storagePrefix = 'reader-';

/** Remembers the reader's choices; the layouts themselves are pure CSS on the radios. */
class ViewSwitch extends HTMLElement {
  connectedCallback() {
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      if (safeGet(radio.name) === radio.value) radio.checked = true;
    }
    this.addEventListener('change', (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.checked) safeSet(target.name, target.value);
    });
  }
}

// Storage can be unavailable (private modes, blocked storage); the switch still works.
function safeGet(name: string): string | null {
  try {
    return localStorage.getItem(storagePrefix + name);
  } catch {
    return null;
  }
}
function safeSet(name: string, value: string): void {
  try {
    localStorage.setItem(storagePrefix + name, value);
  } catch {
    /* the choice simply is not remembered */
  }
}

customElements.define('view-switch', ViewSwitch);
