/**
 * How long each step of `npm run build` took (scripts/build.ts), as the
 * build prints it and writes it for `npm run bench:build`. A step run beside
 * another names it: their times overlap, so they add up to more than the
 * build took.
 */
export type StepTiming = { name: string; seconds: number; beside?: string };

/** "checks 8.9 s beside compile 10.3 s, pages 22.1 s, post-build 10.4 s" */
export function describeSteps(timings: StepTiming[]): string {
  return timings
    .map((step, index) => `${index > 0 ? (step.beside ? ' beside ' : ', ') : ''}${step.name} ${step.seconds.toFixed(1)} s`)
    .join('');
}
