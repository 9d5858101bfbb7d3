/**
 * Exceptions for the Arabic light stemmer (arabic-stem.ts): the tuning knob
 * for names and news words that its rules would get wrong. Add a word here
 * when a test shows its forms with and without a proclitic disagree.
 */

/**
 * Words never stemmed further once reached (after proclitics are removed).
 * They are names and common news words whose first letter looks like a
 * proclitic and whose stripped form would be short or another word:
 * بوتين → تين (fig), كوريا → ريا (prefix of رياضة), وزارة → زار (visited).
 * Written in ordinary spelling; arabic-stem.ts normalises them on load.
 * Entries are stems: وكالة is reached from وكالات and وكالتها too.
 */
export const PROTECTED_WORDS: readonly string[] = [
  // Reached through a rule with a false reading: لبوتين could be لبو+تين.
  'بوتين',
  // Names whose stripped form has four letters left and would be kept.
  'بايدن',
  'بيونغ',
  'بيونغيانغ',
  'بلومبرج',
  'بلومبيرغ',
  'بغداد',
  'بيروت',
  'بريطانيا',
  'بولندا',
  'بيلاروسيا',
  'ليبيا',
  'كوريا',
  'كولومبيا',
  'واشنطن',
  // ين here is not the plural: without this فلسطين → فلسط but فلسطيني → فلسطين.
  'فلسطين',
  'أرجنتين',
  // Three letters and an ending that is only a suffix after four: with ل/ب
  // in front they read as ل+قان+ون (see alsoStemInitial), so لقانون, بإيران
  // would not meet قانون, إيران without these.
  'قانون',
  'تعاون',
  'إيران',
  'طهران',
  'إنسان',
  'عدوان',
  'لبنان',
  // Words that begin with a false article once hamza is folded: إلهام
  // would meet هام (important), and آلية (mechanism, folded اليه) would
  // become يه instead of meeting آلي and آليات.
  'إلهام',
  'آلي',
  // Common news words beginning with و.
  'وزير',
  'وزراء',
  'وزار',
  'وكال',
  'ولاي',
  'وفق',
  'وفقا',
];
