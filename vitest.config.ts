import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// The test type is in the file name: lib/**/*.test.ts runs in Node,
// components/**/*.test.tsx in jsdom with Testing Library. Browser tests are
// Playwright's (tests/e2e, tests/a11y), not vitest's.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': root,
      // The gateway is marked server-only; tests run it on the server side.
      'server-only': fileURLToPath(new URL('./tests/support/empty.ts', import.meta.url)),
    },
  },
  test: {
    // Dates are always computed in Europe/London; the tests prove the
    // server's own time zone does not matter by running in another one.
    env: { TZ: 'America/New_York' },
    projects: [
      {
        extends: true,
        test: { name: 'lib', environment: 'node', include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/content/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['components/**/*.test.tsx', 'components/**/*.test.ts'],
          setupFiles: ['tests/support/testing-library.ts'],
        },
      },
    ],
  },
});
