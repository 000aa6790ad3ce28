"""Progress over time: per-skill weekly means, practice outcomes, check-ins and the streak,
as one plain JSON-ready summary (what `empathos progress --json` prints).

Pure: the CLI reads the store, turns each time into the person's own calendar day, and
hands in plain tuples with today's date. Weeks start on Monday (ISO weeks).

    {
      "today": "2025-03-10", "since": "2025-02-08" or null, "empty": false,
      "weeks": ["2025-02-03", ...],                # Mondays, oldest first, no gaps
      "skills": {"validation": {"values": [0.5, null, ...], "counts": [2, 0, ...],
                                "events": 5, "mean": 0.6, "latest": 0.8, "change": 0.3}},
      "practice": {"sessions": 4, "outcomes": {"heard": 1, ...}, "weekly": [...]},
      "checkins": {"count": 3, "mood_mean": 3.7, "weekly": [...], "moods": [...]},
      "analyses": {"kept": 2, "weekly": [...]},
      "streak": {"current": 3, "longest": 5, ..., "message": "..."}
    }
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from empathos.core.labels import SKILLS
from empathos.errors import InputError
from empathos.progress.streak import compute_streak

# The store's outcomes, in the order a person reads them.
OUTCOME_ORDER: Final = ("heard", "turns_out", "gave_up", "quit")
_SPAN: Final = re.compile(r"(\d{1,5})\s*([dw])")


@dataclass(frozen=True)
class SkillPoint:
    day: date  # the person's calendar day
    skill: str
    value: float  # 0..1


@dataclass(frozen=True)
class PracticeDay:
    day: date
    outcome: str | None  # None: never finished


@dataclass(frozen=True)
class CheckinDay:
    day: date
    mood: int | None


def week_start(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


def parse_since(text: str, today: date) -> date:
    """`30d`, `8w` (days or weeks back from today, today included) or a date `2025-01-31`."""
    raw = text.strip().lower()
    match = _SPAN.fullmatch(raw)
    if match:
        count = int(match[1]) * (7 if match[2] == "w" else 1)
        if count < 1:
            raise InputError(f"--since {text!r}: give at least 1d")
        return today - timedelta(days=count - 1)
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise InputError(
            f"--since {text!r}: give a span such as 30d or 8w, or a date such as 2025-01-31"
        ) from None


def _weeks(first: date, last: date) -> list[date]:
    weeks, week = [], week_start(first)
    while week <= last:
        weeks.append(week)
        week += timedelta(days=7)
    return weeks


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _weekly_counts(days: Iterable[date], index: dict[date, int]) -> list[int]:
    counts = [0] * len(index)
    for day in days:
        counts[index[week_start(day)]] += 1
    return counts


def build_summary(
    *,
    today: date,
    since: date | None = None,
    skills: Iterable[SkillPoint] = (),
    practice: Iterable[PracticeDay] = (),
    checkins: Iterable[CheckinDay] = (),
    analyses: Iterable[date] = (),
) -> dict[str, Any]:
    """The progress summary over [since, today]; the streak looks at every day given."""
    all_skills, all_practice = list(skills), list(practice)
    all_checkins, all_analyses = list(checkins), list(analyses)
    streak = compute_streak(
        [p.day for p in all_practice] + [c.day for c in all_checkins] + all_analyses, today
    )

    def shown(day: date) -> bool:
        return (since is None or day >= since) and day <= today

    points = [p for p in all_skills if shown(p.day) and p.skill in SKILLS]
    sessions = [p for p in all_practice if shown(p.day)]
    answered = [c for c in all_checkins if shown(c.day)]
    kept = [d for d in all_analyses if shown(d)]
    days = [p.day for p in points] + [s.day for s in sessions]
    days += [c.day for c in answered] + kept
    empty = not days
    if empty:
        weeks: list[date] = []
    else:
        weeks = _weeks(min(days), today)  # from the first week with anything in it
    index = {week: i for i, week in enumerate(weeks)}

    by_skill: dict[str, list[list[float]]] = {}
    for point in points:
        buckets = by_skill.setdefault(point.skill, [[] for _ in weeks])
        buckets[index[week_start(point.day)]].append(point.value)
    skill_rows = {}
    for skill in SKILLS:
        if skill not in by_skill:
            continue
        buckets = by_skill[skill]
        values = [_mean(bucket) for bucket in buckets]
        present = [v for v in values if v is not None]
        every = [v for bucket in buckets for v in bucket]
        skill_rows[skill] = {
            "values": values,
            "counts": [len(bucket) for bucket in buckets],
            "events": len(every),
            "mean": _mean(every),
            "latest": present[-1],
            "change": round(present[-1] - present[0], 2) if len(present) > 1 else None,
        }

    outcomes = dict.fromkeys(OUTCOME_ORDER, 0)
    for session in sessions:
        if session.outcome in outcomes:
            outcomes[session.outcome] += 1
    moods: list[list[int]] = [[] for _ in weeks]
    for checkin in answered:
        if checkin.mood is not None:
            moods[index[week_start(checkin.day)]].append(checkin.mood)
    all_moods = [m for bucket in moods for m in bucket]
    return {
        "today": today.isoformat(),
        "since": None if since is None else since.isoformat(),
        "empty": empty,
        "weeks": [week.isoformat() for week in weeks],
        "skills": skill_rows,
        "practice": {
            "sessions": len(sessions),
            "outcomes": outcomes,
            "weekly": _weekly_counts((s.day for s in sessions), index),
        },
        "checkins": {
            "count": len(answered),
            "mood_mean": _mean([float(m) for m in all_moods]),
            "weekly": _weekly_counts((c.day for c in answered), index),
            "moods": [_mean([float(m) for m in bucket]) for bucket in moods],
        },
        "analyses": {"kept": len(kept), "weekly": _weekly_counts(kept, index)},
        "streak": streak.to_dict(),
    }
