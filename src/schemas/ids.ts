import { z } from 'astro/zod';

/** A paragraph address: `p` and a number, optionally a letter for a paragraph inserted later (`p7a`). */
export const paragraphIdSchema = z
  .string()
  .regex(/^p[1-9]\d*[a-z]?$/, 'a paragraph id is "p" followed by a number, optionally one letter (p7, p7a)');

/** A URL slug: lowercase Latin letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug uses lowercase Latin letters, digits and single hyphens');

/** BCP 47 language tag as used in `lang` attributes (simple form: `ar`, `en`, `en-GB`). */
export const languageSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as "ar" or "en"');
