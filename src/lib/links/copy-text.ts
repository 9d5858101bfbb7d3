/** One block as the copy controls read it from the page: plain texts, notes in reading order. */
export interface CopyBlock {
  address: string;
  kind: 'paragraph' | 'heading';
  source: string;
  /** Null while a draft has not translated the block. */
  translation: string | null;
  notes: CopyNote[];
}

export interface CopyNote {
  title: string;
  text: string;
  /** Where the note's phrase ends in the block's source text (UTF-16 offset): its footnote mark goes there. */
  end: number;
}

export interface CopyOptions {
  languages: 'source' | 'translation' | 'both';
  notes: boolean;
  format: 'plain' | 'markdown';
}

/** What the attribution line names. */
export interface Attribution {
  sourceTitle: string;
  translationTitle: string;
  edition: { number: number; date: string };
  translator: string;
  site: string;
  /** The address copied: the article's URL with its fragment (and edition). */
  url: string;
}

export const copyLanguages = ['both', 'source', 'translation'] as const;
export const copyFormats = ['plain', 'markdown'] as const;

/** Escapes what Markdown would read as markup in plain text (the texts hold no markup of their own). */
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\d+)\./, '$1\\.');

function footnoteMark(number: number, format: CopyOptions['format']): string {
  return format === 'markdown' ? `[^${number}]` : `[${number}]`;
}

/** The source text with each note's footnote mark after its phrase. */
function markedSource(block: CopyBlock, first: number, options: CopyOptions, escape: (text: string) => string): string {
  if (!options.notes || block.notes.length === 0) return escape(block.source);
  let out = '';
  let at = 0;
  block.notes.forEach((note, index) => {
    out += escape(block.source.slice(at, note.end)) + footnoteMark(first + index, options.format);
    at = note.end;
  });
  return out + escape(block.source.slice(at));
}

/** The attribution line every copy ends with: both titles, the edition, the translator and the address. */
export function attributionLine(attribution: Attribution, format: CopyOptions['format']): string {
  const { sourceTitle, translationTitle, edition, translator, site, url } = attribution;
  const line = `From “${translationTitle}” (${sourceTitle}), edition ${edition.number} of ${edition.date}, translated by ${translator}, ${site}: `;
  return format === 'markdown' ? `${escapeMarkdown(line)}<${url}>` : `${line}${url}`;
}

/**
 * The text a reader copies: the chosen languages of every block (source first, as printed
 * side by side), the notes as numbered footnotes when asked for, then the attribution line
 * with the address. Plain text or Markdown.
 */
export function copyText(blocks: readonly CopyBlock[], options: CopyOptions, attribution: Attribution): string {
  const markdown = options.format === 'markdown';
  const escape = markdown ? escapeMarkdown : (text: string) => text;
  const parts: string[] = [];
  const footnotes: string[] = [];
  for (const block of blocks) {
    const first = footnotes.length + 1;
    const texts: string[] = [];
    if (options.languages !== 'translation') texts.push(markedSource(block, first, options, escape));
    if (options.languages !== 'source') {
      let translation = escape(block.translation ?? '(not translated yet)');
      // A translation alone carries the marks of its block's notes at its end.
      if (options.languages === 'translation' && options.notes) translation += block.notes.map((_, index) => footnoteMark(first + index, options.format)).join('');
      texts.push(translation);
    }
    for (const text of texts) parts.push(block.kind === 'heading' && markdown ? `## ${text}` : text);
    if (options.notes) {
      block.notes.forEach((note, index) => {
        const body = `${escape(note.title)}. ${escape(note.text)}`;
        footnotes.push(markdown ? `[^${first + index}]: ${body}` : `[${first + index}] ${body}`);
      });
    }
  }
  if (footnotes.length > 0) parts.push(markdown ? footnotes.join('\n') : `Notes\n${footnotes.join('\n')}`);
  parts.push(attributionLine(attribution, options.format));
  return `${parts.join('\n\n')}\n`;
}
