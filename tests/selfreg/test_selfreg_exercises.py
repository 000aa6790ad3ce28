"""The authored exercises validate, and a run follows its timeline."""

from __future__ import annotations

import pytest

from empathos.selfreg.exercises import (
    ExerciseDataError,
    load_exercises,
    parse_exercises,
    timeline,
)
from empathos.selfreg.timer import run_steps


def test_shipped_exercises() -> None:
    exercises = load_exercises()
    assert set(exercises) == {"box", "478", "bodyscan"}
    assert exercises["box"].repeat and not exercises["bodyscan"].repeat
    for exercise in exercises.values():
        assert 60 <= sum(s.seconds for s in timeline(exercise)) <= 150  # 1-2 minutes, about


def test_478_exhales_longer_than_it_inhales() -> None:
    steps = load_exercises()["478"].steps
    assert [s.seconds for s in steps] == [4, 7, 8]


@pytest.mark.parametrize("seconds", [1, 5, 16, 17, 100])
def test_breathing_timeline_lasts_exactly(seconds: int) -> None:
    assert sum(s.seconds for s in timeline(load_exercises()["box"], seconds)) == seconds


def test_guided_timeline_scales_every_step() -> None:
    scan = load_exercises()["bodyscan"]
    short = timeline(scan, 10)
    assert [s.text for s in short] == [s.text for s in scan.steps]
    assert all(s.seconds >= 1 for s in short)
    with pytest.raises(ValueError, match="between 1 and"):
        timeline(scan, 0)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "no \\[exercise"),
        ({"exercise": {"x": {"name": "X", "intro": "i", "outro": "o"}}}, "either 'cycle'"),
        (
            {
                "exercise": {
                    "x": {"name": "X", "intro": "i", "outro": "o", "steps": [{"text": "a"}]}
                }
            },
            "'seconds' must be 1 to 120",
        ),
        (
            {
                "exercise": {
                    "x": {"intro": "i", "outro": "o", "steps": [{"text": "a", "seconds": 1}]}
                }
            },
            "'name'",
        ),
    ],
)
def test_bad_data_names_the_problem(data: dict[str, object], message: str) -> None:
    with pytest.raises(ExerciseDataError, match=message):
        parse_exercises(data)


def test_run_counts_down_and_stops_cleanly_on_ctrl_c() -> None:
    steps = timeline(load_exercises()["box"], 6)
    shown: list[tuple[int, int]] = []
    waits: list[float] = []
    assert run_steps(steps, lambda i, s, left: shown.append((i, left)), waits.append)
    assert shown == [(0, 4), (0, 3), (0, 2), (0, 1), (1, 2), (1, 1)]
    assert waits == [1] * 6

    def interrupt(seconds: float) -> None:
        if len(shown) >= 2:
            raise KeyboardInterrupt

    shown.clear()
    assert not run_steps(steps, lambda i, s, left: shown.append((i, left)), interrupt)
    assert len(shown) == 2
