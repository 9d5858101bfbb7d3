// Declarations for libraries that ship none, or whose DefinitelyTyped package is older than
// the library (@types/subset-font describes 2.3, without keepFeatures). Only what the
// project calls is declared.

declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** The OpenType layout features to keep (four-letter tags); by default, all of them. */
    keepFeatures?: readonly string[];
  }
  /** Cuts a font (TrueType, WOFF or WOFF2) down to the glyphs `text` needs, with HarfBuzz. */
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}

declare module 'fontverter' {
  type Format = 'sfnt' | 'truetype' | 'woff' | 'woff2';
  /** Converts a font file between container formats. */
  export function convert(font: Uint8Array, to: Format, from?: Format): Promise<Buffer>;
  const fontverter: { convert: typeof convert };
  export default fontverter;
}
