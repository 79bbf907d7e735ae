import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip, type BrotliOptions, type ZlibOptions } from 'node:zlib';
import { linkOrCopy, listFiles, writeFileAtomically } from '../build/files';

/**
 * Precompressed copies of the built site's text files, so neither server
 * compresses on each request: nginx sends them with gzip_static and
 * brotli_static, the local server with sirv. Built once at (nearly) the
 * highest settings, which would be too slow to do per request.
 */

/** Types that compress well. Images, video and fonts are compressed already. */
export const COMPRESSIBLE_EXTENSIONS = ['html', 'css', 'js', 'json', 'svg', 'xml', 'txt', 'vtt', 'ics', 'webmanifest', 'ico'];

export function isCompressible(file: string): boolean {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  return extension !== undefined && COMPRESSIBLE_EXTENSIONS.includes(extension);
}

/**
 * Brotli's highest quality (11) for the files every page loads (the
 * stylesheet, the islands), which browsers keep. Quality 8 for pages and
 * the other files, nearly all the bytes: quality 10 took 11 s of a
 * cold 1,000-page build's CPU time for copies 8% smaller, and kept it
 * above issue 13's 45 s. Every page's copy still arrives in the first
 * round trip of a connection, as it did at 10: why, and what to change if
 * that stops being so, in docs/decisions/012-brotli-quality.md.
 */
export function brotliQuality(file: string): number {
  return /\.(css|js)$/i.test(file) ? constants.BROTLI_MAX_QUALITY : 8;
}

function brotliOptions(data: Buffer, quality: number): BrotliOptions {
  return {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  };
}

/** Where the build keeps compressed copies between builds. */
export function compressedCacheDir(root = process.cwd()): string {
  return path.join(root, '.cache', 'compressed');
}

const gzipOptions: ZlibOptions = { level: constants.Z_BEST_COMPRESSION, memLevel: 9 };

const brotliInBackground = promisify(brotliCompress);
const gzipInBackground = promisify(gzip);

/**
 * The compressed copies of each file's bytes, kept between builds: at the
 * highest settings, compressing a thousand-page site took half a minute,
 * and most of a build's files are the same as last time. Keyed by the bytes
 * and the settings, so a changed file is always compressed afresh.
 */
// Bump when the settings above change.
const CACHE_VERSION = 2;

type Compressed = { br: Buffer; gz: Buffer };
/** A compressed copy: its bytes, or the cache's file holding them. */
type Copy = Buffer | string;

const sizeOf = (copy: Copy) => (typeof copy === 'string' ? statSync(copy).size : copy.length);

/**
 * Puts a copy beside its file. A copy from the cache is linked, not written:
 * at 1,000 pages, writing 3,800 copies out again was most of a warm
 * post-build step (2.8 of its 6.5 s; linking takes 0.3 s). Neither writes
 * into a file already there, which may be linked to a cached copy:
 * precompress() removes old copies first, and linkOrCopy replaces its target.
 */
function placeCopy(copy: Copy, target: string) {
  if (typeof copy === 'string') linkOrCopy(copy, target);
  else writeFileSync(target, copy);
}

function compressedCache(dir: string | undefined) {
  const used = new Set<string>();
  const keyOf = (data: Buffer, quality: number) =>
    createHash('sha256').update(`${CACHE_VERSION}\0${quality}\0${process.versions.zlib}\0${process.versions.brotli ?? ''}\0`).update(data).digest('hex');
  return {
    /** The copies of these bytes, compressed now or by an earlier build. */
    async get(data: Buffer, quality: number, compress: () => Promise<Compressed>): Promise<{ br: Copy; gz: Copy; fromCache: boolean }> {
      if (!dir) return { ...(await compress()), fromCache: false };
      const key = keyOf(data, quality);
      used.add(key);
      const [brFile, gzFile] = [path.join(dir, `${key}.br`), path.join(dir, `${key}.gz`)];
      if (existsSync(brFile) && existsSync(gzFile)) return { br: brFile, gz: gzFile, fromCache: true };
      const made = await compress();
      writeFileAtomically(brFile, made.br);
      writeFileAtomically(gzFile, made.gz);
      return { br: brFile, gz: gzFile, fromCache: false };
    },
    /** Only this build's copies are kept, so the cache never outgrows one site. */
    prune() {
      if (!dir || !existsSync(dir)) return;
      for (const name of readdirSync(dir)) if (!used.has(name.replace(/\.(br|gz)(\.\d+\.tmp)?$/, ''))) rmSync(path.join(dir, name), { force: true });
    },
  };
}

export type CompressionReport = { files: number; bytes: number; brotliBytes: number; gzipBytes: number; fromCache: number };

/**
 * Writes file.br and file.gz beside each compressible file, each only when
 * it is smaller than the file (a server then sends the plain file). Stale
 * copies from an earlier run are removed first. Files are compressed on
 * every core (zlib's thread pool); with `cacheDir`, a file compressed by an
 * earlier build is not compressed again.
 */
export async function precompress(dir: string, cacheDir?: string): Promise<CompressionReport> {
  for (const file of listFiles(dir)) if (file.endsWith('.br') || file.endsWith('.gz')) rmSync(file);
  const report: CompressionReport = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0, fromCache: 0 };
  const cache = compressedCache(cacheDir);
  const queue = listFiles(dir).filter(isCompressible);
  const compressOne = async (file: string) => {
    const data = readFileSync(file);
    const quality = brotliQuality(file);
    const { br, gz, fromCache } = await cache.get(data, quality, async () => {
      const [br, gz] = await Promise.all([brotliInBackground(data, brotliOptions(data, quality)), gzipInBackground(data, gzipOptions)]);
      return { br, gz };
    });
    const [brSize, gzSize] = [sizeOf(br), sizeOf(gz)];
    report.files++;
    if (fromCache) report.fromCache++;
    report.bytes += data.length;
    report.brotliBytes += Math.min(brSize, data.length);
    report.gzipBytes += Math.min(gzSize, data.length);
    if (brSize < data.length) placeCopy(br, `${file}.br`);
    if (gzSize < data.length) placeCopy(gz, `${file}.gz`);
  };
  // Each brotli and gzip runs on zlib's threads, off the main one. Four files
  // a core at once, not one: between compressions each file's turn reads,
  // hashes and writes on the main thread, and a core would wait meanwhile
  // (a cold post-build at 1,000 pages: 11.5 s with one a core, 10.3 s with four).
  const workers = Array.from({ length: availableParallelism() * 4 }, async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) await compressOne(file);
  });
  await Promise.all(workers);
  cache.prune();
  return report;
}
