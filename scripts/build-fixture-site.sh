#!/usr/bin/env bash
# Builds the small fixture site (tests/fixtures/site) for 10am on 11 June 2030,
# into .cache/fixture-site/, for the "always current" schedule tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# Only the build: the fixture is a schedule for an injected date, not content
# for the editors' checks (its pages link nowhere the real site's search suggests).
export CONTENT_DIR=tests/fixtures/site SITE_NOW=2030-06-11T09:00:00Z
npx next build
npx tsx --conditions=react-server scripts/postbuild.ts
rm -rf .cache/fixture-site
mkdir -p .cache/fixture-site
mv out .cache/fixture-site/out
cp -r build .cache/fixture-site/build
