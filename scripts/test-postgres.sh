#!/usr/bin/env bash
# The PostgreSQL lane: the engine's database tests and the end-to-end tests again, on a throwaway
# PostgreSQL server instead of SQLite. Expects a build (npm test makes one).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec bash scripts/with-postgres.sh bash -c '
  set -euo pipefail
  (cd engine && vitest run)
  (cd test && vitest run src/e2e)
'
