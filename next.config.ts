import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';

// Every page is rendered at build time to static files (docs/decisions/001).
// Nothing here runs on a server: headers and redirects live in
// lib/server-config.ts and are applied by the static server and nginx.
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: false,
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
  // mdx-bundler runs esbuild, a native binary, at build time.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  // A build's Next.js telemetry is off in package.json scripts too.
  devIndicators: false,
  // Type checking is its own step (npm run typecheck), run by npm test and by
  // the nightly workflow before it builds, so the build does not do it twice
  // (docs/decisions/004-code-layout.md).
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Render pages on every core. Next's default is one fewer than there are,
    // which on a 2-core machine is one worker while the main process waits
    // (docs/performance.md). Each worker reads the content build cache, not content/.
    cpus: availableParallelism(),
    // Next starts a worker only per 25 pages by default; our pages are
    // cheap to start on (they share the content cache), so split sooner.
    staticGenerationMinPagesPerWorker: 10,
    // Prefetch inlining makes every page's build measure and merge the
    // router's prefetch data: a quarter of page generation at 1,000 pages
    // (docs/performance.md). The site ships no router (decision 001) and the
    // post-build step deletes that data, so the pages are byte-identical
    // without it.
    prefetchInlining: false,
    // The build's server code is run only by the build itself. Without its
    // source maps, Turbopack's cold compile takes about 1.2 s less (issue 13).
    // To trace an error in rendering a page, open the page in `npm run dev`
    // or run `npx next build --debug-prerender` (which leaves the code
    // unminified), as Next's guide to prerender errors advises.
    turbopackSourceMaps: false,
  },
};

export default nextConfig;
