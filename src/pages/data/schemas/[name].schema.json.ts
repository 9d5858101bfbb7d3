import type { APIRoute, GetStaticPaths } from 'astro';

// The JSON Schemas of the data files, served exactly as they are kept in src/schemas/data/.
const files = import.meta.glob<string>('../../../schemas/data/*.schema.json', { query: '?raw', import: 'default', eager: true });
const schemas = new Map(Object.entries(files).map(([path, text]) => [path.replace(/^.*\/([^/]+)\.schema\.json$/, '$1'), text]));

export const getStaticPaths: GetStaticPaths = () => [...schemas.keys()].map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => new Response(schemas.get(params['name'] ?? ''), { headers: { 'Content-Type': 'application/schema+json' } });
