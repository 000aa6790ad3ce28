"""The seam to empathos.progress: skill points from records, and the Growth summary.

empathos.progress (the pure functions behind `empathos progress`) decides how a reply
becomes skill points and what the streak is. When it is not installed alongside,
each function here falls back to the plainest reading of the store, in the same shape,
so the Growth page draws either way.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from empathos.core.labels import SKILLS

if TYPE_CHECKING:
    from empathos.store import Store

_progress: Any
try:  # imported by name: the seam stays type-checkable whichever side is present
    _progress = importlib.import_module("empathos.progress")
except ImportError:
    _progress = None


def analysis_skills(record: Mapping[str, Any]) -> dict[str, float]:
    """Skill points a kept analysis adds (none without empathos.progress)."""
    if _progress is None:
        return {}
    return dict(_progress.analysis_skills(record))


def practice_skills(debrief_skills: Mapping[str, Any]) -> dict[str, float]:
    if _progress is not None:
        return dict(_progress.practice_skills(debrief_skills))
    return {
        skill: min(1.0, max(0.0, float(value)))
        for skill, value in debrief_skills.items()
        if skill in SKILLS and isinstance(value, int | float)
    }


def stored_outcome(outcome: str) -> str:
    if _progress is not None:
        return str(_progress.stored_outcome(outcome))
    return outcome if outcome in ("heard", "gave_up", "turns_out") else "quit"


def _day(moment: datetime) -> date:
    return moment.astimezone().date()  # the person's own calendar day


def summary(store: Store, user_id: int, today: date) -> dict[str, Any]:
    """{"skills": {skill: {"values", "events", "mean", "latest", "change"}}, "weeks",
    "streak": {"current", "longest", "message"}, "practice", "checkins", "analyses"}."""
    events = store.skill_history(user_id)
    sessions = store.practice_sessions(user_id)
    checkins = store.checkins(user_id)
    kept = store.list_analyses(user_id, limit=None)
    if _progress is not None:
        result: dict[str, Any] = _progress.build_summary(
            today=today,
            skills=[_progress.SkillPoint(_day(e.at), e.skill, e.value) for e in events],
            practice=[_progress.PracticeDay(_day(s.started_at), s.outcome) for s in sessions],
            checkins=[_progress.CheckinDay(c.day, c.mood) for c in checkins],
            analyses=[_day(k.created_at) for k in kept],
        )
        return result
    # The plainest reading: one point per event, a streak of consecutive active days.
    by_skill: dict[str, list[float]] = {}
    for event in events:
        by_skill.setdefault(event.skill, []).append(event.value)
    days = {_day(e.at) for e in events} | {c.day for c in checkins}
    days |= {_day(k.created_at) for k in kept}
    current, day = 0, today if today in days else today - timedelta(days=1)
    while day in days:
        current, day = current + 1, day - timedelta(days=1)
    return {
        "empty": not (events or sessions or checkins or kept),
        "weeks": [],
        "skills": {
            skill: {
                "values": values,
                "events": len(values),
                "mean": sum(values) / len(values),
                "latest": values[-1],
                "change": round(values[-1] - values[0], 2) if len(values) > 1 else None,
            }
            for skill, values in by_skill.items()
        },
        "practice": {"sessions": len(sessions)},
        "checkins": {"count": len(checkins)},
        "analyses": {"kept": len(kept)},
        "streak": {
            "current": current,
            "message": f"{current} day{'s' if current != 1 else ''} in a row.",
        },
    }
