"""The migrations build exactly the schema the models describe, on both back ends."""

from __future__ import annotations

import shutil
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine, inspect

from empathos.store import Store, open_store
from empathos.store._migrate import HEAD, MIGRATIONS_DIR, alembic_config, current_revisions
from empathos.store._models import Base, UTCDateTime

ROOT = Path(__file__).resolve().parents[2]
TABLES = {
    "users",
    "couples",
    "couple_members",
    "analyses",
    "practice_sessions",
    "practice_turns",
    "skill_events",
    "checkins",
    "heard_ratings",
    "sessions",
    "login_failures",
}


@pytest.fixture
def connection(store_url: str) -> Iterator[Connection]:
    engine = create_engine(store_url)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def test_models_and_migrations_agree(connection: Connection) -> None:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    assert compare_metadata(context, Base.metadata) == []


def test_head_constant_is_the_newest_migration(connection: Connection) -> None:
    script = ScriptDirectory.from_config(alembic_config(connection))
    assert script.get_heads() == [HEAD]
    assert current_revisions(connection) == {HEAD}


def test_upgrade_from_empty_and_back(store_url: str) -> None:
    engine = create_engine(store_url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
        engine.dispose()  # SQLite: let go of the file's old schema before it changes
        with open_store(store_url) as store:
            store.record_skill(store.local_user().id, "presence", 0.5, "assessment")
        assert set(inspect(engine).get_table_names()) == TABLES | {"alembic_version"}
    finally:
        engine.dispose()


def test_a_new_sqlite_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "fresh" / "new.db"
    with open_store(f"sqlite:///{path}") as store:
        assert store.local_user().is_local
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert current_revisions(connection) == {HEAD}
        assert set(inspect(connection).get_table_names()) >= TABLES
    engine.dispose()


def test_ids_are_never_reused(store: Store) -> None:
    # SQLite without AUTOINCREMENT would give a deleted highest id to the next row.
    gone = store.create_user("Gone")
    store.delete_user_data(gone.id)
    assert store.create_user("New").id > gone.id


def test_times_must_be_aware() -> None:
    with pytest.raises(ValueError, match="naive"):
        UTCDateTime().process_bind_param(datetime(2026, 1, 1), create_engine("sqlite://").dialect)
    aware = UTCDateTime().process_result_value(datetime(2026, 1, 1), create_engine("sqlite://").dialect)
    assert aware == datetime(2026, 1, 1, tzinfo=UTC)


def test_migrations_ship_with_the_package() -> None:
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]["empathos"]
    shipped = {p for pattern in patterns for p in (ROOT / "empathos").glob(pattern)}
    needed = [*MIGRATIONS_DIR.glob("*.py"), *MIGRATIONS_DIR.glob("versions/*.py")]
    needed.append(MIGRATIONS_DIR / "script.py.mako")
    assert needed and not [p for p in needed if p not in shipped]


COPYING_MIGRATION = f'''
import sqlalchemy as sa
from alembic import op

revision = "{int(HEAD) + 1:04d}"
down_revision = "{HEAD}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.String(50)))


def downgrade() -> None:
    pass
'''


def test_copying_a_table_on_sqlite_keeps_the_rows_that_point_at_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite's batch mode copies `users` and drops the original; with foreign keys on,
    # that drop would cascade-delete every analysis. The store turns them off to migrate.
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with open_store(url) as store:
        me = store.local_user()
        store.keep_analysis(me.id, {}, "p", model_version="v")
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, migrations)
    (migrations / "versions" / "9999_copy_users.py").write_text(COPYING_MIGRATION)
    monkeypatch.setattr("empathos.store._migrate.MIGRATIONS_DIR", migrations)
    monkeypatch.setattr("empathos.store._migrate.HEAD", f"{int(HEAD) + 1:04d}")
    with open_store(url) as store:
        assert len(store.list_analyses(me.id)) == 1
