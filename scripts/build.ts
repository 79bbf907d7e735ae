/**
 * npm run build: content/ to the published site (out/ and build/), in four
 * steps:
 *   checks      the content check, with no options (scripts/content-check.ts);
 *   compile     Next compiles the code (next build --experimental-build-mode compile);
 *   pages       Next renders every page, in a process of its own (… generate);
 *   post-build  scripts/postbuild.ts.
 * The check and the compile run side by side: the compile reads no content
 * data, and neither keeps both cores busy alone. Nothing is rendered until
 * the check has passed; a failing check stops the compile. Each later step
 * starts only if every one before it passed. Why Next runs twice, and why
 * the first two overlap: docs/decisions/010-build-in-steps.md. A failing step
 * stops the build with its exit code; the last line says how long each step
 * took.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describeSteps, type StepTiming } from '../lib/build/step-timings';

const nextCli = createRequire(import.meta.url).resolve('next/dist/bin/next');
const tsx = ['--import', 'tsx', '--conditions=react-server'];

/** A step's command line, and settings for its processes beyond the build's own environment. */
type Step = { name: string; args: readonly string[]; env?: Record<string, string> };

const checks: Step = { name: 'checks', args: [...tsx, 'scripts/content-check.ts'] };
const compile: Step = { name: 'compile', args: [nextCli, 'build', '--experimental-build-mode', 'compile'] };
/**
 * Rendering allocates a great deal that lives only until its page is
 * written. With room for 32 MB of it (Node's default is 16 MB), Next's page
 * workers collect garbage half as often; and esbuild, which bundles each
 * page's MDX for mdx-bundler and is written in Go, collects it at four
 * times its live memory instead of twice. Rendering 1,000 pages took 1.4 to
 * 2.7 s less, and 2.6 to 5.3 s less CPU time (docs/performance.md); 64 MB
 * was no quicker and took the build past 1.5 GB. Settings already in the
 * environment win.
 */
const renderingEnv: Record<string, string> = {
  // Node takes the last of a repeated option, so one set by the caller comes last.
  NODE_OPTIONS: ['--max-semi-space-size=32', process.env.NODE_OPTIONS].filter(Boolean).join(' '),
  GOGC: process.env.GOGC ?? '400',
};
const pages: Step = { name: 'pages', args: [nextCli, 'build', '--experimental-build-mode', 'generate'], env: renderingEnv };
const postBuild: Step = { name: 'post-build', args: [...tsx, 'scripts/postbuild.ts'] };

/** A step's process. A quiet one keeps its output until it is let speak, so two steps never interleave their lines. */
type Running = { child: ChildProcess; ownGroup: boolean; done: Promise<StepTiming & { code: number }>; speak: () => void };

const running = new Set<Running>();

function start(step: Step, quiet = false): Running {
  const started = performance.now();
  const child = spawn(process.execPath, step.args, {
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...step.env },
    // Its own process group, so stopping it stops Next's helpers too.
    detached: quiet,
  });
  let held: Array<[NodeJS.WriteStream, Buffer]> | null = quiet ? [] : null;
  for (const [stream, target] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
    stream?.on('data', (chunk: Buffer) => (held ? held.push([target, chunk]) : target.write(chunk)));
  }
  const speak = () => {
    for (const [target, chunk] of held ?? []) target.write(chunk);
    held = null;
  };
  const done = new Promise<StepTiming & { code: number }>((resolve) => {
    const finish = (code: number) => {
      running.delete(entry);
      resolve({ name: step.name, seconds: (performance.now() - started) / 1000, code });
    };
    child.on('error', () => finish(1));
    child.on('close', (code, signal) => finish(code ?? (signal ? 1 : 0)));
  });
  const entry: Running = { child, ownGroup: quiet, done, speak };
  running.add(entry);
  return entry;
}

function stop(entry: Running) {
  if (entry.child.pid === undefined) return;
  try {
    process.kill(entry.ownGroup ? -entry.child.pid : entry.child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

// A quiet step has its own process group, which Ctrl+C in the terminal does not reach.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const entry of running) stop(entry);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

function stopped(name: string, code: number): number {
  console.error(`Build stopped: the ${name} step failed (exit ${code}).`);
  return code;
}

async function build(): Promise<number> {
  const wallStarted = performance.now();
  const timings: StepTiming[] = [];

  // The check speaks as it goes; the compile's output follows it, once the check has passed.
  const compiling = start(compile, true);
  const checked = await start(checks).done;
  timings.push({ name: checked.name, seconds: checked.seconds });
  if (checked.code !== 0) {
    stop(compiling);
    await compiling.done;
    return stopped(checked.name, checked.code);
  }
  compiling.speak();
  const compiled = await compiling.done;
  timings.push({ name: compiled.name, seconds: compiled.seconds, beside: checks.name });
  if (compiled.code !== 0) return stopped(compiled.name, compiled.code);

  // Next 16.4's compile mode writes a prerender manifest with no pages in it.
  // The generate run reads that file before it writes its own, and Node's
  // module cache then gives its export step the old one, so no page reaches
  // out/. Without the file, the export reads the new one.
  rmSync(path.join('.next', 'prerender-manifest.json'), { force: true });

  for (const step of [pages, postBuild]) {
    const result = await start(step).done;
    timings.push({ name: result.name, seconds: result.seconds });
    if (result.code !== 0) return stopped(result.name, result.code);
  }

  const total = (performance.now() - wallStarted) / 1000;
  console.log(`Build: ${describeSteps(timings)}; ${total.toFixed(1)} s in all.`);
  // For npm run bench:build, which times each step.
  if (process.env.BUILD_TIMINGS_FILE) writeFileSync(process.env.BUILD_TIMINGS_FILE, JSON.stringify(timings));
  return 0;
}

process.exitCode = await build();
