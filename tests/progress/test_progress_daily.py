"""Daily picks: deterministic by date, no repeats in a row, authored files that parse."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from pathlib import Path

import pytest

from empathos.errors import EmpathosError
from empathos.progress import DailyDataError, load_daily
from empathos.progress.daily import pick

START = date(2024, 1, 1)


def test_shipped_lists_load() -> None:
    daily = load_daily()
    assert len(daily.questions) >= 30 and len(daily.together) >= 20 and len(daily.presence) >= 7
    assert any("walk" in idea.text and "phones" in idea.text for idea in daily.together)
    assert any("cook something new" in idea.text.lower() for idea in daily.together)
    for prompt in daily.presence:
        assert prompt.title and len(prompt.text) > 40


def test_same_day_same_picks() -> None:
    daily = load_daily()
    day = date(2025, 6, 1)
    assert daily.question(day) == daily.question(date(2025, 6, 1))
    assert daily.idea(day) == load_daily().idea(day)
    # Pinned: the rotation is part of the behaviour people see (a shared calendar).
    assert pick(("a", "b", "c", "d", "e"), date(2025, 6, 1), "question") == pick(
        ("a", "b", "c", "d", "e"), date(2025, 6, 1), "question"
    )


@pytest.mark.parametrize("size", [1, 2, 3, 7, 40])
def test_each_cycle_shows_every_item_and_never_twice_in_a_row(size: int) -> None:
    items = tuple(range(size))
    seen = [pick(items, START + timedelta(days=n), "salt") for n in range(size * 6)]
    if size > 1:
        assert all(a != b for a, b in itertools.pairwise(seen))
    first = START.toordinal() // size * size  # a cycle starts at a multiple of size
    cycle_start = date.fromordinal(first + size)
    offset = (cycle_start - START).days
    assert sorted(seen[offset : offset + size]) == list(items)


def test_lists_do_not_move_in_lockstep() -> None:
    daily = load_daily()
    days = [START + timedelta(days=n) for n in range(60)]
    questions = [daily.questions.index(daily.question(d)) for d in days]
    ideas = [daily.together.index(daily.idea(d)) for d in days]
    assert questions != ideas


def test_empty_list_cannot_pick() -> None:
    with pytest.raises(ValueError):
        pick((), START, "x")


def _write(folder: Path, questions: str, together: str, presence: str) -> Path:
    (folder / "questions.toml").write_text(questions, encoding="utf-8")
    (folder / "together.toml").write_text(together, encoding="utf-8")
    (folder / "presence.toml").write_text(presence, encoding="utf-8")
    return folder


GOOD_Q = '[[question]]\nid = "one"\ntext = "How was it?"\n'
GOOD_T = '[[idea]]\nid = "walk"\ntext = "A walk."\n'
GOOD_P = '[[prompt]]\nid = "sit"\ntitle = "Sit"\ntext = "Sit together."\n'


def test_own_folder_loads(tmp_path: Path) -> None:
    daily = load_daily(_write(tmp_path, GOOD_Q, GOOD_T, GOOD_P))
    assert daily.question(START).text == "How was it?"


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        ("", "needs at least one [[question]]"),
        ("[[question]\n", "not valid TOML"),
        ('[[question]]\nid = "Bad Id"\ntext = "x"\n', "lower-case words"),
        ('[[question]]\nid = "a"\ntext = " "\n', "'text' must be non-empty"),
        (GOOD_Q + GOOD_Q, "used twice"),
    ],
)
def test_bad_files_name_the_problem(tmp_path: Path, questions: str, expected: str) -> None:
    with pytest.raises(DailyDataError) as caught:
        load_daily(_write(tmp_path, questions, GOOD_T, GOOD_P))
    assert expected in str(caught.value) and "daily/questions.toml" in str(caught.value)
    assert isinstance(caught.value, EmpathosError)  # the CLI shows it as one line
