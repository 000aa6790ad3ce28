"""Progress and daily habits: skill trends over time, the streak, and the daily check-in.

    skills.py      how a practice session or a kept analysis becomes skill values (0..1)
    streak.py      consecutive days with any practice, check-in or kept analysis
    trends.py      weekly per-skill means and the counts of `empathos progress`, as JSON
    daily.py       today's check-in question, a thing to do together, a presence prompt
    library.py     reads the authored lists in daily/*.toml (the only I/O here)
    keeping.py     writes sessions and analyses to a store handed in; reads activity back
    report.py      the self-contained HTML report of `empathos progress --html`

skills, streak, trends and daily are pure: the CLI reads the store and the clock and
hands in plain values, so the same inputs always give the same output.
"""

from empathos.progress.daily import Daily, DailyDataError, Idea, PresencePrompt, Question
from empathos.progress.library import load_daily
from empathos.progress.skills import analysis_skills, practice_skills, stored_outcome
from empathos.progress.streak import Streak, compute_streak
from empathos.progress.trends import (
    CheckinDay,
    PracticeDay,
    SkillPoint,
    build_summary,
    parse_since,
    week_start,
)

__all__ = [
    "CheckinDay",
    "Daily",
    "DailyDataError",
    "Idea",
    "PracticeDay",
    "PresencePrompt",
    "Question",
    "SkillPoint",
    "Streak",
    "analysis_skills",
    "build_summary",
    "compute_streak",
    "load_daily",
    "parse_since",
    "practice_skills",
    "stored_outcome",
    "week_start",
]
