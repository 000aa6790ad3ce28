"""Weekly trends: buckets by ISO week, the summary's shape, and --since spans."""

from __future__ import annotations

import json
from datetime import date

import pytest

from empathos.errors import InputError
from empathos.progress.trends import (
    CheckinDay,
    PracticeDay,
    SkillPoint,
    build_summary,
    parse_since,
    week_start,
)

TODAY = date(2025, 3, 12)  # a Wednesday


def test_week_start_is_monday() -> None:
    assert week_start(date(2025, 3, 10)) == date(2025, 3, 10)
    assert week_start(date(2025, 3, 16)) == date(2025, 3, 10)  # Sunday
    assert week_start(TODAY).weekday() == 0


def test_summary_buckets_by_week() -> None:
    summary = build_summary(
        today=TODAY,
        skills=[
            SkillPoint(date(2025, 2, 18), "validation", 0.25),
            SkillPoint(date(2025, 2, 19), "validation", 0.75),
            SkillPoint(date(2025, 3, 11), "validation", 1.0),
            SkillPoint(date(2025, 3, 1), "resonance", 0.3),
            SkillPoint(date(2025, 3, 1), "asking_needs", 1.0),  # not a store skill: ignored
        ],
        practice=[PracticeDay(date(2025, 3, 10), "heard"), PracticeDay(TODAY, None)],
        checkins=[CheckinDay(date(2025, 3, 11), 4), CheckinDay(date(2025, 2, 17), None)],
        analyses=[TODAY],
    )
    json.dumps(summary)  # JSON-ready
    assert summary["weeks"] == ["2025-02-17", "2025-02-24", "2025-03-03", "2025-03-10"]
    assert summary["empty"] is False and summary["since"] is None
    validation = summary["skills"]["validation"]
    assert validation["values"] == [0.5, None, None, 1.0]
    assert validation["counts"] == [2, 0, 0, 1]
    assert (validation["events"], validation["mean"], validation["latest"]) == (3, 0.67, 1.0)
    assert validation["change"] == 0.5
    assert summary["skills"]["resonance"]["change"] is None  # one week only
    assert list(summary["skills"]) == ["resonance", "validation"]  # SKILLS order
    assert summary["practice"] == {
        "sessions": 2,
        "outcomes": {"heard": 1, "turns_out": 0, "gave_up": 0, "quit": 0},
        "weekly": [0, 0, 0, 2],
    }
    assert summary["checkins"]["count"] == 2 and summary["checkins"]["mood_mean"] == 4.0
    assert summary["checkins"]["moods"] == [None, None, None, 4.0]
    assert summary["analyses"] == {"kept": 1, "weekly": [0, 0, 0, 1]}
    assert summary["streak"]["current"] == 3 and summary["streak"]["active_today"]


def test_since_limits_the_window_not_the_streak() -> None:
    days = [date(2025, 1, 1), date(2025, 3, 10), date(2025, 3, 11), TODAY]
    summary = build_summary(
        today=TODAY,
        since=date(2025, 3, 1),
        skills=[SkillPoint(d, "curiosity", 1.0) for d in days],
        checkins=[CheckinDay(d, 3) for d in days],
    )
    assert summary["since"] == "2025-03-01"
    assert summary["weeks"] == ["2025-03-10"]
    assert summary["skills"]["curiosity"]["events"] == 3
    assert summary["checkins"]["count"] == 3
    assert summary["streak"]["days_active"] == 4


def test_empty() -> None:
    summary = build_summary(today=TODAY)
    assert summary["empty"] is True and summary["weeks"] == [] and summary["skills"] == {}
    assert summary["practice"]["sessions"] == 0 and summary["streak"]["current"] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30d", date(2025, 2, 11)),
        ("1d", TODAY),
        (" 2W ", date(2025, 2, 27)),
        ("2025-01-31", date(2025, 1, 31)),
    ],
)
def test_parse_since(text: str, expected: date) -> None:
    assert parse_since(text, TODAY) == expected


@pytest.mark.parametrize("text", ["0d", "yesterday", "30", "3m", "2025-13-01", ""])
def test_parse_since_errors(text: str) -> None:
    with pytest.raises(InputError, match="--since"):
        parse_since(text, TODAY)
