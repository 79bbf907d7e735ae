#!/usr/bin/env bash
# npm test: every check and test, in the order that fails fastest.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

step 'Content checks'
npm run --silent content:check

step 'Type check'
npm run --silent typecheck

step 'Lint (ESLint, no warnings allowed)'
npm run --silent lint

step 'Unit and component tests (vitest)'
npx vitest run

step 'Build the fixture site for the schedule tests (as if it were 10am on 11 June 2030)'
bash scripts/build-fixture-site.sh

step 'Build the site'
npm run --silent build

step 'Next made no per-segment prefetch data (our patch to Next is applied: docs/decisions/011)'
segments=$(find .next/server/app -name '*.segments' -print -quit)
if [ -n "$segments" ]; then
  echo "Next wrote per-segment prefetch data ($segments), so patches/next+*.patch was not applied."
  echo 'Run npm ci (its postinstall step applies the patch), or update the patch for this version of Next.'
  exit 1
fi

step 'Build it again: pages kept from the first build must give the same site'
bash scripts/check-rebuild.sh

step 'Find a browser (and nginx) for the browser tests'
node scripts/ensure-browser.mjs

step 'Browser tests (Playwright, Chromium) against the built site'
npx playwright test

step 'Browser tests against the development server (the editors preview: npm run dev)'
npx playwright test -c playwright.dev.config.ts
