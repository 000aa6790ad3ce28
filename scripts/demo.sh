#!/usr/bin/env bash
# The main job: sets up .venv if needed, then coaches one reply with the bundled models.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
ensure_venv

.venv/bin/empathos analyze \
    "My boss tore apart my presentation in front of everyone" \
    --reply "You should stand up to him"
