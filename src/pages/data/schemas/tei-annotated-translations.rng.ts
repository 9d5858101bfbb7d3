import type { APIRoute } from 'astro';
import schema from '../../../schemas/data/tei/tei-annotated-translations.rng?raw';

/** The RELAX NG schema the TEI files are valid against, as kept in src/schemas/data/tei/. */
export const GET: APIRoute = () => new Response(schema, { headers: { 'Content-Type': 'application/xml' } });
