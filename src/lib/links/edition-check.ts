import { capitalised } from '../capitalised.ts';

/** The edition a URL's parameter names, or null when it names none or something that is not an edition number. */
export function linkedEdition(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  const edition = Number(value);
  return edition >= 1 ? edition : null;
}

/** The later editions in which a block changed, for a link made from `edition`: empty when it reads as it did. */
export const changedSince = (changedIn: readonly number[], edition: number) => changedIn.filter((changed) => changed > edition).toSorted((a, b) => a - b);

/** The notice over a block whose text changed since the linked edition. */
export function editionNotice(label: string, edition: number, changes: readonly number[]): string {
  const editions = changes.length === 1 ? `edition ${changes[0]}` : `editions ${changes.slice(0, -1).join(', ')} and ${changes.at(-1)}`;
  return `${capitalised(label)} has changed since edition ${edition}, which this link was made from (changed in ${editions}).`;
}
