"""Brings a database to the schema this code knows: `alembic upgrade head`, configured in code.

Opening a store that is already current reads one row and imports no Alembic
(about 0.2 s saved on every CLI start); Alembic loads only when there is work.

To change the schema: edit _models.py, then write the migration with

    python -c "from empathos.store._migrate import new_revision; new_revision('add x')"

read and tidy the file it writes in migrations/versions/, and set HEAD below to its
number. tests/store/test_store_migrations.py checks models and migrations agree.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, create_engine, inspect, text

from empathos.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest file in migrations/versions/; a test keeps the two in step.
HEAD = "0002"
# Any fixed number: PostgreSQL serializes concurrent openers that both want to migrate.
_PG_LOCK_KEY = 0x656D7061  # "empa"


def alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def current_revisions(connection: Connection) -> set[str]:
    if not inspect(connection).has_table("alembic_version"):
        return set()
    return set(connection.scalars(text("SELECT version_num FROM alembic_version")))


def upgrade(connection: Connection, shown_url: str) -> bool:
    """Migrates inside the connection's transaction; the caller commits. True if it did.

    On SQLite the caller must have switched foreign keys off (see Store.open):
    batch mode copies tables, and dropping the old copy would cascade deletes.
    """
    if current_revisions(connection) == {HEAD}:
        return False
    from alembic import command
    from alembic.script import ScriptDirectory

    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    config = alembic_config(connection)
    known = {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}
    newer = sorted(current_revisions(connection) - known)
    if newer:
        raise StoreError(
            f"The database {shown_url} was written by a newer empathos (schema "
            f"{', '.join(newer)}; this one knows up to {HEAD}). Upgrade empathos "
            "(pip install -U empathos), or point DATABASE_URL at another database."
        )
    command.upgrade(config, "head")
    return True


def new_revision(message: str) -> Path:
    """Writes the next migration: the difference between the models and a database at HEAD."""
    from alembic import command
    from alembic.script import ScriptDirectory

    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{folder}/head.db")
        with engine.begin() as connection:
            config = alembic_config(connection)
            command.upgrade(config, "head")
            number = f"{int(HEAD) + 1:04d}"
            command.revision(config, message=message, autogenerate=True, rev_id=number)
        engine.dispose()
    script = ScriptDirectory.from_config(config).get_revision(number)
    assert script is not None
    return Path(script.path)
