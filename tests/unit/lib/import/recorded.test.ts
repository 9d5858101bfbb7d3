import { describe, expect, it } from 'vitest';
import type { AddressedBlock } from '../../../../src/lib/blocks.ts';
import { fingerprint } from '../../../../src/lib/fingerprint.ts';
import { checkRecorded } from '../../../../src/lib/import/recorded.ts';

const lockFile = 'content/published-addresses.json';
const block = (address: string, text: string): AddressedBlock => ({ address, kind: address.startsWith('p') ? 'paragraph' : 'heading', depth: 0, slug: undefined, text, line: 1, children: [] });
const blocks = [block('p1', 'قالت وسائل الإعلام.'), block('ضربات-الجزاء', 'ضربات الجزاء')];

describe('checkRecorded', () => {
  it('accepts a record of the same addresses on the same text', () => {
    const recorded = { blocks: { p1: fingerprint('قالت وسائل الإعلام.'), 'ضربات-الجزاء': fingerprint('ضربات الجزاء') }, translations: {}, notes: [], changes: [] };
    expect(checkRecorded('treaty-copy', lockFile, blocks, recorded)).toBeUndefined();
  });

  it('reports a record whose heading address differs from the one the translation was written with', () => {
    const recorded = { blocks: { p1: fingerprint('قالت وسائل الإعلام.'), 'ضربات-الجزاء-1': fingerprint('ضربات الجزاء') }, translations: {}, notes: [], changes: [] };
    expect(checkRecorded('treaty-copy', lockFile, blocks, recorded)).toMatchObject({ file: lockFile, where: 'treaty-copy', problem: 'the site recorded other addresses than the translation was written with (ضربات-الجزاء, ضربات-الجزاء-1)' });
  });

  it('reports an address recorded on other text', () => {
    const recorded = { blocks: { p1: fingerprint('وأكد الرئيس.'), 'ضربات-الجزاء': fingerprint('ضربات الجزاء') }, translations: {}, notes: [], changes: [] };
    expect(checkRecorded('treaty-copy', lockFile, blocks, recorded)?.problem).toContain('(p1)');
  });

  it('reports that nothing was recorded', () => {
    expect(checkRecorded('treaty-copy', lockFile, blocks, undefined)?.problem).toBe('the site recorded no addresses for the new article');
  });
});
