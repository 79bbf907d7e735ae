/**
 * Serves the built site (out/) as production does: serve-handler (the engine
 * of Vercel's `serve`) with the headers and redirects that
 * lib/server-config.ts also writes into the nginx configuration.
 *
 * serve-handler sends its redirects with no headers of their own, so the
 * security headers are set on every response before it runs; its
 * configuration then adds per-path headers (Cache-Control, YouTube pages).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import handler from 'serve-handler';
import { REVALIDATE, securityHeaders } from '../lib/server-config';

const root = path.resolve(process.env.SITE_DIR ?? 'out');
// Written by scripts/postbuild.ts from lib/server-config.ts.
const config = JSON.parse(readFileSync(path.resolve(process.env.SERVE_CONFIG ?? 'build/serve.json'), 'utf8')) as Parameters<typeof handler>[2];
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const server = createServer((request, response) => {
  for (const [key, value] of Object.entries(securityHeaders)) response.setHeader(key, value);
  response.setHeader('Cache-Control', REVALIDATE);
  handler(request, response, { ...config, public: root }).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});

server.listen(port, host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
});
