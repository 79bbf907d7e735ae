import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { listFiles } from '../build/files';

/**
 * Precompressed copies of the built site's text files, so neither server
 * compresses on each request: nginx sends them with gzip_static and
 * brotli_static, the local server with sirv. Built once at the highest
 * settings, which would be too slow to do per request.
 */

/** Types that compress well. Images, video and fonts are compressed already. */
export const COMPRESSIBLE_EXTENSIONS = ['html', 'css', 'js', 'json', 'svg', 'xml', 'txt', 'vtt', 'ics', 'webmanifest', 'ico'];

export function isCompressible(file: string): boolean {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  return extension !== undefined && COMPRESSIBLE_EXTENSIONS.includes(extension);
}

export function brotli(data: Buffer): Buffer {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

export function gzip(data: Buffer): Buffer {
  return gzipSync(data, { level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
}

export type CompressionReport = { files: number; bytes: number; brotliBytes: number; gzipBytes: number };

/**
 * Writes file.br and file.gz beside each compressible file, each only when
 * it is smaller than the file (a server then sends the plain file). Stale
 * copies from an earlier run are removed first.
 */
export function precompress(dir: string): CompressionReport {
  for (const file of listFiles(dir)) if (file.endsWith('.br') || file.endsWith('.gz')) rmSync(file);
  const report: CompressionReport = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for (const file of listFiles(dir).filter(isCompressible)) {
    const data = readFileSync(file);
    const br = brotli(data);
    const gz = gzip(data);
    report.files++;
    report.bytes += data.length;
    report.brotliBytes += Math.min(br.length, data.length);
    report.gzipBytes += Math.min(gz.length, data.length);
    if (br.length < data.length) writeFileSync(`${file}.br`, br);
    if (gz.length < data.length) writeFileSync(`${file}.gz`, gz);
  }
  return report;
}
