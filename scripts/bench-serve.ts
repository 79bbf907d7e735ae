/**
 * npm run bench:serve: how fast both servers send the built site, on this
 * machine's loopback only. For a content page, an old address (redirect) and
 * a missing page (404), each with and without Accept-Encoding, it reports
 * requests a second and bytes per response (headers included, as on the wire),
 * for the local server (npm start) and nginx with the generated configuration
 * (one worker, as a small server would run it). Build the site first.
 *
 * BENCH_DURATION (seconds per run, default 5, at most 30) and
 * BENCH_CONNECTIONS (default 10) tune it. Figures on a shared machine are
 * noisy; compare runs made together. Results go in docs/performance.md.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import autocannon from 'autocannon';
import { startNginx } from '../tests/support/nginx';

const duration = Math.min(Number(process.env.BENCH_DURATION ?? 5), 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const localPort = Number(process.env.BENCH_LOCAL_PORT ?? 4286);
const nginxPort = Number(process.env.BENCH_NGINX_PORT ?? 4287);

const cases = [
  { name: 'Content page', path: '/personalised-care/holistic-needs-assessment', status: 200 },
  { name: 'Redirect (old address in capitals)', path: '/HNA', status: 308 },
  { name: '404 page', path: '/no-such-page', status: 404 },
];
const encodings: Array<{ name: string; headers: Record<string, string> }> = [
  { name: 'none', headers: {} },
  { name: 'br, gzip', headers: { 'accept-encoding': 'gzip, deflate, br' } },
];

function waitForPort(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => (Date.now() > deadline ? reject(new Error(`nothing listening on ${port}`)) : setTimeout(attempt, 200)));
    };
    attempt();
  });
}

if (!existsSync('build/site-table.json')) {
  console.error('Build the site first: npm run build');
  process.exit(1);
}

const local = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
  env: { ...process.env, PORT: String(localPort), HOST: '127.0.0.1' },
  stdio: 'ignore',
});
const nginx = await startNginx(
  { kind: 'http', env: { SERVER_NAME: 'localhost', HTTP_LISTEN: `127.0.0.1:${nginxPort}` } },
  nginxPort,
);
const stop = () => {
  local.kill();
  nginx.stop();
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

try {
  await waitForPort(localPort);
  const rows: string[] = [];
  for (const [server, port] of [['local (npm start)', localPort], ['nginx', nginxPort]] as const) {
    for (const item of cases) {
      for (const encoding of encodings) {
        const url = `http://127.0.0.1:${port}${item.path}`;
        // A short warm-up, so the first run does not pay for cold caches.
        await autocannon({ url, connections, duration: 1, headers: encoding.headers });
        const result = await autocannon({ url, connections, duration, headers: encoding.headers });
        const expected = item.status === 200 ? result['2xx'] : result.non2xx;
        const wrong = result.requests.total - expected + result.errors + result.timeouts;
        const perResponse = result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0;
        rows.push(
          `| ${server} | ${item.name} | ${encoding.name} | ${Math.round(result.requests.average).toLocaleString('en-GB')} | ${perResponse.toLocaleString('en-GB')} | ${result.latency.p99} |${wrong ? ` ${wrong} unexpected` : ''}`,
        );
        console.error(rows[rows.length - 1]);
      }
    }
  }
  console.log(`\n${connections} connections, ${duration} s a run, loopback, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| Server | Address | Accept-Encoding | Requests/s | Bytes/response | p99 latency (ms) |');
  console.log('| --- | --- | --- | ---: | ---: | ---: |');
  console.log(rows.join('\n'));
} finally {
  stop();
}
