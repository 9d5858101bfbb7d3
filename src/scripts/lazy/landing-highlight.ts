import { landingKey, type LandingHighlight } from '../search/landing';

/** Wraps every occurrence of the given words (exact spellings from the page's text) in `root`. */
function mark(root: Element, words: readonly string[]) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    let node: Text | null = text;
    while (node) {
      const value: string = node.data;
      let best: { at: number; word: string } | undefined;
      for (const word of words) {
        const at = value.indexOf(word);
        if (word && at !== -1 && (!best || at < best.at)) best = { at, word };
      }
      if (!best) break;
      const hit: Text = node.splitText(best.at);
      node = hit.splitText(best.word.length);
      const highlight = document.createElement('mark');
      highlight.className = 'search-hit';
      hit.replaceWith(highlight);
      highlight.append(hit);
    }
  }
}

/** Marks the words a search result matched, once, on the paragraph or note it led to. */
function apply() {
  let landing: LandingHighlight | undefined;
  try {
    landing = JSON.parse(sessionStorage.getItem(landingKey) ?? 'null') ?? undefined;
    sessionStorage.removeItem(landingKey);
  } catch {
    return;
  }
  if (!landing || landing.path !== location.pathname) return;
  const target = document.getElementById(landing.address);
  if (target && decodeURIComponent(location.hash.slice(1)) === landing.address) mark(target, landing.words);
}

apply();
