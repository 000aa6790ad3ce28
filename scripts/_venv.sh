# Sourced by the scripts here: makes .venv (Python >= 3.11) and installs empathos into it.
# Usage: ensure_venv [EXTRAS]   e.g. ensure_venv dev

ensure_venv() {
    local extras="${1:-}"
    if [ ! -x .venv/bin/python ]; then
        local python="${PYTHON:-python3}"
        if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "empathos needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
            return 1
        fi
        echo "Creating .venv with $("$python" --version)" >&2
        "$python" -m venv .venv
    fi
    # Reinstall only when pyproject.toml changed since the last install for these extras:
    # a no-op pip run still costs several seconds.
    local spec=".${extras:+[$extras]}"
    local stamp=".venv/.empathos-installed${extras:+-$extras}"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        echo "Installing empathos${extras:+[$extras]} into .venv (quietly)" >&2
        # pip's and setuptools' notices are shown only when the install fails.
        local log
        log="$(mktemp)"
        if ! .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec" \
            >"$log" 2>&1; then
            cat "$log" >&2
            rm -f "$log"
            echo "Installing empathos failed (see above)." >&2
            return 1
        fi
        rm -f "$log"
        touch "$stamp"
    fi
}
