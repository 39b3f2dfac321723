#!/usr/bin/env bash
# `npm test`: everything but the browser e2e suite. Integration tests run on a
# throwaway PGlite, or on the PostgreSQL server in TEST_DATABASE_URL when set.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck"
npx tsc --noEmit
echo "== domain suite under TZ=UTC, America/New_York, Pacific/Auckland"
npm run --silent test:domain
if [ -n "${TEST_DATABASE_URL:-}" ]; then echo "== integration suite on PostgreSQL"; else echo "== integration suite on PGlite"; fi
npx vitest run --project integration
