"""Settings as data: each one's name, environment variable, default and help in one list.

Help text, docs and validation read `SETTINGS`; code asks `value(name)` or the
helpers below. Nothing here creates files: the store makes the data folder when it opens.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from empathos.errors import InputError

APP_NAME = "empathos"
DATABASE_FILE = "empathos.db"


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str | None  # None: computed at run time, as `help` says
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "data_dir",
        "EMPATHOS_DATA_DIR",
        None,
        "Folder for empathos's own files, such as the local database; created with "
        "owner-only (0700) permissions. Default: the platform's user data folder "
        "($XDG_DATA_HOME/empathos or ~/.local/share/empathos on Linux).",
    ),
    Setting(
        "database_url",
        "DATABASE_URL",
        None,
        "Where the store keeps its data: postgresql+psycopg://USER:PASSWORD@HOST/DB for a "
        f"server, or sqlite:///PATH for a file. Default: {DATABASE_FILE} in the data folder.",
    ),
    Setting(
        "encoder_threads",
        "EMPATHOS_ENCODER_THREADS",
        None,
        "How many texts the encoder runs at once, each on its own core. Default: the "
        "machine's cores, at most 4. With several server processes on one machine, "
        "give each its share (cores divided by processes).",
    ),
)
_BY_NAME = {setting.name: setting for setting in SETTINGS}


def value(name: str) -> str | None:
    """The setting's environment variable when set and not blank, else its default."""
    setting = _BY_NAME[name]
    raw = os.environ.get(setting.env, "").strip()
    return raw or setting.default


def data_dir() -> Path:
    """The data folder: $EMPATHOS_DATA_DIR, else the platform's user data folder."""
    configured = value("data_dir")
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_url() -> str:
    """$DATABASE_URL, else a SQLite file in the data folder."""
    return value("database_url") or f"sqlite:///{data_dir() / DATABASE_FILE}"


def encoder_threads() -> int | None:
    """$EMPATHOS_ENCODER_THREADS as a whole number of at least 1; None: the default."""
    raw = value("encoder_threads")
    if raw is None:
        return None
    try:
        threads = int(raw)
    except ValueError:
        threads = 0
    if threads < 1:
        raise InputError(
            f"EMPATHOS_ENCODER_THREADS must be a whole number of at least 1, got {raw!r}"
        )
    return threads
