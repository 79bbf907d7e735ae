/**
 * npm run build: content/ to the published site (out/ and build/), in four
 * steps, each of which must pass before the next starts:
 *   checks      the content check, with no options (scripts/content-check.ts);
 *   compile     Next compiles the code (next build --experimental-build-mode compile);
 *   pages       Next renders every page, in a process of its own (… generate);
 *   post-build  scripts/postbuild.ts.
 * Why Next runs twice: docs/decisions/010-build-in-steps.md. A failing step
 * stops the build with its exit code; the last line says how long each
 * step took.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const nextCli = createRequire(import.meta.url).resolve('next/dist/bin/next');
const tsx = ['--import', 'tsx', '--conditions=react-server'];

const buildSteps = [
  { name: 'checks', args: [...tsx, 'scripts/content-check.ts'] },
  { name: 'compile', args: [nextCli, 'build', '--experimental-build-mode', 'compile'] },
  { name: 'pages', args: [nextCli, 'build', '--experimental-build-mode', 'generate'] },
  { name: 'post-build', args: [...tsx, 'scripts/postbuild.ts'] },
] as const;

function start(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, args, { stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env } });
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function build(): Promise<number> {
  const timings: Array<{ name: string; seconds: number }> = [];
  for (const step of buildSteps) {
    if (step.name === 'pages') {
      // Next 16.4's compile mode writes a prerender manifest with no pages in
      // it. The generate run reads that file before it writes its own, and
      // Node's module cache then gives its export step the old one, so no
      // page reaches out/. Without the file, the export reads the new one.
      rmSync(path.join('.next', 'prerender-manifest.json'), { force: true });
    }
    const started = performance.now();
    const code = await finished(start(step.args));
    timings.push({ name: step.name, seconds: (performance.now() - started) / 1000 });
    if (code !== 0) {
      console.error(`Build stopped: the ${step.name} step failed (exit ${code}).`);
      return code;
    }
  }
  const total = timings.reduce((sum, step) => sum + step.seconds, 0);
  console.log(`Build: ${timings.map((step) => `${step.name} ${step.seconds.toFixed(1)} s`).join(', ')}; ${total.toFixed(1)} s in all.`);
  // For npm run bench:build, which times each step.
  if (process.env.BUILD_TIMINGS_FILE) writeFileSync(process.env.BUILD_TIMINGS_FILE, JSON.stringify(timings));
  return 0;
}

process.exitCode = await build();
