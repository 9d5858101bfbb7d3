import { describe, expect, it } from 'vitest';
import { attributionLine, copyText, type Attribution, type CopyBlock } from '../../../../src/lib/links/copy-text.ts';

const source = 'قالت وسائل إعلام كورية شمالية، اليوم الخميس، إن كوريا الشمالية وروسيا اتفقتا على تقديم الدعم العسكري.';
const block: CopyBlock = {
  address: 'p1',
  kind: 'paragraph',
  source,
  translation: 'North Korean media said on Thursday that North Korea and Russia have agreed to provide military support.',
  notes: [
    { title: '“Today, Thursday”: 20 June 2024', text: 'The agency published the text on 20 June.', end: source.indexOf('الخميس') + 'الخميس'.length },
    { title: 'Kim Jong Un', text: 'North Korea’s leader.', end: source.indexOf('كوريا الشمالية وروسيا') + 'كوريا الشمالية'.length },
  ],
};
const heading: CopyBlock = { address: 'ضربات-الجزاء', kind: 'heading', source: 'ضربات الجزاء', translation: 'Penalties', notes: [] };
const attribution: Attribution = {
  sourceTitle: 'كوريا الشمالية وروسيا تتعهدان بالدعم العسكري المتبادل',
  translationTitle: 'North Korea and Russia pledge mutual military support',
  edition: { number: 2, date: '1 December 2026' },
  translator: 'Annotated Translations editors',
  site: 'Annotated Translations',
  url: 'https://example.org/articles/x/?edition=2#p1',
};

describe('copyText', () => {
  it('copies both languages with the notes as numbered footnotes after their phrases, then the attribution', () => {
    expect(copyText([block], { languages: 'both', notes: true, format: 'plain' }, attribution)).toBe(
      [
        'قالت وسائل إعلام كورية شمالية، اليوم الخميس[1]، إن كوريا الشمالية[2] وروسيا اتفقتا على تقديم الدعم العسكري.',
        block.translation,
        'Notes\n[1] “Today, Thursday”: 20 June 2024. The agency published the text on 20 June.\n[2] Kim Jong Un. North Korea’s leader.',
        'From “North Korea and Russia pledge mutual military support” (كوريا الشمالية وروسيا تتعهدان بالدعم العسكري المتبادل), edition 2 of 1 December 2026, translated by Annotated Translations editors, Annotated Translations: https://example.org/articles/x/?edition=2#p1',
      ].join('\n\n') + '\n',
    );
  });

  it('copies the Arabic alone without notes, as received', () => {
    const text = copyText([block], { languages: 'source', notes: false, format: 'plain' }, attribution);
    expect(text.startsWith(`${source}\n\nFrom “`)).toBe(true);
    expect(text).not.toContain('North Korean media');
  });

  it('puts the footnote marks of an English-only copy at the end of its paragraph', () => {
    const text = copyText([block], { languages: 'translation', notes: true, format: 'markdown' }, attribution);
    expect(text).toContain('military support.[^1][^2]\n');
    expect(text).toContain('[^1]: “Today, Thursday”: 20 June 2024. The agency published the text on 20 June.\n[^2]: Kim Jong Un. North Korea’s leader.');
    expect(text).not.toContain('قالت');
  });

  it('numbers footnotes on across the blocks of a range and writes headings as Markdown headings', () => {
    const text = copyText([block, heading, { ...block, address: 'p2' }], { languages: 'source', notes: true, format: 'markdown' }, attribution);
    expect(text).toContain('## ضربات الجزاء');
    expect(text).toContain('الخميس[^3]');
    expect(text).toContain('[^4]: Kim Jong Un.');
  });

  it('escapes Markdown syntax in the texts and links the address in Markdown', () => {
    const starred = { ...heading, kind: 'paragraph' as const, source: 'نص *مهم* [1]', translation: '1. A #tag' };
    const text = copyText([starred], { languages: 'both', notes: false, format: 'markdown' }, attribution);
    expect(text).toContain('نص \\*مهم\\* \\[1\\]');
    expect(text).toContain('1\\. A \\#tag');
    expect(text.trimEnd().endsWith('Annotated Translations: <https://example.org/articles/x/?edition=2#p1>')).toBe(true);
  });

  it('says a draft block is not translated yet rather than leaving a gap', () => {
    expect(copyText([{ ...block, translation: null }], { languages: 'translation', notes: false, format: 'plain' }, attribution)).toMatch(/^\(not translated yet\)\n\n/);
  });
});

describe('attributionLine', () => {
  it('names both titles, the edition, the translator, the site and the address', () => {
    const line = attributionLine(attribution, 'plain');
    for (const part of [attribution.sourceTitle, attribution.translationTitle, 'edition 2 of 1 December 2026', attribution.translator, attribution.url]) expect(line).toContain(part);
  });
});
