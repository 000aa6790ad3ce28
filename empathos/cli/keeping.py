"""What the commands that keep things share: opening the store, today's date, a warning line.

The store is imported inside the functions: `empathos --help` must not load SQLAlchemy.
Tests replace `today` to fix the calendar.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape

if TYPE_CHECKING:
    from empathos.store import Store


def today() -> date:
    """The person's calendar day: the one clock the progress commands read."""
    return date.today()


def open_local() -> tuple[Store, int]:
    """The store at settings.database_url() and the id of this install's person.

    Raises StoreError (one line, URL password masked) when the database cannot be used."""
    from empathos.store import open_store

    store = open_store()
    try:
        return store, store.local_user().id
    except BaseException:
        store.close()
        raise


def warn(message: str) -> None:
    """An error line on stderr for a problem the command carries on past."""
    Console(stderr=True).print(
        f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True
    )


def model_version() -> str:
    """The engine version kept with every stored analysis."""
    from empathos.models import VERSION

    return VERSION
