"""Opening the store: where it lives, how SQLite is set up, and errors a person can act on."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from empathos.errors import EmpathosError, StoreError
from empathos.store import open_store
from empathos.store._migrate import HEAD


def test_default_is_a_private_sqlite_file_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "not-yet" / "empathos"
    monkeypatch.setenv("EMPATHOS_DATA_DIR", str(data))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with open_store() as store:
        assert store.backend == "sqlite"
        assert store.url == f"sqlite:///{data / 'empathos.db'}"
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "empathos.db").stat().st_mode) == 0o600


def test_database_url_picks_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'elsewhere.db'}")
    with open_store() as store:
        assert store.url.endswith("elsewhere.db")
    assert (tmp_path / "elsewhere.db").is_file()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    with open_store(f"sqlite:///{path}") as store:
        with store._reading() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        # Reads go through their own read-only pool; writes through the one writer.
        with pytest.raises(StoreError, match="readonly"), store._reading() as session:
            session.execute(text("DELETE FROM users"))
        with store._writing() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone() == ("wal",)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "'not a url' is not a database URL"),
        ("mysql://me:secret@db.example/x", "cannot store data in 'mysql://me:\\*\\*\\*@"),
        ("sqlite://", "does not name a database file"),
        ("sqlite:///:memory:", "does not name a database file"),
        # A closed port: connection refused at once, no network needed.
        ("postgresql://me:secret@127.0.0.1:1/x", "Cannot connect to the database postgresql\\+"),
    ],
)
def test_bad_urls_say_what_to_do(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message) as caught:
        open_store(url)
    assert "secret" not in str(caught.value)
    assert "DATABASE_URL" in str(caught.value) or "sqlite:///" in str(caught.value)


def test_a_wrong_postgres_password_is_explained_and_masked(postgres_url: str) -> None:
    wrong = make_url(postgres_url).set(username="nobody_here", password="hunter2")
    with pytest.raises(StoreError, match="Cannot connect") as caught:
        open_store(wrong.render_as_string(hide_password=False))
    assert "hunter2" not in str(caught.value) and "***" in str(caught.value)


def test_a_missing_postgres_database_says_how_to_create_it(postgres_url: str) -> None:
    missing = make_url(postgres_url).set(database="empathos_no_such_database")
    with pytest.raises(StoreError, match=r"does not exist.*createdb empathos_no_such_database"):
        open_store(missing.render_as_string(hide_password=False))


def test_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(StoreError, match=r"damaged.*Move the file aside"):
        open_store(f"sqlite:///{path}")


def test_a_locked_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.db"
    open_store(f"sqlite:///{path}").close()
    monkeypatch.setattr("empathos.store._engine.SQLITE_BUSY_TIMEOUT_S", 0.1)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program in the middle of a write
    try:
        with pytest.raises(StoreError, match="locked by another program"):
            open_store(f"sqlite:///{path}")
    finally:
        other.close()


def test_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    with pytest.raises(StoreError, match=r"Cannot create.*EMPATHOS_DATA_DIR"):
        open_store(f"sqlite:///{tmp_path / 'a-file' / 'x.db'}")


def test_a_newer_schema_asks_for_an_upgrade(store_url: str) -> None:
    engine = create_engine(store_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        with pytest.raises(StoreError, match=r"newer empathos \(schema 0099.*pip install -U"):
            open_store(store_url)
    finally:
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE alembic_version SET version_num = :head"), {"head": HEAD}
            )
        engine.dispose()


def test_store_errors_are_empathos_errors() -> None:
    # The CLI prints any EmpathosError as one line, never a traceback.
    assert issubclass(StoreError, EmpathosError)
    with pytest.raises(EmpathosError):
        open_store("nonsense://")


def test_the_cli_and_a_current_store_start_light(tmp_path: Path) -> None:
    """`empathos analyze` never loads SQLAlchemy; opening a current store never loads Alembic."""
    url = f"sqlite:///{tmp_path / 'current.db'}"
    open_store(url).close()
    code = f"""
import sys
import empathos, empathos.cli.main, empathos.settings
assert "sqlalchemy" not in sys.modules, "the CLI imported SQLAlchemy at start-up"
from empathos.store import open_store
open_store({url!r}).close()
assert "alembic" not in sys.modules, "opening a current store imported Alembic"
"""
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr


def test_a_lost_connection_is_a_store_error_and_the_next_call_reconnects(
    postgres_url: str,
) -> None:
    with open_store(postgres_url) as store:
        with pytest.raises(StoreError, match="Cannot connect to the database postgresql"):  # noqa: SIM117
            with store._writing() as session:
                session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
        assert store.local_user().is_local
