import { searchInputId, searchMoreId, searchResultsId, searchStatusId } from '../../lib/addresses';
import { parseQuery } from '../../lib/search/query';
import type { Filters } from '../../lib/search/rank';
import { find } from './find';
import { renderHit } from './render-results';

type State = 'empty' | 'loading' | 'done' | 'error';

/** Results shown at first, and added by each "Show more results". */
const pageSize = 20;
// Before the script runs the list says data-state="idle", so nothing mistakes the static page for an answer.

/**
 * The search page: the query lives in the URL (`?q=`, `&language=`, `&kind=`), so a search
 * can be linked, bookmarked and walked with back and forward. Pagefind and the index load
 * on the first search only.
 */
class SearchPage extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #limit = pageSize;
  #base = '/';
  /** Whether the current history entry was started by typing (later keystrokes update it). */
  #typingEntry = false;
  #run = 0;
  /** The search in progress, and the one to run after it (only the latest is kept). */
  #running: Promise<void> | undefined;
  #next: (() => Promise<void>) | undefined;

  connectedCallback() {
    this.#base = this.dataset['base'] ?? '/';
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector(`#${searchInputId}`)!;
    this.#status = this.querySelector(`#${searchStatusId}`)!;
    this.#results = this.querySelector(`#${searchResultsId}`)!;
    this.#more = this.querySelector(`#${searchMoreId}`)!;
    this.#more.addEventListener('click', () => {
      this.#limit += pageSize;
      void this.#search(false, true);
    });
    this.querySelector('[data-needs-js]')?.remove();
    this.#form.hidden = false;
    this.#readUrl();
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit('submit');
    });
    // Every keystroke searches at once, with no waiting for a pause: while a search runs,
    // keystrokes only note that the latest text needs one (see #search).
    this.#input.addEventListener('input', () => this.#commit('typing'));
    this.#form.addEventListener('change', (event) => {
      if (event.target !== this.#input) this.#commit('submit');
    });
    window.addEventListener('popstate', () => {
      this.#typingEntry = false;
      this.#readUrl();
    });
  }

  #filters(): Filters {
    const data = new FormData(this.#form);
    return { language: String(data.get('language') ?? ''), kind: String(data.get('kind') ?? '') };
  }

  /**
   * Puts the form's state in the URL, then searches. A new query gets its own history
   * entry, so Back returns to the previous search; the keystrokes of one query update
   * that entry rather than adding one each.
   */
  #commit(cause: 'typing' | 'submit') {
    const url = new URL(location.href);
    const filters = this.#filters();
    url.search = '';
    if (this.#input.value) url.searchParams.set('q', this.#input.value);
    if (filters.language) url.searchParams.set('language', filters.language);
    if (filters.kind) url.searchParams.set('kind', filters.kind);
    if (url.href !== location.href) history[this.#typingEntry ? 'replaceState' : 'pushState'](null, '', url);
    this.#typingEntry = cause === 'typing';
    void this.#search(cause === 'typing');
  }

  #readUrl() {
    const params = new URLSearchParams(location.search);
    this.#input.value = params.get('q') ?? '';
    for (const name of ['language', 'kind']) {
      const value = params.get(name) ?? '';
      const radio = this.#form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
      if (radio) radio.checked = true;
    }
    void this.#search();
  }

  #setState(state: State, message: string) {
    this.#results.dataset['state'] = state;
    this.#results.setAttribute('aria-busy', String(state === 'loading'));
    this.#status.textContent = message;
  }

  /**
   * Searches for what the form says. One search runs at a time: Pagefind's search blocks the
   * page while it works, so searches started by fast typing would queue up; instead the
   * newest request waits for the running one and replaces any other waiting.
   */
  #search(typing = false, showingMore = false): Promise<void> {
    const run = ++this.#run;
    const task = () => this.#searchNow(run, typing, showingMore);
    if (this.#running) {
      this.#next = task;
      return this.#running;
    }
    this.#running = (async () => {
      try {
        await task();
        for (let next = this.#next; next; next = this.#next) {
          this.#next = undefined;
          await next();
        }
      } finally {
        this.#running = undefined;
      }
    })();
    return this.#running;
  }

  async #searchNow(run: number, typing: boolean, showingMore: boolean) {
    if (run !== this.#run) return;
    if (!showingMore) this.#limit = pageSize;
    const raw = this.#input.value;
    const query = parseQuery(raw, { typing });
    this.#more.hidden = true;
    document.title = raw.trim() ? `${raw.trim().slice(0, 60)} · Search · Annotated Translations` : 'Search · Annotated Translations';
    if (query.terms.length === 0) {
      this.#results.replaceChildren();
      this.#setState('empty', raw.trim() ? 'Type a word to search for: this query has no searchable words.' : '');
      return;
    }
    this.#setState('loading', 'Searching…');
    try {
      const shown = this.#results.children.length;
      const { hits, more } = await find(this.#base, query, this.#filters(), this.#limit, () => run === this.#run);
      if (run !== this.#run) return;
      this.#results.replaceChildren(...hits.map((hit) => renderHit(hit, query, this.#base)));
      this.#more.hidden = !more;
      // After "Show more", keyboard users continue at the first new result.
      if (showingMore) this.#results.children[shown]?.querySelector('a')?.focus();
      const count = hits.length === 0 ? 'No results' : hits.length === 1 ? '1 result' : `${hits.length}${more ? '+' : ''} results`;
      this.#setState('done', `${count} for “${raw.trim().slice(0, 80)}”${query.truncated ? ' (only the first words of this long query were searched)' : ''}.`);
    } catch (error) {
      if (run !== this.#run) return;
      console.error(error);
      this.#results.replaceChildren();
      this.#setState('error', 'Search could not be loaded. The rest of the site works; try again later or reload the page.');
    }
  }
}

customElements.define('search-page', SearchPage);
