// `npm run serve`: serves dist/ (DIST_DIR) at http://HOST:PORT/BASE_PATH as a static host would.
import { resolve } from 'node:path';
import { startStaticServer } from './static-server.ts';

const dir = process.env['DIST_DIR'] ?? 'dist';
const server = await startStaticServer({
  dir,
  base: process.env['BASE_PATH'] ?? '/',
  host: process.env['HOST'] ?? '127.0.0.1',
  port: Number(process.env['PORT'] ?? 4321),
});
console.log(`Serving ${resolve(dir)} at ${server.url}`);
