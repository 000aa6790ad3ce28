"""The schema as SQLAlchemy models; migrations/versions/ builds the same tables.

tests/store/test_store_migrations.py checks that the two agree on both back ends,
so a change here needs a new migration (see _migrate.py).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, Final

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Deterministic constraint names: Alembic's batch mode on SQLite can only drop or
# alter a constraint it can name, and both back ends then agree on the names.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every back end.

    PostgreSQL keeps the zone (timestamptz); SQLite stores text without it and
    hands back naive values, so they are marked UTC again on the way out.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the store keeps timezone-aware UTC times only")
        value = value.astimezone(UTC)
        # SQLite would keep "+00:00" in the text and then compare strings: store naive UTC.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


# SQLite would hand a deleted row's id (the highest) to the next row; a web session or a
# rating still holding that id would then reach someone else's data. PostgreSQL's
# sequences never reuse ids.
NEVER_REUSE_IDS: Final = {"sqlite_autoincrement": True}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON}  # noqa: RUF012


def _user_fk() -> Mapped[int]:
    # Deleting a user deletes everything of theirs: export/delete of one person's data.
    return mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)


class UserRow(Base):
    __tablename__ = "users"
    __table_args__ = NEVER_REUSE_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The one person of a local install; server mode (issue 6) has none.
    is_local: Mapped[bool] = mapped_column(default=False)
    # Server mode (issue 6): login. Hashing is the web app's job; the store keeps the hash.
    email: Mapped[str | None] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))


class CoupleRow(Base):
    __tablename__ = "couples"
    __table_args__ = NEVER_REUSE_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set while waiting for the partner to join; cleared once they have, so it works once.
    invite_code: Mapped[str | None] = mapped_column(String(20), unique=True)

    members: Mapped[list[CoupleMemberRow]] = relationship(
        back_populates="couple", cascade="all, delete-orphan", passive_deletes=True
    )


class CoupleMemberRow(Base):
    __tablename__ = "couple_members"

    couple_id: Mapped[int] = mapped_column(
        ForeignKey("couples.id", ondelete="CASCADE"), primary_key=True
    )
    # Unique on its own: a person is in at most one couple.
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, unique=True
    )
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)

    couple: Mapped[CoupleRow] = relationship(back_populates="members")


class AnalysisRow(Base):
    __tablename__ = "analyses"
    __table_args__ = NEVER_REUSE_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    partner: Mapped[str] = mapped_column(Text)
    reply: Mapped[str | None] = mapped_column(Text)
    record: Mapped[dict[str, Any]]
    # Copied out of `record` so progress queries need not parse JSON; None without a reply.
    score: Mapped[int | None]
    empathic: Mapped[bool | None]
    model_version: Mapped[str] = mapped_column(String(100))


class PracticeSessionRow(Base):
    __tablename__ = "practice_sessions"
    __table_args__ = (
        CheckConstraint(
            "outcome IN ('heard', 'gave_up', 'turns_out', 'quit')", name="outcome"
        ),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    scenario_id: Mapped[str] = mapped_column(String(100))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    # These three stay NULL while the session runs.
    finished_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(20))
    felt_heard: Mapped[int | None]

    turns: Mapped[list[PracticeTurnRow]] = relationship(
        order_by="PracticeTurnRow.index", cascade="all, delete-orphan", passive_deletes=True
    )


class PracticeTurnRow(Base):
    __tablename__ = "practice_turns"
    __table_args__ = (UniqueConstraint("session_id", "index"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("practice_sessions.id", ondelete="CASCADE")
    )
    index: Mapped[int]  # 0, 1, ... within the session
    reply: Mapped[str] = mapped_column(Text)
    analysis: Mapped[dict[str, Any]]
    felt_heard: Mapped[int]  # how heard the simulated partner felt after this reply
    partner_response: Mapped[str | None] = mapped_column(Text)


class SkillEventRow(Base):
    __tablename__ = "skill_events"
    __table_args__ = (
        Index(None, "user_id", "skill", "at"),
        CheckConstraint("value BETWEEN 0 AND 1", name="value"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    skill: Mapped[str] = mapped_column(String(40))
    value: Mapped[float] = mapped_column(Float)  # 0..1, comparable across sources
    source: Mapped[str] = mapped_column(String(20))
    # The practice session, kept analysis or check-in it came from, when there is one.
    source_id: Mapped[int | None]


class CheckinRow(Base):
    __tablename__ = "checkins"
    __table_args__ = (
        Index(None, "user_id", "day"),
        CheckConstraint("mood BETWEEN 1 AND 5", name="mood"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # The couple the author was in that day; a dissolved couple leaves the check-in theirs.
    couple_id: Mapped[int | None] = mapped_column(
        ForeignKey("couples.id", ondelete="SET NULL"), index=True
    )
    day: Mapped[date] = mapped_column(Date)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    mood: Mapped[int | None]


class HeardRatingRow(Base):
    __tablename__ = "heard_ratings"
    __table_args__ = (
        UniqueConstraint("rater_id", "target_type", "target_id"),
        CheckConstraint("value BETWEEN 1 AND 5", name="value"),
        NEVER_REUSE_IDS,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rater_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    rated_id: Mapped[int] = _user_fk()
    # What was rated: 'checkin', 'analysis' or 'practice' and that row's id. No foreign
    # key can span three tables; the store checks the row is the rated person's.
    target_type: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[int] = mapped_column(Integer)
    value: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class WebSessionRow(Base):
    """A signed-in browser of `empathos serve --multi-user`.

    The id is the SHA-256 of the cookie's secret, never the secret itself: a copy of the
    database does not let anyone sign in as anyone."""

    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = _user_fk()
    # The CSRF token of every form this session's pages carry.
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)


class LoginFailureRow(Base):
    """One failed sign-in, under each key it counts against ('account:<email>',
    'address:<client>'): the rate limit counts these within a window."""

    __tablename__ = "login_failures"
    __table_args__ = (Index(None, "key", "at"), NEVER_REUSE_IDS)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(400))
    at: Mapped[datetime] = mapped_column(default=utcnow)
