import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ServerConfigInput } from '../server-config';
import { precompress, type CompressionReport } from './compress';
import { nginxHttpTemplate, nginxHttpsTemplate, renderScript } from './nginx';
import { readSiteTable } from './site-table';

/** Where the local server finds the table, beside the other server files in build/. */
export const SITE_TABLE_FILE = 'site-table.json';

/**
 * The post-build step's last task, once every file of the site is in out/:
 * precompress it, then write what both servers need to serve it:
 * - build/site-table.json for the local server (scripts/serve.ts);
 * - build/nginx/: the http and https templates and render.sh for production.
 */
export async function writeServing(outDir: string, buildDir: string, input: ServerConfigInput, compressedCacheDir?: string): Promise<CompressionReport> {
  const report = await precompress(outDir, compressedCacheDir);
  const table = readSiteTable(outDir, input);
  mkdirSync(buildDir, { recursive: true });
  writeFileSync(path.join(buildDir, SITE_TABLE_FILE), `${JSON.stringify(table, null, 2)}\n`);
  const nginxDir = path.join(buildDir, 'nginx');
  rmSync(nginxDir, { recursive: true, force: true });
  mkdirSync(nginxDir, { recursive: true });
  writeFileSync(path.join(nginxDir, 'http.conf.template'), nginxHttpTemplate(table));
  writeFileSync(path.join(nginxDir, 'https.conf.template'), nginxHttpsTemplate(table));
  writeFileSync(path.join(nginxDir, 'render.sh'), renderScript);
  chmodSync(path.join(nginxDir, 'render.sh'), 0o755);
  // The old single-file configuration had the build machine's path in it; don't leave it about.
  rmSync(path.join(buildDir, 'nginx.conf'), { force: true });
  rmSync(path.join(buildDir, 'serve.json'), { force: true });
  return report;
}
