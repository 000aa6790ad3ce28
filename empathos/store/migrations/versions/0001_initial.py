"""Initial schema: users and couples, kept analyses, practice, skill progress, check-ins, ratings.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# SQLite must never hand a deleted row's id to a new row (see _models.NEVER_REUSE_IDS).
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


def _pk() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), nullable=False)


def _at(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _user_fk(table: str, column: str = "user_id") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["users.id"], name=op.f(f"fk_{table}_{column}_users"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "users",
        _pk(),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        _at("created_at"),
        sa.Column("is_local", sa.Boolean(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
        **NEVER_REUSE_IDS,
    )
    op.create_table(
        "couples",
        _pk(),
        _at("created_at"),
        sa.Column("invite_code", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_couples")),
        sa.UniqueConstraint("invite_code", name=op.f("uq_couples_invite_code")),
        **NEVER_REUSE_IDS,
    )
    op.create_table(
        "couple_members",
        sa.Column("couple_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        _at("joined_at"),
        sa.ForeignKeyConstraint(
            ["couple_id"],
            ["couples.id"],
            name=op.f("fk_couple_members_couple_id_couples"),
            ondelete="CASCADE",
        ),
        _user_fk("couple_members"),
        sa.PrimaryKeyConstraint("couple_id", "user_id", name=op.f("pk_couple_members")),
        sa.UniqueConstraint("user_id", name=op.f("uq_couple_members_user_id")),
    )
    op.create_table(
        "analyses",
        _pk(),
        sa.Column("user_id", sa.Integer(), nullable=False),
        _at("created_at"),
        sa.Column("partner", sa.Text(), nullable=False),
        sa.Column("reply", sa.Text(), nullable=True),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("empathic", sa.Boolean(), nullable=True),
        sa.Column("model_version", sa.String(length=100), nullable=False),
        _user_fk("analyses"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_analyses")),
        **NEVER_REUSE_IDS,
    )
    op.create_index(op.f("ix_analyses_user_id"), "analyses", ["user_id"])
    op.create_table(
        "practice_sessions",
        _pk(),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.String(length=100), nullable=False),
        _at("started_at"),
        _at("finished_at", nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("felt_heard", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "outcome IN ('heard', 'gave_up', 'turns_out', 'quit')",
            name=op.f("ck_practice_sessions_outcome"),
        ),
        _user_fk("practice_sessions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_sessions")),
        **NEVER_REUSE_IDS,
    )
    op.create_index(op.f("ix_practice_sessions_user_id"), "practice_sessions", ["user_id"])
    op.create_table(
        "practice_turns",
        _pk(),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("reply", sa.Text(), nullable=False),
        sa.Column("analysis", sa.JSON(), nullable=False),
        sa.Column("felt_heard", sa.Integer(), nullable=False),
        sa.Column("partner_response", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["practice_sessions.id"],
            name=op.f("fk_practice_turns_session_id_practice_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_turns")),
        sa.UniqueConstraint(
            "session_id", "index", name=op.f("uq_practice_turns_session_id_index")
        ),
        **NEVER_REUSE_IDS,
    )
    op.create_table(
        "skill_events",
        _pk(),
        sa.Column("user_id", sa.Integer(), nullable=False),
        _at("at"),
        sa.Column("skill", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("value BETWEEN 0 AND 1", name=op.f("ck_skill_events_value")),
        _user_fk("skill_events"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_events")),
        **NEVER_REUSE_IDS,
    )
    op.create_index(
        op.f("ix_skill_events_user_id_skill_at"), "skill_events", ["user_id", "skill", "at"]
    )
    op.create_table(
        "checkins",
        _pk(),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("couple_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.CheckConstraint("mood BETWEEN 1 AND 5", name=op.f("ck_checkins_mood")),
        sa.ForeignKeyConstraint(
            ["couple_id"],
            ["couples.id"],
            name=op.f("fk_checkins_couple_id_couples"),
            ondelete="SET NULL",
        ),
        _user_fk("checkins"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
        **NEVER_REUSE_IDS,
    )
    op.create_index(op.f("ix_checkins_couple_id"), "checkins", ["couple_id"])
    op.create_index(op.f("ix_checkins_user_id_day"), "checkins", ["user_id", "day"])
    op.create_table(
        "heard_ratings",
        _pk(),
        sa.Column("rater_id", sa.Integer(), nullable=False),
        sa.Column("rated_id", sa.Integer(), nullable=False),
        sa.Column("target_type", sa.String(length=20), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        _at("created_at"),
        sa.CheckConstraint("value BETWEEN 1 AND 5", name=op.f("ck_heard_ratings_value")),
        _user_fk("heard_ratings", "rater_id"),
        _user_fk("heard_ratings", "rated_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_heard_ratings")),
        sa.UniqueConstraint(
            "rater_id",
            "target_type",
            "target_id",
            name=op.f("uq_heard_ratings_rater_id_target_type_target_id"),
        ),
        **NEVER_REUSE_IDS,
    )
    op.create_index(op.f("ix_heard_ratings_rated_id"), "heard_ratings", ["rated_id"])


def downgrade() -> None:
    # Children before parents; dropping a table drops its indexes.
    for table in (
        "heard_ratings",
        "checkins",
        "skill_events",
        "practice_turns",
        "practice_sessions",
        "analyses",
        "couple_members",
        "couples",
        "users",
    ):
        op.drop_table(table)
