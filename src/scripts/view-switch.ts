const storageKey = 'reader-view';

/** Remembers the reader's layout choice; the layout itself is pure CSS on the radios. */
class ViewSwitch extends HTMLElement {
  connectedCallback() {
    const saved = safeGet();
    const radios = [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const match = radios.find((radio) => radio.value === saved);
    if (match) match.checked = true;
    this.addEventListener('change', (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.checked) safeSet(target.value);
    });
  }
}

// Storage can be unavailable (private modes, blocked cookies); the switch still works.
function safeGet(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
function safeSet(value: string): void {
  try {
    localStorage.setItem(storageKey, value);
  } catch {
    /* the choice simply is not remembered */
  }
}

customElements.define('view-switch', ViewSwitch);
