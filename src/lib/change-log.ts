import type { ChangeData } from '../schemas/article.ts';

export interface EditionChanges {
  edition: number;
  date: Date;
  /** The changes of this edition, in reading order of their addresses. */
  changes: ChangeData[];
}

/** The article's changes grouped by the edition that made them, newest edition first, each in the article's order. */
export function changesByEdition(changes: readonly ChangeData[], order: readonly string[]): EditionChanges[] {
  const position = new Map(order.map((address, index) => [address, index]));
  const editions = new Map<number, EditionChanges>();
  for (const change of changes) {
    const group = editions.get(change.edition) ?? { edition: change.edition, date: change.date, changes: [] };
    group.changes.push(change);
    editions.set(change.edition, group);
  }
  return [...editions.values()]
    .sort((a, b) => b.edition - a.edition)
    .map((group) => ({ ...group, changes: group.changes.sort((a, b) => (position.get(a.address) ?? 0) - (position.get(b.address) ?? 0) || a.part.localeCompare(b.part)) }));
}

/** "paragraphs 1, 2 and 7" / "paragraph 7" / "the heading" for a list of addresses, as a summary line names them. */
export function blockList(addresses: readonly string[]): string {
  const numbers = addresses.map((address) => (/^p\d/.test(address) ? address.slice(1) : undefined));
  const paragraphs = numbers.filter((number) => number !== undefined);
  const headings = numbers.length - paragraphs.length;
  const joined = paragraphs.length <= 1 ? paragraphs.join('') : `${paragraphs.slice(0, -1).join(', ')} and ${paragraphs.at(-1)}`;
  const parts = [
    ...(paragraphs.length > 0 ? [`${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} ${joined}`] : []),
    ...(headings > 0 ? [headings === 1 ? 'a heading' : `${headings} headings`] : []),
  ];
  return parts.join(' and ');
}

/** What an edition changed, in a phrase: "the translation of paragraphs 1, 2 and 7 and the source text of paragraph 9". */
export function editionSummary(group: EditionChanges): string {
  return (['translation', 'source'] as const)
    .flatMap((part) => {
      const addresses = group.changes.filter((change) => change.part === part).map((change) => change.address);
      return addresses.length > 0 ? [`the ${part === 'source' ? 'source text' : 'translation'} of ${blockList(addresses)}`] : [];
    })
    .join(' and ');
}

/** Every edition's changes in one phrase, newest first: "edition 3 revised the translation of paragraph 7; edition 2 revised …". Empty when nothing changed. */
export function changesSummary(changes: readonly ChangeData[], order: readonly string[]): string {
  return changesByEdition(changes, order)
    .map((group) => `edition ${group.edition} revised ${editionSummary(group)}`)
    .join('; ');
}
