import { z } from 'astro/zod';
import { slugSchema } from './ids.ts';

/**
 * `content/published-addresses.json`: for every published article, each block address with
 * a fingerprint of its text, and each note id. Written by `npm run ids:record`, only ever
 * added to; the build checks every article against it.
 */
export const publishedAddressesSchema = z.record(
  slugSchema,
  z.strictObject({
    blocks: z.record(z.string().min(1), z.string().regex(/^[0-9a-f]{8}$/, 'a fingerprint is 8 hexadecimal digits')),
    notes: z.array(slugSchema),
  }),
);

export type PublishedAddresses = z.output<typeof publishedAddressesSchema>;
