import type { ContentProblem } from './content-error.ts';
import { excerpt, type AddressedBlock } from './blocks.ts';
import { fingerprint } from './fingerprint.ts';

/**
 * What was published of one article, as the lock file records it: every block address
 * with a fingerprint of the text it was published with, and every note id. Nothing is
 * ever removed from it, so no published address can silently disappear or be reused.
 */
export interface PublishedArticle {
  blocks: Readonly<Record<string, string>>;
  notes: readonly string[];
}

interface StableAddressInput {
  /** The article entry, for messages. */
  file: string;
  /** The lock file, for messages. */
  lockFile: string;
  slug: string;
  blocks: readonly AddressedBlock[];
  noteIds: readonly string[];
  /** Retired block addresses and the address each now lands on. */
  retiredIds: Readonly<Record<string, string>>;
  /** Retired note ids and the note id or block address each now lands on. */
  retiredNotes: Readonly<Record<string, string>>;
  /** What was published before; undefined for an article never published. */
  published: PublishedArticle | undefined;
}

/**
 * Checks that no published address breaks: every block address and note id ever
 * published still exists (or is retired to one that does), every block still holds the
 * text it was published with, no retired address is used again, and everything current
 * is recorded, so that the next edit is checked against it too.
 */
export function checkStableAddresses(input: StableAddressInput): ContentProblem[] {
  const { file, lockFile, slug, blocks, noteIds, retiredIds, retiredNotes, published = { blocks: {}, notes: [] } } = input;
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

  for (const [address, print] of Object.entries(published.blocks)) {
    const block = current.get(address);
    if (!block) {
      if (!Object.hasOwn(retiredIds, address)) {
        problems.push({
          file,
          where: 'paragraphIds',
          problem: `the published address "${address}" (recorded in ${lockFile}) is missing: links to #${address} would break`,
          fix: `keep "${address}" on its line, or retire it by declaring where it now lands: retiredIds: { ${address}: <current address> }`,
        });
      }
      continue;
    }
    const now = fingerprint(block.text);
    if (now !== print) {
      problems.push({
        file,
        where: `${block.kind} ${address} (line ${block.line})`,
        problem: `"${address}" now holds different text from when it was published (${print} in ${lockFile}, now ${now}): ${excerpt(block.text)}`,
        fix: `if ids were moved, put "${address}" back on its own line; a received text is never edited, so a changed line is a new article or a declared correction recorded by hand as "${address}": "${now}" under "${slug}" in ${lockFile}`,
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

/** The record after publishing the current addresses: what was recorded stays, new addresses are added. */
export function recordAddresses(blocks: readonly AddressedBlock[], noteIds: readonly string[], published: PublishedArticle | undefined): PublishedArticle {
  return {
    blocks: { ...Object.fromEntries(blocks.map((block) => [block.address, fingerprint(block.text)])), ...published?.blocks },
    notes: [...new Set([...(published?.notes ?? []), ...noteIds])].sort(),
  };
}
