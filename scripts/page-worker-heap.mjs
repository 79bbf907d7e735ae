/**
 * Keeps the heap of Next's page workers near what they actually hold.
 * `npm run build` preloads it into `next build` (NODE_OPTIONS), and Next's
 * workers inherit it; in any other process it does nothing.
 *
 * Why: a page worker holds 100 to 200 MB of live data at 1,000 pages, but
 * V8 lets its heap grow to 400 to 500 MB of garbage before collecting it,
 * because its limit on this machine is 4 GB. The usual cure,
 * --max-old-space-size, does not reach the workers: Next removes it from the
 * options they inherit. With two workers beside Next's own process, that
 * garbage put a 1,000-page build over its 1.5 GB budget (issue 13,
 * docs/performance.md).
 *
 * So, when the heap has grown HEADROOM past what the last collection left
 * alive, this asks V8 to start a full collection, as it would itself at a
 * lower limit. The threshold follows the live size up, so a worker that
 * needs more memory gets it: this can only collect sooner, never fail a build.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

const MB = 1024 * 1024;
/** How far the heap may grow past the live data before a collection. */
const HEADROOM = 64 * MB;
/** No collection below this: small builds never pay for one. */
const FLOOR = 160 * MB;
const CHECK_EVERY_MS = 250;

if (process.env.IS_NEXT_WORKER) {
  v8.setFlagsFromString('--expose-gc');
  const collect = vm.runInNewContext('gc');
  const used = () => v8.getHeapStatistics().used_heap_size;
  let threshold = FLOOR;
  /** The heap's size when a collection was asked for, until it has run. */
  let asked = 0;
  setInterval(() => {
    if (asked) {
      // Collected: what is left is live, so allow HEADROOM on top of it.
      if (used() < asked) {
        threshold = Math.max(FLOOR, used() + HEADROOM);
        asked = 0;
      }
      return;
    }
    if (used() < threshold) return;
    asked = used();
    // Concurrent marking, as V8 starts when it reaches its own limit. A
    // blocking collection (the default) made rendering 1,000 pages 3 to 6 s
    // slower; this one costs no time we could measure.
    collect({ type: 'major', execution: 'async' });
  }, CHECK_EVERY_MS).unref();
}
