// Lint: `npm run lint` (eslint . --max-warnings 0), part of `npm test`.
// Each block says which files it covers and why. A rule is switched off only
// here, with the reason beside it; in code, a disable comment names its reason.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  // Built or installed files, and test output: not ours to lint.
  globalIgnores([
    '.next/',
    'out/',
    'build/',
    '.cache/',
    'test-results/',
    'playwright-report/',
    'next-env.d.ts',
    '**/*.tsbuildinfo',
  ]),

  // Every file: JavaScript's own rules, then TypeScript's, with type
  // information from tsconfig.json (the project service finds it), so rules
  // such as no-floating-promises can see that a call returns a promise.
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks an argument a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Type-only imports stay type-only, so the islands' bundles and the
      // server-only gateway never pull in a module for its types.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },

  // Plain JavaScript config and scripts (*.mjs) are outside tsconfig.json:
  // lint them without type information.
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // React, accessibility and Next's rules for everything that renders.
  {
    files: ['**/*.tsx'],
    extends: [
      react.configs.flat.recommended,
      // React 17+ JSX transform: no `import React` needed.
      react.configs.flat['jsx-runtime'],
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.recommended,
      nextPlugin.configs['core-web-vitals'],
    ],
    settings: { react: { version: 'detect' } },
    rules: {
      // Props are typed by TypeScript (`type Props`); propTypes would say it twice.
      'react/prop-types': 'off',
      // next/image needs an image server or loader; this static export has
      // neither (images.unoptimized in next.config.ts), so a plain <img> with
      // width, height and alt is what the page gets either way.
      '@next/next/no-img-element': 'off',
    },
  },
  // Next's rules look for the pages and app folders from the project root.
  { settings: { next: { rootDir: '.' } } },

  // The islands run in the browser, not in Node.
  {
    files: ['components/islands/**/*.ts', 'components/island.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },

  // Tests: jsdom and Testing Library give browser globals; Playwright's page
  // functions run in the browser too.
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts', 'tests/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Vitest's and Playwright's matchers (expect.any, expect.stringContaining)
      // are typed `any`, so every partial match would be reported.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
]);
