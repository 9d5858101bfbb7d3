import type { ContentProblem } from './content-error.ts';
import type { AddressedBlock } from './blocks.ts';
import { fingerprint } from './fingerprint.ts';

/** The two texts of a block that, once published, change only by a declared change. */
export type TextPart = 'source' | 'translation';

/**
 * What was published of one article, as the lock file records it: every block address
 * with fingerprints of the texts it was published with, every note id, and the declared
 * changes already recorded. Nothing is ever removed from it, so no published address can
 * silently disappear or be reused.
 */
export interface PublishedArticle {
  /** Address → fingerprint of the source text. */
  blocks: Readonly<Record<string, string>>;
  /** Address → fingerprint of the translation (recorded once the translation is not a draft). */
  translations: Readonly<Record<string, string>>;
  notes: readonly string[];
  changes: readonly { edition: number; address: string; part: TextPart }[];
}

interface StableAddressInput {
  /** The article entry, for messages. */
  file: string;
  /** The lock file, for messages. */
  lockFile: string;
  blocks: readonly AddressedBlock[];
  noteIds: readonly string[];
  /** Retired block addresses and the address each now lands on. */
  retiredIds: Readonly<Record<string, string>>;
  /** Retired note ids and the note id or block address each now lands on. */
  retiredNotes: Readonly<Record<string, string>>;
  /** What was published before; undefined for an article never published. */
  published: PublishedArticle | undefined;
}

export const emptyRecord: PublishedArticle = { blocks: {}, translations: {}, notes: [], changes: [] };

/**
 * Checks that no published address breaks: every block address and note id ever
 * published still exists (or is retired to one that does), no retired address is used
 * again, and everything current is recorded, so that the next edit is checked against it
 * too. (Whether the texts changed is checked by published-texts.ts.)
 */
export function checkStableAddresses(input: StableAddressInput): ContentProblem[] {
  const { file, lockFile, blocks, noteIds, retiredIds, retiredNotes, published = emptyRecord } = input;
  const problems: ContentProblem[] = [];
  const current = new Map(blocks.map((block) => [block.address, block]));
  const notes = new Set(noteIds);

  for (const [old, target] of Object.entries(retiredIds)) {
    if (current.has(old)) {
      problems.push({ file, where: `retiredIds.${old}`, problem: `"${old}" is retired but is the address of a block again`, fix: 'a retired address is never reused: give that block a new id' });
    } else if (!current.has(target)) {
      problems.push({ file, where: `retiredIds.${old}`, problem: `points to "${target}", which is not an address in this article`, fix: 'point a retired address at a current paragraph id or heading slug' });
    }
  }
  for (const [old, target] of Object.entries(retiredNotes)) {
    if (notes.has(old)) {
      problems.push({ file, where: `retiredNotes.${old}`, problem: `note "${old}" is retired but a note has that id again`, fix: 'a retired note id is never reused: give the new note another file name' });
    } else if (!notes.has(target) && !current.has(target)) {
      problems.push({ file, where: `retiredNotes.${old}`, problem: `points to "${target}", which is neither a note nor a block address of this article`, fix: 'point a retired note at the note that replaced it, or at its paragraph (p7)' });
    }
  }

  for (const address of Object.keys(published.blocks)) {
    if (!current.has(address) && !Object.hasOwn(retiredIds, address)) {
      problems.push({
        file,
        where: 'paragraphIds',
        problem: `the published address "${address}" (recorded in ${lockFile}) is missing: links to #${address} would break`,
        fix: `keep "${address}" on its line, or retire it by declaring where it now lands: retiredIds: { ${address}: <current address> }`,
      });
    }
  }
  for (const id of published.notes) {
    if (!notes.has(id) && !Object.hasOwn(retiredNotes, id)) {
      problems.push({
        file,
        where: 'retiredNotes',
        problem: `the published note "${id}" (recorded in ${lockFile}) is missing: links to #note-${id} would break`,
        fix: `restore its file, or declare where its address now lands: retiredNotes: { ${id}: <note id or p7> }`,
      });
    }
  }

  const unrecorded = [
    ...blocks.filter((block) => !Object.hasOwn(published.blocks, block.address)).map((block) => `"${block.address}"`),
    ...noteIds.filter((id) => !published.notes.includes(id)).map((id) => `note "${id}"`),
  ];
  if (unrecorded.length > 0) {
    problems.push({
      file,
      where: 'addresses',
      problem: `${unrecorded.length === 1 ? 'the address' : `${unrecorded.length} addresses`} ${unrecorded.join(', ')} ${unrecorded.length === 1 ? 'is' : 'are'} not recorded in ${lockFile}`,
      fix: `record them so they can never silently disappear: run \`npm run ids:record\` and commit ${lockFile}`,
      unrecorded: true,
    });
  }
  return problems;
}

/**
 * The record once the current state is published: every address ever recorded stays, the
 * current texts' fingerprints replace the recorded ones (only called when every change is
 * declared), the translation's only once it is no longer a draft, and the declared changes
 * join the recorded ones.
 */
export function recordAddresses(input: {
  blocks: readonly AddressedBlock[];
  translations: readonly (string | undefined)[];
  translationDraft: boolean;
  noteIds: readonly string[];
  changes: readonly { edition: number; address: string; part: TextPart }[];
  published: PublishedArticle | undefined;
}): PublishedArticle {
  const { blocks, translations, translationDraft, noteIds, changes, published = emptyRecord } = input;
  const key = (change: { edition: number; address: string; part: TextPart }) => `${change.edition}:${change.address}:${change.part}`;
  const recordedChanges = new Map([...published.changes, ...changes].map((change) => [key(change), { edition: change.edition, address: change.address, part: change.part }]));
  const translated = translationDraft ? [] : blocks.flatMap((block, index) => (translations[index] === undefined ? [] : [[block.address, fingerprint(translations[index] ?? '')] as const]));
  return {
    blocks: { ...published.blocks, ...Object.fromEntries(blocks.map((block) => [block.address, fingerprint(block.text)])) },
    translations: { ...published.translations, ...Object.fromEntries(translated) },
    notes: [...new Set([...published.notes, ...noteIds])].sort(),
    changes: [...recordedChanges.values()].sort((a, b) => a.edition - b.edition || a.address.localeCompare(b.address) || a.part.localeCompare(b.part)),
  };
}
