"""Connections: which back end a URL names, SQLite's single writer, and errors people can act on."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import ConnectionPoolEntry

from empathos import settings
from empathos.errors import StoreError

# How long a writer waits for another process's write (say the CLI while the web app
# saves) before giving up with "database is locked". Writes are a few ms each.
SQLITE_BUSY_TIMEOUT_S = 15
SQLITE_READ_POOL = 4  # concurrent readers; WAL lets them read while the one writer writes

_WRITE_LOCKS: dict[str, threading.Lock] = {}
_WRITE_LOCKS_GUARD = threading.Lock()

_USAGE = (
    "Set DATABASE_URL to postgresql+psycopg://USER:PASSWORD@HOST/DATABASE or "
    "sqlite:////path/to/file.db, or unset it to use the file in the data folder"
)


@dataclass(frozen=True)
class Target:
    """A parsed database URL: the back end and, for SQLite, the file."""

    url: URL
    shown: str  # the URL with its password masked, for messages
    sqlite_path: Path | None  # None for PostgreSQL

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None


def mask(raw: str) -> str:
    """The URL as text with any password replaced by ***."""
    return re.sub(r"(://[^:/?#@]*:)[^@/?#]*@", r"\1***@", raw)


def parse(raw: str | None) -> Target:
    """Reads a database URL (default: settings.database_url()), or raises StoreError."""
    raw = raw or settings.database_url()
    try:
        url = make_url(raw)
    except ArgumentError:
        raise StoreError(f"'{mask(raw)}' is not a database URL. {_USAGE}.") from None
    if url.drivername in ("postgres", "postgresql"):
        # The usual spelling (e.g. from a hosting provider); psycopg 3 is the driver we ship.
        url = url.set(drivername="postgresql+psycopg")
    shown = url.render_as_string(hide_password=True)
    if url.drivername == "postgresql+psycopg":
        return Target(url, shown, None)
    if url.drivername not in ("sqlite", "sqlite+pysqlite"):
        raise StoreError(f"empathos cannot store data in '{shown}'. {_USAGE}.")
    if url.database in (None, "", ":memory:") or url.database.startswith("file:"):
        raise StoreError(
            f"'{shown}' does not name a database file. "
            "Use sqlite:////path/to/file.db (three slashes for a relative path, four for an "
            "absolute one)."
        )
    path = Path(url.database).expanduser().absolute()
    return Target(url.set(database=str(path)), f"sqlite:///{path}", path)


def prepare_file(path: Path) -> None:
    """Creates the SQLite file's folder (0700) and the file (0600): intimate data."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise StoreError(
            f"Cannot create the database file {path}: {exc.strerror or exc}. "
            "Set EMPATHOS_DATA_DIR to a folder you can write, or DATABASE_URL to another file."
        ) from None


def make_engines(target: Target) -> tuple[Engine, Engine]:
    """The engines for reading and for writing: the same one on PostgreSQL.

    SQLite allows one writer at a time. All writes go through a pool of exactly one
    connection (and a process-wide lock, `write_lock`), and each write transaction
    starts with BEGIN IMMEDIATE, so a writer waits for the busy timeout instead of
    failing at once when another process writes. Reads use their own pool,
    read-only, and run beside the writer thanks to WAL.
    """
    if target.sqlite_path is None:
        # pool_pre_ping: a server restarted overnight must not fail the next request.
        engine = create_engine(target.url, pool_pre_ping=True)
        return engine, engine
    connect_args: dict[str, Any] = {
        "timeout": SQLITE_BUSY_TIMEOUT_S,
        "check_same_thread": False,  # pooled connections move between threads
    }
    reader = create_engine(
        target.url, connect_args=connect_args, pool_size=SQLITE_READ_POOL, max_overflow=0
    )
    writer = create_engine(target.url, connect_args=connect_args, pool_size=1, max_overflow=0)
    _sqlite_events(reader, begin="BEGIN", read_only=True)
    _sqlite_events(writer, begin="BEGIN IMMEDIATE", read_only=False)
    return reader, writer


def _sqlite_events(engine: Engine, *, begin: str, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry) -> None:
        # The sqlite3 module would start transactions itself, lazily and DEFERRED;
        # taking that over lets writers say IMMEDIATE (SQLAlchemy's documented recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        else:
            # Persistent in the file; NORMAL is durable across crashes in WAL mode.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)


def write_lock(target: Target) -> AbstractContextManager[Any]:
    """One writer per SQLite file in this process; PostgreSQL needs no lock."""
    if target.sqlite_path is None:
        return nullcontext()
    key = str(target.sqlite_path.resolve())
    with _WRITE_LOCKS_GUARD:
        return _WRITE_LOCKS.setdefault(key, threading.Lock())


@contextmanager
def translated(target: Target) -> Iterator[None]:
    """Turns a driver error inside into a StoreError that names the database and the fix."""
    try:
        yield
    except NoSuchModuleError:
        raise StoreError(f"empathos cannot store data in '{target.shown}'. {_USAGE}.") from None
    except DBAPIError as exc:
        raise explain(exc, target) from None


def explain(exc: DBAPIError, target: Target) -> StoreError:
    text = str(exc.orig).strip()
    reason = text.splitlines()[0] if text else type(exc.orig).__name__
    missing = f'database "{target.url.database}" does not exist' in reason
    if target.url.password:
        reason = reason.replace(str(target.url.password), "***")
    low = reason.lower()
    where = target.shown
    if target.sqlite_path is not None:
        if "locked" in low or "busy" in low:
            return StoreError(
                f"The database {where} is locked by another program. Close other empathos "
                "windows or commands that use it and try again."
            )
        if "not a database" in low or "malformed" in low or "corrupt" in low:
            return StoreError(
                f"The database {where} is damaged ({reason}). Move the file aside (empathos "
                "then starts a new, empty one) or put back a backup of it."
            )
        if "unable to open" in low or "readonly" in low or "read-only" in low:
            return StoreError(
                f"Cannot open the database {where} ({reason}). Check that you can read and "
                "write it and its folder, or set EMPATHOS_DATA_DIR to another folder."
            )
        return StoreError(f"The database {where} failed: {reason}.")
    if missing:
        return StoreError(
            f"The database {where} does not exist on that server: create it (createdb "
            f"{target.url.database}) or correct DATABASE_URL."
        )
    if exc.connection_invalidated or "connection" in low or "host" in low:
        return StoreError(
            f"Cannot connect to the database {where}: {reason}. Check that the server is "
            "running and reachable and that DATABASE_URL is right (unset it to use a local "
            "file instead)."
        )
    return StoreError(f"The database {where} failed: {reason}.")
