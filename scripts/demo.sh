#!/usr/bin/env bash
# The main job: sets up .venv if needed, coaches one reply with the bundled models,
# then starts the local web app (SQLite in your data folder) until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
ensure_venv

.venv/bin/empathos analyze \
    "My boss tore apart my presentation in front of everyone" \
    --reply "You should stand up to him"

echo
exec .venv/bin/empathos serve "$@"
