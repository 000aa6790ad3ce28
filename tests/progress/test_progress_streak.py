"""The streak: pure, with today passed in; warm words whatever happened."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from empathos.progress.streak import compute_streak

TODAY = date(2025, 3, 12)


def _days(*back: int) -> list[date]:
    return [TODAY - timedelta(days=n) for n in back]


def test_nothing_yet() -> None:
    streak = compute_streak([], TODAY)
    assert (streak.current, streak.longest, streak.last_active) == (0, 0, None)
    assert "starts with one day" in streak.message


def test_run_through_today() -> None:
    streak = compute_streak(_days(0, 1, 2, 2, 5), TODAY)  # duplicates count once
    assert (streak.current, streak.longest, streak.active_today) == (3, 3, True)
    assert streak.days_active == 4
    assert "3 days in a row" in streak.message and "longest yet" in streak.message


def test_run_stays_alive_until_today_is_over() -> None:
    streak = compute_streak(_days(1, 2), TODAY)
    assert (streak.current, streak.active_today) == (2, False)
    assert "today keeps it going" in streak.message


def test_gap_says_welcome_back_never_broke() -> None:
    streak = compute_streak(_days(3, 4, 5, 6), TODAY)
    assert (streak.current, streak.longest) == (0, 4)
    message = streak.message
    assert message.startswith("Welcome back") and "4 days" in message
    for shaming in ("broke", "lost", "missed", "failed"):
        assert shaming not in message.lower()


def test_back_today_after_a_gap() -> None:
    streak = compute_streak(_days(0, 5, 6), TODAY)
    assert (streak.current, streak.longest, streak.returning) == (1, 2, True)
    assert streak.message.startswith("Welcome back")
    yesterday = compute_streak(_days(1, 5), TODAY)
    assert yesterday.returning and "makes it two" in yesterday.message


def test_first_day_ever() -> None:
    streak = compute_streak(_days(0), TODAY)
    assert (streak.current, streak.returning) == (1, False)
    assert streak.message.startswith("Day one")


def test_future_days_are_left_out() -> None:
    streak = compute_streak([TODAY + timedelta(days=1), TODAY], TODAY)
    assert streak.current == 1 and streak.last_active == TODAY


@pytest.mark.parametrize("back", [0, 1, 2, 40])
def test_to_dict_is_json_ready(back: int) -> None:
    data = compute_streak(_days(back), TODAY).to_dict()
    assert set(data) == {
        "current",
        "longest",
        "active_today",
        "last_active",
        "days_active",
        "message",
    }
    assert data["last_active"] == (TODAY - timedelta(days=back)).isoformat()
