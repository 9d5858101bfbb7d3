import { z } from 'astro/zod';
import { slugSchema } from './ids.ts';

/**
 * `content/published-addresses.json`: for every published article, each block address with
 * fingerprints of its text and translation, each note id, and the changes recorded. Written
 * by `npm run ids:record`, never losing an address; the build checks every article against it.
 */
const fingerprintSchema = z.string().regex(/^[0-9a-f]{8}$/, 'a fingerprint is 8 hexadecimal digits');

export const publishedAddressesSchema = z.record(
  slugSchema,
  z.strictObject({
    /** Block address → fingerprint of its source text as published. */
    blocks: z.record(z.string().min(1), fingerprintSchema),
    /** Block address → fingerprint of its translation as published (recorded once the translation is no longer a draft). */
    translations: z.record(z.string().min(1), fingerprintSchema).default({}),
    notes: z.array(slugSchema),
    /** The declared changes already recorded: after one is, the changed text is what was published. */
    changes: z.array(z.strictObject({ edition: z.number().int(), address: z.string().min(1), part: z.enum(['source', 'translation']) })).default([]),
  }),
);

export type PublishedAddresses = z.output<typeof publishedAddressesSchema>;
