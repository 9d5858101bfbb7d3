import { languageSchema } from '../../schemas/ids.ts';

export type LanguageCheck = { name: string; problem?: undefined; fix?: undefined } | { name?: undefined; problem: string; fix: string };

/**
 * Checks a source language tag: in the form the site's schema accepts, and a language
 * Intl knows (a tag can be well formed and name nothing, like "xx" or "ar-XY"). Its
 * English name is what the interface will call it.
 */
export function checkLanguage(tag: string): LanguageCheck {
  if (!languageSchema.safeParse(tag).success) {
    return { problem: `"${tag}" is not a language tag in the form the site uses`, fix: 'write a BCP 47 tag in lowercase with an optional region or script, e.g. ar, fa, ar-EG' };
  }
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag);
  } catch {
    name = undefined;
  }
  if (name === undefined) return { problem: `"${tag}" is well formed but names no language Intl knows`, fix: 'check the code (Arabic is ar, Persian fa, Urdu ur); the list is the IANA language subtag registry' };
  if (tag === 'en' || tag.startsWith('en-')) {
    return { problem: `"${tag}" is English, the language every article is translated into`, fix: 'give the language the received text is written in, e.g. --lang ar' };
  }
  return { name };
}
