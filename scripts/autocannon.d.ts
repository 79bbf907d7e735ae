// The part of autocannon's API scripts/bench-serve.ts uses (autocannon ships no types).
declare module 'autocannon' {
  type Options = { url: string; connections?: number; duration?: number; headers?: Record<string, string>; maxRedirects?: number };
  type Histogram = { average: number; total: number; mean: number };
  type Result = { requests: Histogram; throughput: Histogram; latency: Histogram & { p99: number }; errors: number; timeouts: number; non2xx: number; '2xx': number };
  export default function autocannon(options: Options): Promise<Result>;
}
