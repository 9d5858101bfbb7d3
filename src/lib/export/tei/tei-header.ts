import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import type { ArticleData } from '../../../schemas/article.ts';
import { displayDate, isoDate } from '../../format-date.ts';
import { languageName } from '../../text-direction.ts';
import { publisherName } from '../publisher.ts';
import { absoluteUrl, type SiteAddress } from '../paths.ts';
import { originDateId } from './tei-ids.ts';
import { xmlText } from './xml-checks.ts';

/** Elements one per line, so that the header reads as a list. */
const lines = (...children: (Element | undefined)[]): ElementContent[] =>
  children.flatMap((child): ElementContent[] => (child ? [{ type: 'text', value: '\n' }, child] : [])).concat({ type: 'text', value: '\n' });

/**
 * Each date and language name worked out once: a build writes the same few of them for
 * every article, and Intl takes a millisecond to format a date or name a language.
 */
function remembered<K>(work: (key: K) => string): (key: K) => string {
  const known = new Map<K, string>();
  return (key) => {
    const found = known.get(key) ?? work(key);
    known.set(key, found);
    return found;
  };
}
const shownDay = remembered((time: number) => displayDate(new Date(time)));
const shown = (value: Date) => shownDay(value.getTime());
const languageNamed = remembered(languageName);

const date = (value: Date, attributes: Record<string, string> = {}) => x('date', { ...attributes, when: isoDate(value) }, shown(value));

/**
 * The teiHeader: the titles, the translator, this edition, where it is published, and what
 * is known of the source, an inferred date marked `cert="medium"` with a
 * `<note type="inferred">` giving its basis; the received file's line count and final line
 * break, which with each block's `@n` rebuild the file; and how the text is encoded.
 */
export function teiHeader(article: ArticleData, where: SiteAddress): Element {
  const { title, source, translation, origin, edition } = article;
  const text = (value: string, field: string) => xmlText(value, `article ${article.slug}, ${field}`);
  const missing = translation.missing.length;
  const originDate = origin.date;
  return x(
    'teiHeader',
    lines(
      x(
        'fileDesc',
        lines(
          x(
            'titleStmt',
            lines(
              x('title', { type: 'main', 'xml:lang': source.lang }, text(title.source, 'title')),
              x('title', { type: 'translated', 'xml:lang': translation.lang }, text(title.translation, 'translation title')),
              x('respStmt', {}, x('resp', 'translation and notes'), x('name', text(translation.translator, 'translator'))),
            ),
          ),
          x('editionStmt', {}, x('edition', { n: String(edition.number) }, `Edition ${edition.number} of `, date(edition.date), translation.draft ? `, a draft translation${missing > 0 ? ` (${missing} of ${article.blocks.length} blocks not translated yet)` : ''}` : '')),
          x('publicationStmt', lines(x('publisher', publisherName), date(article.published), x('idno', { type: 'URL' }, absoluteUrl(article.path, where)))),
          x(
            'sourceDesc',
            lines(
              x(
                'bibl',
                lines(
                  origin.outlet === undefined ? undefined : x('publisher', text(origin.outlet, 'origin.outlet')),
                  originDate === undefined ? undefined : date(originDate.value, { 'xml:id': originDateId, ...(originDate.inferred ? { cert: 'medium' } : {}) }),
                  originDate === undefined ? undefined : x('note', { type: originDate.inferred ? 'inferred' : 'basis', target: `#${originDateId}` }, text(originDate.basis, 'origin.date.basis')),
                  origin.reports === undefined ? undefined : x('note', { type: 'reports' }, text(origin.reports, 'origin.reports')),
                  origin.remarks === undefined ? undefined : x('note', { type: 'remarks' }, text(origin.remarks, 'origin.remarks')),
                  x(
                    'extent',
                    {},
                    x('measure', { unit: 'line', quantity: String(source.lineCount) }, `${source.lineCount} lines`),
                    ', ',
                    x('measure', { unit: 'finalLineBreak', quantity: source.finalNewline ? '1' : '0' }, source.finalNewline ? 'the last ending with a line break' : 'the last without a line break'),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
      x(
        'encodingDesc',
        {},
        x(
          'editorialDecl',
          {},
          x(
            'p',
            'The original is the received text, exactly as received, errors included: each line of the received file is one p or head, its line number in @n; the lines not given are empty. ' +
              'An error is marked choice, sic holding the received text and corr the correction; names are persName, orgName or placeName, terms term, and the phrases of other notes seg. ' +
              'Every note is in the back, its @target the phrase it is on. Taking the text of each p and head of the original, leaving out corr, gives back each line.',
          ),
        ),
      ),
      x('profileDesc', {}, x('langUsage', {}, lines(x('language', { ident: source.lang }, languageNamed(source.lang)), x('language', { ident: translation.lang }, languageNamed(translation.lang))))),
    ),
  );
}
