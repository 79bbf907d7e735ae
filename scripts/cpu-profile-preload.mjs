/**
 * Profiles every Node process of a build, Next's page workers included:
 *   PROFILE_DIR=/tmp/profiles NODE_OPTIONS="--import ./scripts/cpu-profile-preload.mjs" npx next build
 * Node 20 refuses --cpu-prof in NODE_OPTIONS, and Next ends its workers
 * without letting them write one, so this starts the V8 inspector's
 * profiler itself and writes a profile every 3 seconds
 * (<pid>-<n>.cpuprofile; open them in Chrome's DevTools, Performance tab).
 * docs/performance.md says what it found.
 */
import fs from 'node:fs';
import inspector from 'node:inspector';
import os from 'node:os';
import path from 'node:path';

const dir = process.env.PROFILE_DIR || path.join(os.tmpdir(), 'cpu-profiles');
fs.mkdirSync(dir, { recursive: true });
const session = new inspector.Session();
session.connect();
let written = 0;

function start() {
  session.post('Profiler.enable', () => session.post('Profiler.start'));
}

function write(restart) {
  session.post('Profiler.stop', (error, result) => {
    if (!error && result) fs.writeFileSync(path.join(dir, `${process.pid}-${written++}.cpuprofile`), JSON.stringify(result.profile));
    if (restart) start();
  });
}

start();
setInterval(() => write(true), 3000).unref();
process.on('exit', () => write(false));
