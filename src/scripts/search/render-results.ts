import { noteTypeLabels } from '../../lib/note-types';
import { excerpt } from '../../lib/search/highlight';
import { isArabicLanguage, splitArabicRuns } from '../../lib/script-runs';
import type { ParsedQuery } from '../../lib/search/query';
import type { Hit } from '../../lib/search/rank';
import { landingKey, type LandingHighlight } from './landing';
import { capitalised } from '../../lib/capitalised';

// Results are built with DOM calls and textContent only: query text and content never become HTML.
function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Arabic quoted inside text of another language is isolated, as on the article pages. */
function isolated(text: string, lang: string): (Node | string)[] {
  if (isArabicLanguage(lang)) return [text];
  return splitArabicRuns(text).map((run) => (run.arabic ? element('bdi', { lang: 'ar', dir: 'rtl' }, run.text) : run.text));
}

function highlighted(text: string, query: ParsedQuery, lang: string, dir: string, className: string): HTMLElement {
  const paragraph = element('p', { className, lang, dir });
  for (const piece of excerpt(text, query)) {
    paragraph.append(...(piece.hit ? [element('mark', {}, ...isolated(piece.text, lang))] : isolated(piece.text, lang)));
  }
  return paragraph;
}

const kindLabels = { paragraph: 'Paragraph', heading: 'Heading', note: 'Note' } as const;

export function renderHit(hit: Hit, query: ParsedQuery, base: string): HTMLLIElement {
  const { document: doc, entry } = hit;
  const href = `${base}${doc.path}#${entry.address}`;
  // A note on a block that is itself a result follows it, indented, as part of that result.
  const item = element('li', { className: hit.underBlock ? 'search-result search-result--under' : 'search-result' });
  item.dataset['address'] = entry.address;
  item.dataset['article'] = doc.slug;
  item.dataset['kind'] = entry.kind;
  item.dataset['sides'] = hit.sides.join(' ');

  const title = entry.kind === 'note' ? entry.title : capitalised(entry.label);
  const link = element('a', { className: 'search-result__link', href }, title);
  const words = new Set<string>();
  const meta = element(
    'p',
    { className: 'search-result__meta ui' },
    entry.kind === 'note' ? `${kindLabels.note} · ${noteTypeLabels[entry.noteType]} · ` : `${kindLabels[entry.kind]} · `,
    element('span', {}, doc.title.translation),
  );
  item.append(element('h2', { className: 'search-result__title' }, link), meta);

  const source = doc.source;
  const translation = doc.translation ?? { lang: 'en', dir: 'ltr' };
  const texts: [string, { lang: string; dir: string }][] =
    entry.kind === 'note'
      ? [
          [entry.phrase, source],
          ...(entry.correction ? ([[entry.correction, source]] as [string, typeof source][]) : []),
          [entry.body, translation],
        ]
      : [[entry.source, source], ...(entry.translation ? ([[entry.translation, translation]] as [string, typeof source][]) : [])];
  for (const [text, side] of texts) {
    const paragraph = highlighted(text, query, side.lang, side.dir, 'search-result__text');
    for (const mark of paragraph.querySelectorAll('mark')) words.add(mark.textContent ?? '');
    item.append(paragraph);
  }

  link.addEventListener('click', () => {
    const landing: LandingHighlight = { path: `${base}${doc.path}`, address: entry.address, words: [...words] };
    try {
      sessionStorage.setItem(landingKey, JSON.stringify(landing));
    } catch {
      /* highlights on arrival are a nicety */
    }
  });
  return item;
}
