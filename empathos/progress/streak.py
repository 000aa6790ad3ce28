"""The streak: consecutive days with any practice, check-in or kept analysis.

Pure: the days and today come in (the CLI reads the clock). A run stays alive through
today until the day is over, so a morning without practice yet still shows yesterday's
run. Words are encouraging and never shaming: after a gap the message is "welcome
back", and the longest run is something to be glad of, not a loss.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any


@dataclass(frozen=True)
class Streak:
    current: int  # the run ending today, or yesterday while today has nothing yet
    longest: int
    active_today: bool
    last_active: date | None
    days_active: int  # distinct days with anything, ever (up to today)
    returning: bool  # today (or yesterday) started a new run after a gap

    @property
    def message(self) -> str:
        return streak_message(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "current": self.current,
            "longest": self.longest,
            "active_today": self.active_today,
            "last_active": None if self.last_active is None else self.last_active.isoformat(),
            "days_active": self.days_active,
            "message": self.message,
        }


def compute_streak(days: Iterable[date], today: date) -> Streak:
    """The streak over the days that had anything; days after `today` are left out."""
    active = sorted({d for d in days if d <= today})
    if not active:
        return Streak(0, 0, False, None, 0, False)
    longest = run = 1
    runs_end_at = {active[0]: 1}
    for previous, day in itertools.pairwise(active):
        run = run + 1 if day - previous == timedelta(days=1) else 1
        runs_end_at[day] = run
        longest = max(longest, run)
    last = active[-1]
    alive = last >= today - timedelta(days=1)
    current = runs_end_at[last] if alive else 0
    returning = alive and current == 1 and len(active) > 1
    return Streak(current, longest, last == today, last, len(active), returning)


def _days(count: int) -> str:
    return f"{count} day{'' if count == 1 else 's'}"


def streak_message(streak: Streak) -> str:
    """One warm line about the streak."""
    if streak.last_active is None:
        return (
            "Every streak starts with one day: a practice or a check-in today is a lovely "
            "beginning."
        )
    if streak.returning:
        welcome = "Welcome back! Today is day one of a new run."
        if streak.active_today:
            return welcome
        return "Welcome back! Yesterday started a new run; a check-in today makes it two."
    if streak.current == 0:
        best = f" Your longest run so far is {_days(streak.longest)}." if streak.longest > 1 else ""
        return f"Welcome back! It's good to see you again: today can be day one.{best}"
    if streak.active_today:
        if streak.current == 1:
            return "Day one. A small step today is how every habit starts."
        best = " Your longest yet!" if streak.current == streak.longest else ""
        return f"{_days(streak.current)} in a row.{best} Keep it gentle and keep going."
    return (
        f"{_days(streak.current)} in a row so far. A practice or a check-in today keeps it going."
    )
