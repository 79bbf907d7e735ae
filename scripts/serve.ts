/**
 * Serves the built site (out/) as production's nginx does, from the same
 * table and headers (lib/serving/, lib/server-config.ts):
 * - lib/serving/site-table.ts decides what each request gets (page, file,
 *   308 redirect, 404 page, or a 400/405/414 refusal), exactly as the
 *   generated nginx configuration does (tests/e2e/address-shapes.spec.ts);
 * - sirv sends the files: it picks the precompressed .br or .gz the build
 *   wrote when the browser accepts it (with Vary: Accept-Encoding), and
 *   handles ETags, 304s and byte ranges (which video players need).
 * Only addresses the table knows reach the file system, so no address,
 * however long or odd, can make it fail with a 500.
 */
import { readFileSync, watchFile } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { MAX_TARGET_LENGTH } from '../lib/serving/address';
import { acceptedEncodings, answerHeaders, contentTypeOf, youtubeFiles } from '../lib/serving/headers';
import { createAnswerer, type SiteTable } from '../lib/serving/site-table';
import { SITE_TABLE_FILE } from '../lib/serving/write';

const root = path.resolve(process.env.SITE_DIR ?? 'out');
const buildDir = path.resolve(process.env.BUILD_DIR ?? 'build');
const tableFile = path.join(buildDir, SITE_TABLE_FILE);
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

/**
 * sirv in its "dev" mode looks each file up when it is asked for, rather than
 * listing out/ once at start, so a file removed by a rebuild is a 404 and not
 * a crash, and new files are found. The site's own table is read again when
 * a build writes a new one (it is the build's last step), so `npm run build`
 * while `npm start` runs needs no restart.
 */
const files = sirv(root, { dev: true, etag: true, gzip: true, brotli: true, extensions: [], dotfiles: true });

type Site = {
  answer: ReturnType<typeof createAnswerer>;
  youtube: ReadonlySet<string>;
  /** The 404 page and its precompressed copies, read once per build. */
  notFound: { identity: Buffer; br?: Buffer; gzip?: Buffer };
};

function load(): Site {
  const table: SiteTable = JSON.parse(readFileSync(tableFile, 'utf8'));
  return {
    answer: createAnswerer(table),
    youtube: new Set(youtubeFiles(table)),
    notFound: {
      identity: readFileSync(path.join(root, '404.html')),
      br: readOptional(path.join(root, '404.html.br')),
      gzip: readOptional(path.join(root, '404.html.gz')),
    },
  };
}

let site = load();
watchFile(tableFile, { interval: 1000 }, (current, previous) => {
  if (current.mtimeMs === previous.mtimeMs || current.mtimeMs === 0) return;
  try {
    site = load();
    console.log('Serving the new build.');
  } catch (error) {
    console.error('The new build could not be read; still serving the last one.', error);
  }
});

function readOptional(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Brotli if the browser accepts it, then gzip, as for every other file. */
function notFoundBody(accepted: ReadonlyArray<'br' | 'gzip'>): { body: Buffer; encoding?: string } {
  const { notFound } = site;
  if (notFound.br && accepted.includes('br')) return { body: notFound.br, encoding: 'br' };
  if (notFound.gzip && accepted.includes('gzip')) return { body: notFound.gzip, encoding: 'gzip' };
  return { body: notFound.identity };
}

/** The short page nginx sends for a refusal, so a person who sees one is not left with nothing. */
function refusalPage(status: number): string {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n</body>\r\n</html>\r\n`;
}

function handle(request: IncomingMessage, response: ServerResponse) {
  const method = request.method ?? 'GET';
  const { answer, youtube } = site;
  const result = answer(method, request.url ?? '/');
  // sirv only looks for "br" and "gzip" in the header; "gzip;q=0" means no.
  const accepted = acceptedEncodings(request.headers['accept-encoding']);
  request.headers['accept-encoding'] = accepted.join(', ');
  for (const [name, value] of Object.entries(answerHeaders(result, method, youtube))) response.setHeader(name, value);
  switch (result.kind) {
    case 'file':
      response.setHeader('Content-Type', contentTypeOf(result.file));
      // sirv reads only "bytes=start-" and "bytes=start-end"; it would misread a
      // suffix ("bytes=-500") or several ranges, so those get the whole file,
      // which HTTP allows (RFC 9110, section 14.2).
      if (request.headers.range && !/^bytes=\d+-(\d*)$/.test(request.headers.range)) delete request.headers.range;
      request.url = result.file;
      files(request, response, () => sendRefusal(response, 404));
      return;
    case 'redirect':
      response.writeHead(result.status, { Location: result.location, 'Content-Type': 'text/html; charset=utf-8' });
      response.end(refusalPage(result.status));
      return;
    case 'not-found': {
      const { body, encoding } = notFoundBody(accepted);
      response.setHeader('Vary', 'Accept-Encoding');
      if (encoding) response.setHeader('Content-Encoding', encoding);
      response.writeHead(404, { 'Content-Type': contentTypeOf('404.html'), 'Content-Length': body.length });
      response.end(method === 'HEAD' ? undefined : body);
      return;
    }
    case 'error':
      sendRefusal(response, result.status);
  }
}

function sendRefusal(response: ServerResponse, status: number) {
  const body = refusalPage(status);
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

const server = createServer((request, response) => {
  try {
    handle(request, response);
  } catch (error) {
    // A bug here must not take the server down, but must be seen.
    console.error(error);
    if (!response.headersSent) sendRefusal(response, 400);
    else response.destroy();
  }
});

/**
 * Requests Node's parser refuses before they reach the handler (a control
 * character or space in the address, an address longer than its 16 KB
 * limit) get what nginx sends: 400, or 414 for an over-long address, with
 * the same security headers as every other response.
 */
server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
  if (!socket.writable) return socket.destroy();
  const firstLine = (error.rawPacket?.toString('latin1') ?? '').split('\r\n')[0] ?? '';
  const status = error.code === 'HPE_HEADER_OVERFLOW' && firstLine.length > MAX_TARGET_LENGTH ? 414 : 400;
  // No method could be read, so (as nginx does) the refusal lists the ones allowed.
  const headers = answerHeaders({ kind: 'error', status, uri: null }, '', site.youtube);
  const body = refusalPage(status);
  socket.end(
    [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      'Content-Type: text/html; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
});

server.listen(port, host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
});
