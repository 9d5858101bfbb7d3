import { z } from 'astro/zod';

/** A paragraph address: `p` and a number, optionally a letter for a paragraph inserted later (`p7a`). */
export const paragraphIdSchema = z
  .string()
  .regex(/^p[1-9]\d*[a-z]?$/, 'a paragraph id is "p" followed by a number, optionally one letter (p7, p7a)');

/** A URL slug: lowercase Latin letters, digits and single hyphens. Article slugs and note ids are slugs. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = z.string().regex(slugPattern, 'use lowercase Latin letters, digits and single hyphens');

/** BCP 47 language tag as used in `lang` attributes (simple form: `ar`, `en`, `en-GB`). */
export const languageSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as "ar" or "en"');

/** A calendar date written `YYYY-MM-DD`, read as midnight UTC. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .transform((value) => new Date(`${value}T00:00:00Z`))
  .refine((date) => !Number.isNaN(date.getTime()), 'not a real calendar date');
