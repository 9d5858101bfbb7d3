import { describe, expect, it } from 'vitest';
import { alignTranslation } from '../../../../src/lib/align-translation.ts';
import type { AddressedBlock } from '../../../../src/lib/blocks.ts';
import { draftTranslationText } from '../../../../src/lib/import/translation-text.ts';
import { translationEntrySchema } from '../../../../src/schemas/translation-entry.ts';
import { render, segments } from '../../fixtures/processor.ts';

const file = 'content/translations/treaty-copy.en.md';
const addresses = ['p1', 'ضربات-الجزاء', 'p2'];
const block = (address: string, kind: 'heading' | 'paragraph', text: string, line: number): AddressedBlock => ({ address, kind, depth: kind === 'heading' ? 2 : 0, slug: kind === 'heading' ? address : undefined, text, line, children: [] });
const source = [block('p1', 'paragraph', 'قالت وسائل الإعلام.', 1), block('ضربات-الجزاء', 'heading', 'ضربات الجزاء', 2), block('p2', 'paragraph', 'وأكد الرئيس.', 3)];

describe('draftTranslationText', () => {
  const text = draftTranslationText({ title: 'North Korea and Russia: a “treaty”', translator: 'Annotated Translations editors', addresses });

  it('marks the translation as a draft, with its title and translator', async () => {
    const { frontmatter } = await render(text);
    expect(translationEntrySchema.parse(frontmatter)).toEqual({ title: 'North Korea and Russia: a “treaty”', translator: 'Annotated Translations editors', draft: true });
  });

  it('holds one empty block under each source address, in order, which the site aligns as all untranslated', async () => {
    const parsed = await segments(file, text);
    expect(parsed.map((segment) => ('marker' in segment ? segment.marker.address : `block: ${segment.block.text}`))).toEqual(addresses);
    expect(alignTranslation(file, source, parsed, true)).toEqual({ blocks: [undefined, undefined, undefined], missing: addresses, problems: [] });
  });

  it('writes each address comment on its own line, an empty line below each', () => {
    expect(text.endsWith('---\n\n<!-- p1 -->\n\n<!-- ضربات-الجزاء -->\n\n<!-- p2 -->\n')).toBe(true);
  });

  it('explains in the frontmatter how to fill in the draft, where a comment cannot be mistaken for an address', () => {
    expect(text).toMatch(/^---\n# A draft: write each block under its address comment[\s\S]*"## "[\s\S]*Remove draft: true once every block is translated\.\n/);
  });

  it('lines up once a block is written on the empty line under its address', async () => {
    const filled = text.replace('<!-- p1 -->\n', '<!-- p1 -->\nNorth Korean media said.').replace('<!-- ضربات-الجزاء -->\n', '<!-- ضربات-الجزاء -->\n## Penalty kicks');
    const aligned = alignTranslation(file, source, await segments(file, filled), true);
    expect(aligned.problems).toEqual([]);
    expect(aligned.missing).toEqual(['p2']);
    expect(aligned.blocks.map((each) => each?.text)).toEqual(['North Korean media said.', 'Penalty kicks', undefined]);
  });
});
