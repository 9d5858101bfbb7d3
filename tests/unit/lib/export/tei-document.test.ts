import { describe, expect, it } from 'vitest';
import { teiDocument } from '../../../../src/lib/export/tei/tei-document.ts';
import { smallArticle } from '../../fixtures/article-input.ts';
import { exportedArticle, noteFile, testSite } from './support/article.ts';
import { jingText, jingTexts } from './support/jing.ts';
import { rebuildReceived } from './support/received.ts';
import { elements, namespaceProblems, parseXml, pointerCount, teiReceived, textOf, unresolvedPointers } from './support/tei-reader.ts';

const tei = async (changes: Parameters<typeof exportedArticle>[0] = {}) => teiDocument(await exportedArticle(changes), testSite);
const byId = (xml: string, id: string) => {
  const found = elements(parseXml(xml)).find((element) => element.getAttribute('xml:id') === id);
  if (!found) throw new Error(`no element with xml:id ${id}`);
  return found;
};

/** More kinds of note than the small article has: a term, a place, an organisation, a style note with a suggestion. */
const moreNotes = {
  ...smallArticle.notes,
  pyongyang: noteFile({ block: 'p1', phrase: 'بيونغ يانغ', type: 'name', entity: 'place', title: 'Pyongyang' }, 'The capital of North Korea.'),
  'summit-talks': noteFile({ block: 'p2', phrase: 'محادثات القمة', type: 'term', title: 'Summit talks' }, 'Talks between heads of state.'),
  'p2-comes': noteFile({ block: 'p2', phrase: 'وتأتي', type: 'style', title: 'A stock opening', correction: 'تجري' }, 'A *stock* opening; see [the style guide](https://example.org/guide).'),
};

/** jing starts a Java virtual machine: seconds, more on a busy machine. */
const jingTimeout = 60_000;
const inferredOrigin = { outlet: 'وكالة الأنباء', date: { value: '2024-06-20', inferred: true, basis: 'The text says “today, Thursday”.' } };
const knownOrigin = { date: { value: '2024-06-20', inferred: false, basis: 'The outlet’s dateline.' } };
const draftTranslation = smallArticle.translation
  .replace('translator: Annotated Translations editors', 'translator: Annotated Translations editors\ndraft: true')
  .replace('The summit comes as both countries are under *sanctions*.', '');

describe('teiDocument', () => {
  it('writes a well-formed document whose every element is in the TEI namespace', async () => {
    const document = parseXml(await tei());
    expect(document.documentElement?.localName).toBe('TEI');
    expect(document.documentElement?.namespaceURI).toBe('http://www.tei-c.org/ns/1.0');
    expect(namespaceProblems(document)).toEqual([]);
  });

  it('is valid against the RELAX NG schema kept in the repository: every kind of note, known and inferred dates, a draft', async () => {
    // One jing run for all of them: each run starts a Java virtual machine.
    const variants = await Promise.all([
      tei({ notes: moreNotes }),
      tei({ entry: { ...smallArticle.entry, origin: inferredOrigin } }),
      tei({ entry: { ...smallArticle.entry, origin: knownOrigin } }),
      tei({ translation: draftTranslation }),
    ]);
    const result = jingTexts(variants);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, jingTimeout);

  it('gives back the received file byte for byte: each line’s text at its @n, the line count and the final line break', async () => {
    const received = teiReceived(parseXml(await tei()));
    expect(received.lines.map((line) => line.line)).toEqual([1, 3, 4]);
    expect(rebuildReceived(received.lines, received.lineCount, received.finalNewline)).toBe(smallArticle.received);
  });

  it('gives back a file without a final line break, and a line with a tab and spaces at its edges, exactly', async () => {
    const received = ' قال بوتين\tفي بيونغ يانغ اليوم الخميس إنه يعارض العقوبات. \n\nضربات الجزاء\nوتأتي محادثات القمة في ظل العقوبات على البلدين.';
    const back = teiReceived(parseXml(await tei({ received })));
    expect(rebuildReceived(back.lines, back.lineCount, back.finalNewline)).toBe(received);
  });

  it('links every block to its counterpart with corresp, and every pointer resolves', async () => {
    const xml = await tei({ notes: moreNotes });
    const document = parseXml(xml);
    expect(unresolvedPointers(document)).toEqual([]);
    expect(byId(xml, 'source-p1').getAttribute('corresp')).toBe('#translation-p1');
    expect(byId(xml, 'translation-p1').getAttribute('corresp')).toBe('#source-p1');
    expect(byId(xml, 'source-ضربات-الجزاء').localName).toBe('head');
    // 3 blocks × 2 sides and the two divisions.
    expect(pointerCount(document, 'corresp')).toBe(8);
    // 7 notes, and the note on how the source's date was inferred when there is one.
    expect(pointerCount(document, 'target')).toBeGreaterThanOrEqual(7);
  });

  it('marks an error as choice, sic and corr, the received text in sic', async () => {
    const choice = byId(await tei(), 'phrase-penalty-kicks');
    expect(choice.localName).toBe('choice');
    expect(textOf(choice.getElementsByTagName('sic')[0] ?? choice)).toBe('ضربات الجزاء');
    expect(textOf(choice.getElementsByTagName('corr')[0] ?? choice)).toBe('العقوبات');
  });

  it('marks names by what they name, terms as term and other notes’ phrases as seg', async () => {
    const xml = await tei({ notes: moreNotes });
    expect(byId(xml, 'phrase-vladimir-putin').localName).toBe('persName');
    expect(byId(xml, 'phrase-pyongyang').localName).toBe('placeName');
    expect(byId(xml, 'phrase-summit-talks').localName).toBe('term');
    expect(byId(xml, 'phrase-p1-thursday').localName).toBe('seg');
    expect(byId(xml, 'phrase-p1-thursday').getAttribute('type')).toBe('context');
  });

  it('puts every note in the back with its type, its title and its body, pointing at its phrase', async () => {
    const xml = await tei({ notes: moreNotes });
    const note = byId(xml, 'note-p2-comes');
    expect(note.getAttribute('type')).toBe('style');
    expect(note.getAttribute('target')).toBe('#phrase-p2-comes');
    expect(textOf(note)).toContain('A stock opening');
    expect(note.getElementsByTagName('emph')[0]?.textContent).toBe('stock');
    expect(note.getElementsByTagName('ref')[0]?.getAttribute('target')).toBe('https://example.org/guide');
    expect(note.getElementsByTagName('seg')[0]?.getAttribute('xml:lang')).toBe('ar');
    expect(textOf(byId(xml, 'note-penalty-kicks'))).toContain('are penalty kicks in football');
    expect(byId(xml, 'note-penalty-kicks').getElementsByTagName('foreign')[0]?.getAttribute('xml:lang')).toBe('ar');
  });

  it('keeps the translation’s emphasis and the Arabic quoted in it, in the translation’s language', async () => {
    const xml = await tei();
    const translation = elements(parseXml(xml)).find((element) => element.getAttribute('type') === 'translation');
    expect(translation?.getAttribute('xml:lang')).toBe('en');
    expect(byId(xml, 'translation-p2').getElementsByTagName('emph')[0]?.textContent).toBe('sanctions');
    expect(byId(xml, 'translation-p1').getElementsByTagName('foreign')[0]?.textContent).toBe('اليوم الخميس');
  });

  it('nests each heading’s blocks in a section, as TEI wants headings at the start of a division', async () => {
    const head = byId(await tei(), 'source-ضربات-الجزاء');
    const section = elements(parseXml(await tei())).find((element) => element.getAttribute('type') === 'section');
    expect(section?.getElementsByTagName('head')[0]?.getAttribute('xml:id')).toBe('source-ضربات-الجزاء');
    expect(section?.firstChild?.nextSibling?.nodeName).toBe('head');
    expect(head.parentNode?.nodeName).toBe('div');
  });

  it('marks an inferred date of the source as inferred, with its basis', async () => {
    const xml = await tei({ entry: { ...smallArticle.entry, origin: inferredOrigin } });
    const date = byId(xml, 'origin-date');
    expect(date.getAttribute('when')).toBe('2024-06-20');
    expect(date.getAttribute('cert')).toBe('medium');
    const basis = elements(parseXml(xml)).find((element) => element.getAttribute('type') === 'inferred');
    expect(basis?.getAttribute('target')).toBe('#origin-date');
    expect(basis?.textContent).toBe('The text says “today, Thursday”.');
  });

  it('states a known date without marking it uncertain', async () => {
    const xml = await tei({ entry: { ...smallArticle.entry, origin: knownOrigin } });
    expect(byId(xml, 'origin-date').hasAttribute('cert')).toBe(false);
  });

  it('writes a draft’s untranslated block as a gap, still linked to its source', async () => {
    const xml = await tei({ translation: draftTranslation });
    const block = byId(xml, 'translation-p2');
    expect(block.getElementsByTagName('gap')[0]?.getAttribute('reason')).toBe('untranslated');
    expect(block.getAttribute('corresp')).toBe('#source-p2');
  });

  it('refuses a received text holding a character XML cannot hold, naming the article and the block', async () => {
    const article = await exportedArticle({ received: smallArticle.received.replace('يعارض', 'يعا\uFFFFرض') });
    expect(() => teiDocument(article, testSite)).toThrow(/^content\/sources\/putin-in-pyongyang\.ar\.txt, line 1 \(block p1\): holds U\+FFFF .* Fix:/);
  });

  it('is rejected by the schema when it breaks the TEI structure, so validation can fail', async () => {
    const xml = (await tei()).replace('<teiHeader>', '<teiHeader><bogus/>');
    const result = jingText(xml);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/bogus/);
  }, jingTimeout);
});
