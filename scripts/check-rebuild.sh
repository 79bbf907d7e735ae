#!/usr/bin/env bash
# Builds the site again after `npm run build`, with nothing changed. Next then
# renders only one content page and one directory page; the post-build step
# puts back the rest, finished by the first build (lib/build/finished-pages.ts).
# The two builds must publish the same site, byte for byte, but for the
# files stamped with the time they were made (security.txt, the calendars).
set -euo pipefail
cd "$(dirname "$0")/.."
first=$(mktemp -d)
trap 'rm -rf "$first"' EXIT
cp -a out build "$first/"
npm run --silent build | grep -E '^Content and directory pages:' || { echo 'The second build reused no page.'; exit 1; }
stamped=(--exclude='security.txt*' --exclude='*.ics' --exclude='*.ics.br' --exclude='*.ics.gz')
if ! diff -r "${stamped[@]}" "$first/out" out >/dev/null || ! diff -r "${stamped[@]}" "$first/build" build >/dev/null; then
  echo 'The second build published a different site:'
  diff -rq "${stamped[@]}" "$first/out" out | head -20 || true
  diff -rq "${stamped[@]}" "$first/build" build | head -20 || true
  exit 1
fi
echo 'The second build published the same site.'
