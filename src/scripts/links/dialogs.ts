import { editionParam, noteTitleWithin, pairLinkClass } from '../../lib/addresses';
import { citedUrl, cslItem, type Cited } from '../../lib/links/citation-data';
import { copyFormats, copyLanguages, copyText, type CopyOptions } from '../../lib/links/copy-text';
import type { Citations } from '../lazy/cite';
import type { Chosen } from './chosen';
import { element } from './element';
import { copyAndAnnounce } from './copy-to-clipboard';
import { linkData } from './link-data';
import { addresses, copyBlock, pairById } from './page-blocks';

/**
 * The "Cite" and "Copy text" dialogs: modal (showModal gives focus, Escape and a focus
 * trap), a fieldset of radios for the choice, the result in a focusable, readable box, and
 * buttons to copy it and to close.
 */
let dialog: HTMLDialogElement | undefined;

function radios(name: string, legend: string, options: readonly { value: string; label: string }[], onChange: (value: string) => void): HTMLFieldSetElement {
  const fieldset = element('fieldset', { className: 'link-dialog__choice' }, element('legend', { textContent: legend }));
  options.forEach((option, index) => {
    const input = element('input', { type: 'radio', name, value: option.value, checked: index === 0, id: `${name}-${option.value}` });
    input.addEventListener('change', () => input.checked && onChange(option.value));
    fieldset.append(element('label', { htmlFor: input.id }, input, ` ${option.label}`));
  });
  return fieldset;
}

/** The address link of what was chosen: focus goes back there when a dialog closes (the menu it was opened from has closed). */
function addressLink(what: Chosen): HTMLElement | null | undefined {
  return what.kind === 'note' ? document.getElementById(what.address)?.querySelector<HTMLElement>(noteTitleWithin) : pairById(what.last)?.querySelector<HTMLElement>(`:scope > .${pairLinkClass}`);
}
let returnTo: HTMLElement | null | undefined;

function open(chosen: Chosen, title: string, body: (Node | string)[], output: HTMLElement, copyLabel: string, what: string): void {
  if (!dialog) {
    dialog = element('dialog', { className: 'link-dialog ui' });
    dialog.setAttribute('aria-labelledby', 'link-dialog-title');
    dialog.addEventListener('close', () => returnTo?.focus());
  }
  returnTo = addressLink(chosen);
  if (!dialog.isConnected) document.body.append(dialog);
  const copy = element('button', { type: 'button', textContent: copyLabel, className: 'link-dialog__copy' });
  copy.addEventListener('click', () => void copyAndAnnounce(output.textContent ?? '', what));
  const close = element('button', { type: 'button', textContent: 'Close' });
  close.addEventListener('click', () => dialog?.close());
  dialog.replaceChildren(element('h2', { id: 'link-dialog-title', textContent: title }), ...body, output, element('p', { className: 'link-dialog__buttons' }, copy, close));
  if (!dialog.open) dialog.showModal();
}

const outputBox = () => {
  const box = element('pre', { className: 'link-dialog__output', tabIndex: 0 });
  box.setAttribute('aria-label', 'Result');
  box.setAttribute('aria-live', 'polite');
  return box;
};

function cited(what: Chosen, label: string): Cited {
  if (what.kind === 'note') return { kind: 'note', title: what.title, fragment: what.address };
  if (what.first === what.last && !/^p\d/.test(what.first)) return { kind: 'section', heading: pairById(what.first)?.querySelector('h2, h3, h4, h5, h6')?.textContent ?? label, fragment: what.first };
  const number = (address: string) => address.replace(/^p/, '');
  return { kind: 'paragraphs', first: number(what.first), last: number(what.last), fragment: what.first === what.last ? what.first : `${what.first}-${what.last}` };
}

const styles = [
  { value: 'chicago', label: 'Chicago' },
  { value: 'apa', label: 'APA' },
  { value: 'mla', label: 'MLA' },
  { value: 'bibtex', label: 'BibTeX' },
  { value: 'biblatex', label: 'BibLaTeX' },
  { value: 'csl', label: 'CSL-JSON' },
] as const;

let citeCode: Promise<Citations> | undefined;

/** The citation of what was chosen, in its six forms; citation-js loads on the first use. */
export function openCiteDialog(what: Chosen, label: string): void {
  const output = outputBox();
  output.textContent = 'Preparing the citation…';
  let shown: string = styles[0].value;
  let results: Record<string, string> | undefined;
  const show = () => {
    if (results) output.textContent = results[shown] ?? '';
  };
  open(what, `Cite ${label}`, [radios('cite-style', 'Style', styles, (value) => ((shown = value), show()))], output, 'Copy citation', 'Citation');
  citeCode ??= (import(new URL('cite.js', import.meta.url).href) as Promise<{ loadCitations: () => Promise<Citations> }>).then(
    (module) => module.loadCitations(),
  );
  // A failed load (offline, say) is tried again on the next Cite.
  citeCode.catch(() => (citeCode = undefined));
  Promise.all([linkData(), citeCode]).then(
    ([data, citations]) => {
      const subject = cited(what, label);
      const item = cslItem(data.article, subject, citedUrl(data.article, subject.fragment, editionParam), new Date());
      results = citations(item, subject);
      show();
    },
    () => {
      output.textContent = 'The citation could not be prepared (the page could not load its citation code).';
    },
  );
}

/** The text of what was chosen, in the chosen languages, with or without its notes, as plain text or Markdown. */
export function openCopyDialog(what: Chosen, label: string): void {
  const output = outputBox();
  const options: CopyOptions = { languages: 'both', notes: true, format: 'plain' };
  const all = addresses();
  const blocks = what.kind === 'note' ? [what.block] : all.slice(all.indexOf(what.first), all.indexOf(what.last) + 1);
  const pairs = blocks.flatMap((address) => pairById(address) ?? []).map(copyBlock);
  const fragment = what.kind === 'note' ? what.address : what.first === what.last ? what.first : `${what.first}-${what.last}`;
  const update = () => {
    void linkData().then((data) => {
      output.textContent = copyText(pairs, options, {
        sourceTitle: data.article.sourceTitle,
        translationTitle: data.article.translationTitle,
        edition: data.article.edition,
        translator: data.article.translator,
        site: data.article.site,
        url: citedUrl(data.article, fragment, editionParam),
      });
    });
  };
  void linkData().then((data) => {
    const names = { both: `${data.languages.source} and ${data.languages.translation}`, source: data.languages.source, translation: data.languages.translation };
    open(
      what,
      `Copy ${label}`,
      [
        radios('copy-languages', 'Languages', copyLanguages.map((value) => ({ value, label: names[value] })), (value) => ((options.languages = value as CopyOptions['languages']), update())),
        radios('copy-notes', 'Notes', [{ value: 'on', label: 'As numbered footnotes' }, { value: 'off', label: 'Without notes' }], (value) => ((options.notes = value === 'on'), update())),
        radios('copy-format', 'Format', copyFormats.map((value) => ({ value, label: value === 'plain' ? 'Plain text' : 'Markdown' })), (value) => ((options.format = value as CopyOptions['format']), update())),
      ],
      output,
      'Copy text',
      'Text',
    );
    update();
  });
}
