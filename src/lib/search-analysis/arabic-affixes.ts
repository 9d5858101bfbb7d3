/**
 * Affix tables for the Arabic light stemmer (arabic-stem.ts), written in
 * NORMALISED spelling (ة → ه, ى → ي, hamza seats folded). Each guard is the
 * least number of letters the remaining stem must keep; it is what stops a
 * root letter that merely looks like an affix from being cut off.
 */

export interface AffixRule {
  readonly affix: string;
  readonly minStem: number;
}

export interface PrefixRule extends AffixRule {
  /**
   * The letter also very often begins a stem (ب ل ك), so arabic-stem.ts
   * removes it only when every reading leaves a stem of `minStem` letters.
   */
  readonly alsoStemInitial?: boolean;
}

/**
 * Proclitics, longest first. Rules are applied one at a time and the
 * stripper is stateless (it does not remember what it already removed), so
 * و + ب + ال on a word is stemmed exactly like ب + ال on it, and like ال on
 * it: that is what makes لبوتين, وبوتين and بوتين meet. The combinations
 * with the article are listed whole because after the article a two-letter
 * stem is enough, a weaker guard than ب, ل or ك alone would allow.
 */
export const PREFIX_RULES: readonly PrefixRule[] = [
  // Article combinations: a two-letter stem after the article is real (الحق → حق).
  { affix: 'وبال', minStem: 2 },
  { affix: 'وكال', minStem: 2 },
  { affix: 'فبال', minStem: 2 },
  { affix: 'فكال', minStem: 2 },
  { affix: 'ولل', minStem: 2 },
  { affix: 'فلل', minStem: 2 },
  { affix: 'وال', minStem: 2 },
  { affix: 'فال', minStem: 2 },
  { affix: 'بال', minStem: 2 },
  { affix: 'كال', minStem: 2 },
  // ل + ال is written لل; without this rule للطرف would only lose one ل.
  { affix: 'لل', minStem: 2 },
  { affix: 'ال', minStem: 2 },
  // و is the commonest proclitic; three letters is the shortest Arabic
  // root, so وأكد → أكد while ولا, وقت and وفي stay whole.
  { affix: 'و', minStem: 3 },
  // ب ل ك begin very many words (بلاد, كبير, كامل, لقاء), so they are only
  // removed when four letters remain: لعقوبات, لكوريا, بفيتنام lose them;
  // بلاد, كبير, كامل (which would become لاد, بير, امل) keep theirs.
  // Cost: a one-letter preposition on a three-letter word stays (لحشد ≠ حشد).
  { affix: 'ب', minStem: 4, alsoStemInitial: true },
  { affix: 'ل', minStem: 4, alsoStemInitial: true },
  { affix: 'ك', minStem: 4, alsoStemInitial: true },
  // ف alone is NOT a rule: it begins فيتنام, فبراير, فلسطين, فلاديمير,
  // فريق, فقط, and stripping it would make لفيتنام (→ فيتنام) and فيتنام
  // (→ يتنام) disagree. For the same reason فب, فل, فك are not rules either.
];

/** Letters that may be a one-letter proclitic in front of a PROTECTED word (فكوريا, لبوتين). */
export const PROCLITIC_LETTERS: ReadonlySet<string> = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/**
 * Enclitic pronouns, longest first, at most one per word. هم, هن and the
 * second-person forms need a four-letter stem because several common words
 * end in those letters: تفاهم (understanding), محاكم (courts), تراكم.
 */
export const PRONOUN_SUFFIXES: readonly AffixRule[] = [
  { affix: 'هما', minStem: 3 },
  { affix: 'كما', minStem: 4 },
  { affix: 'هم', minStem: 4 },
  { affix: 'هن', minStem: 4 },
  { affix: 'كم', minStem: 4 },
  { affix: 'نا', minStem: 3 },
  { affix: 'ها', minStem: 3 },
  // ه is both "his" and the folded ة, removed either way: معاهدة → معاهد.
  // Three letters keeps قوة, سنة, وجه whole.
  { affix: 'ه', minStem: 3 },
  // ك ("your", singular) is not a rule: ملك, شك, مشترك end in it.
];

/**
 * Dual, plural and feminine-dual endings, longest first; when a longer one
 * fails its guard a shorter one may still apply (مرتين: not تين, not ين).
 * ون, ين and ان need four letters:
 * تعاون, قانون, تأمين, لبنان, سودان, إنسان, عدوان and اليابان end in them and
 * would otherwise collide with unrelated words (لبن, سود, أنس, عدو). The
 * price is that duals of three-letter nouns keep the ending (البلدين → بلدين);
 * Pagefind's prefix matching still finds them from بلد.
 */
export const INFLECTION_SUFFIXES: readonly AffixRule[] = [
  { affix: 'تان', minStem: 3 },
  { affix: 'تين', minStem: 3 },
  { affix: 'ات', minStem: 3 },
  { affix: 'ون', minStem: 4 },
  { affix: 'ين', minStem: 4 },
  { affix: 'ان', minStem: 4 },
];

/**
 * Final ي: the nisba adjective (فيتنامي, صاروخي, شمالي) and "my". Removing
 * it makes الفيتنامية, الفيتنامي and فيتنام share a key, which a reader
 * searching for Vietnam wants. علي, الذي, في keep theirs (too short).
 */
export const FINAL_YEH: AffixRule = { affix: 'ي', minStem: 3 };

/**
 * ي after ا is not the nisba ending but a glide or a hamza seat: نهاية,
 * ولاية, حماية (→ نهاي, ولاي, حماي after ه goes) and نهائي, ثنائي, تلقائي
 * (→ نهاي, ثناي, تلقاي) keep it, so نهاية and نهائي meet.
 */
export const KEEP_YEH_AFTER = 'ا';
