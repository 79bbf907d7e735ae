import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { outDir } from './site';

/**
 * Starts Debian's nginx with the configuration the build wrote
 * (build/nginx/), rendered by its own render.sh as on a real server, so the
 * tests exercise what is deployed. Brotli is on when the module is installed
 * (.ci/run installs it), so both precompressed kinds are tested.
 */
export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate));
export const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export type NginxOptions = {
  kind: 'http' | 'https';
  env: Record<string, string>;
  /** Another built site, such as the fixture site: its out/ and build/ folders. */
  site?: { outDir: string; buildDir: string };
};

export type RunningNginx = { dir: string; config: string; stop: () => void };

function waitForPort(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function startNginx(options: NginxOptions, port: number): Promise<RunningNginx> {
  if (!nginxBinary) throw new Error('nginx is not installed (scripts/ensure-browser.mjs installs it on Debian)');
  const dir = mkdtempSync(path.join(tmpdir(), 'nginx-test-'));
  const brotli = existsSync(brotliModule);
  const site = execFileSync('sh', [path.join(options.site?.buildDir ?? 'build', 'nginx', 'render.sh'), options.kind], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', SITE_ROOT: path.resolve(options.site?.outDir ?? outDir), BROTLI: brotli ? 'on' : 'off', ...options.env } as unknown as NodeJS.ProcessEnv,
  });
  writeFileSync(path.join(dir, 'site.conf'), site);
  const config = `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${brotli ? `load_module ${brotliModule};` : ''}
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`;
  writeFileSync(path.join(dir, 'nginx.conf'), config);
  const nginx: ChildProcess = spawn(nginxBinary, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' });
  let exited = false;
  nginx.once('exit', () => (exited = true));
  for (let attempt = 0; attempt < 100 && !exited; attempt++) {
    if (await waitForPort(port)) return { dir, config: site, stop: () => nginx.kill() };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  nginx.kill();
  const log = existsSync(path.join(dir, 'error.log')) ? readFileSync(path.join(dir, 'error.log'), 'utf8') : '';
  throw new Error(`nginx did not start on port ${port}:\n${log}`);
}
