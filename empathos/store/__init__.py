"""The store: people's data in SQLite (default) or PostgreSQL, one schema, migrated on open.

    >>> from empathos.store import open_store
    >>> with open_store() as store:                    # settings.database_url()
    ...     me = store.local_user()
    ...     store.record_skill(me.id, "validation", 0.8, "practice")

Everything takes the acting person's id first and touches only their rows;
someone else's row raises NotFound. Results are frozen dataclasses. Importing
this package imports SQLAlchemy: CLI commands import it inside the command.
"""

from empathos.core.labels import SKILLS
from empathos.errors import Forbidden, NotFound, StoreError
from empathos.store._records import (
    FELT_HEARD_SCALE,
    HEARD_SCALE,
    MOOD_SCALE,
    OUTCOMES,
    RATING_TARGETS,
    SKILL_SOURCES,
    Checkin,
    HeardRating,
    KeptAnalysis,
    Partner,
    PracticeSession,
    PracticeTurn,
    SkillEvent,
    User,
    WebSession,
)
from empathos.store._store import Store, open_store

__all__ = [
    "FELT_HEARD_SCALE",
    "HEARD_SCALE",
    "MOOD_SCALE",
    "OUTCOMES",
    "RATING_TARGETS",
    "SKILLS",
    "SKILL_SOURCES",
    "Checkin",
    "Forbidden",
    "HeardRating",
    "KeptAnalysis",
    "NotFound",
    "Partner",
    "PracticeSession",
    "PracticeTurn",
    "SkillEvent",
    "Store",
    "StoreError",
    "User",
    "WebSession",
    "open_store",
]
