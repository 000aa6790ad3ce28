#!/usr/bin/env bash
# The one test command: sets up .venv if needed, then lint, types and tests.
# Every step runs, so one report shows all problems; exits non-zero if any step failed.
# Extra arguments go to pytest, e.g. `bash scripts/test.sh -k batch`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
ensure_venv dev

failed=()
step() {
    echo "== $*" >&2
    "$@" || failed+=("$1")
}

step .venv/bin/ruff check .
step .venv/bin/mypy empathos
step .venv/bin/pytest -q "$@"

if [ ${#failed[@]} -gt 0 ]; then
    echo "FAILED: ${failed[*]#.venv/bin/}" >&2
    exit 1
fi
echo "All checks passed." >&2
