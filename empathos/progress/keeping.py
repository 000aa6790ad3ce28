"""Keeping practice sessions and analyses in a store, and reading activity back for progress.

The store is handed in (`empathos.store.Store`, or anything with its methods), so this
module never opens a database nor imports SQLAlchemy; `local_day` turns the store's UTC
times into the person's own calendar days, which is all `trends` and `streak` look at.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from empathos.progress.skills import analysis_skills, practice_skills, stored_outcome
from empathos.progress.trends import CheckinDay, PracticeDay, SkillPoint

if TYPE_CHECKING:
    from empathos.store import Store

LocalDay = Callable[[datetime], date]


def local_day(when: datetime, zone: tzinfo | None = None) -> date:
    """The calendar day of `when` in `zone` (default: this machine's time zone)."""
    return when.astimezone(zone).date()


@dataclass(frozen=True)
class KeptPractice:
    session_id: int
    skills: dict[str, float]


@dataclass(frozen=True)
class KeptAnalysisInfo:
    analysis_id: int
    skills: dict[str, float]


def keep_practice(
    store: Store, user_id: int, result: Mapping[str, Any], *, model_version: str
) -> KeptPractice:
    """Stores a finished session (`SessionResult.to_dict()`): its turns, outcome, and one
    skill event per skill of the debrief. Each turn's analysis record carries
    `model_version`, the engine that judged it."""
    session = store.start_practice(user_id, str(result["scenario"]))
    for turn in result.get("turns") or []:
        store.add_practice_turn(
            user_id,
            session.id,
            turn["reply"],
            {**turn["analysis"], "model_version": model_version},
            int(turn["felt_heard"]),
            turn.get("partner"),
        )
    curve = result.get("felt_heard") or [0]
    store.finish_practice(user_id, session.id, stored_outcome(str(result["outcome"])), curve[-1])
    skills = practice_skills((result.get("debrief") or {}).get("skills") or {})
    for skill, value in skills.items():
        store.record_skill(user_id, skill, value, "practice", session.id)
    return KeptPractice(session.id, skills)


def keep_analysis(
    store: Store,
    user_id: int,
    record: Mapping[str, Any],
    partner: str,
    reply: str | None,
    *,
    model_version: str,
) -> KeptAnalysisInfo:
    """Keeps an analysis record with the texts it judged, and its skill values
    (`skills.analysis_skills`), in one transaction: both or neither."""
    skills = analysis_skills(record)
    kept = store.keep_analysis(
        user_id, dict(record), partner, reply, model_version=model_version, skills=skills
    )
    return KeptAnalysisInfo(kept.id, skills)


@dataclass(frozen=True)
class Activity:
    """Everything progress reads, as calendar days."""

    skills: list[SkillPoint]
    practice: list[PracticeDay]
    checkins: list[CheckinDay]
    analyses: list[date]

    @property
    def days(self) -> list[date]:
        """Days with a practice, check-in or kept analysis: what the streak counts."""
        return [p.day for p in self.practice] + [c.day for c in self.checkins] + self.analyses


def read_activity(
    store: Store, user_id: int, *, since: date | None = None, day_of: LocalDay = local_day
) -> Activity:
    """Skill events from `since` on (all when None); sessions, check-ins and analyses all,
    since the streak reaches back past any window."""
    start = None
    if since is not None:
        # A day early in UTC, as a local day can begin up to 14 hours before UTC midnight;
        # trends.build_summary drops what falls before `since` in local days.
        start = datetime.combine(since, time.min, tzinfo=UTC) - timedelta(days=1)
    events = store.skill_history(user_id, since=start)
    sessions = store.practice_sessions(user_id)
    return Activity(
        skills=[SkillPoint(day_of(e.at), e.skill, e.value) for e in events],
        practice=[PracticeDay(day_of(s.started_at), s.outcome) for s in sessions],
        checkins=[CheckinDay(c.day, c.mood) for c in store.checkins(user_id)],
        analyses=[day_of(a.created_at) for a in store.list_analyses(user_id, limit=None)],
    )
