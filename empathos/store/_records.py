"""What the store hands back: plain frozen dataclasses, detached from any database session.

Times are timezone-aware UTC on every back end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

OUTCOMES: Final = ("heard", "gave_up", "turns_out", "quit")
SKILL_SOURCES: Final = ("practice", "analysis", "checkin", "assessment")
RATING_TARGETS: Final = ("checkin", "analysis", "practice")
HEARD_SCALE: Final = range(1, 6)  # the partner's "I felt heard", 1-5
MOOD_SCALE: Final = range(1, 6)
# A practice partner's felt-heard level: practice (issue 5) picks its scale inside this.
FELT_HEARD_SCALE: Final = range(0, 101)


@dataclass(frozen=True)
class User:
    id: int
    display_name: str
    email: str | None
    created_at: datetime
    is_local: bool  # the one person of a local install


@dataclass(frozen=True)
class Partner:
    """What a person sees of their partner: a name, not their data."""

    user_id: int
    display_name: str
    couple_id: int


@dataclass(frozen=True)
class KeptAnalysis:
    id: int
    user_id: int
    created_at: datetime
    partner: str
    reply: str | None
    record: dict[str, Any]  # the analysis record of shared/spec/analysis.md
    score: int | None  # record["reply"]["score"]; None without a reply
    empathic: bool | None
    model_version: str


@dataclass(frozen=True)
class PracticeTurn:
    id: int
    session_id: int
    index: int  # 0, 1, ... in the order they were added
    reply: str
    analysis: dict[str, Any]
    felt_heard: int
    partner_response: str | None


@dataclass(frozen=True)
class PracticeSession:
    id: int
    user_id: int
    scenario_id: str
    started_at: datetime
    finished_at: datetime | None  # None while it runs, like outcome and felt_heard
    outcome: str | None
    felt_heard: int | None
    turns: tuple[PracticeTurn, ...]


@dataclass(frozen=True)
class SkillEvent:
    id: int
    user_id: int
    at: datetime
    skill: str  # one of SKILLS
    value: float  # 0..1
    source: str  # one of SKILL_SOURCES
    source_id: int | None


@dataclass(frozen=True)
class Checkin:
    id: int
    user_id: int
    couple_id: int | None
    day: date
    question: str
    answer: str
    mood: int | None


@dataclass(frozen=True)
class HeardRating:
    id: int
    rater_id: int
    rated_id: int
    target_type: str  # one of RATING_TARGETS
    target_id: int
    value: int  # 1-5
    created_at: datetime


@dataclass(frozen=True)
class WebSession:
    """A signed-in browser (server mode). The cookie's secret is not kept, only its hash."""

    user_id: int
    csrf_token: str  # what every form of this session's pages carries
    created_at: datetime
    expires_at: datetime
