"""Timed exercises as data, and the timeline one run follows (pure).

`parse_exercises` checks parsed TOML (exercises.toml); `timeline` turns an exercise
and a length into the steps to show, each with its seconds. `load_exercises` reads
the shipped file.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final

from empathos.errors import EmpathosError

EXERCISES_FILE: Final = "exercises.toml"
MAX_SECONDS: Final = 1800  # half an hour: longer is a typo, not a pause


class ExerciseDataError(EmpathosError):
    """The exercises file does not follow its schema."""


@dataclass(frozen=True)
class Step:
    text: str
    seconds: int


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    intro: str
    outro: str
    steps: tuple[Step, ...]
    repeat: bool  # a breathing cycle, repeated until its time is up
    seconds: int  # the default length

    @property
    def cycle_seconds(self) -> int:
        return sum(step.seconds for step in self.steps)


def _text(raw: Mapping[str, Any], field: str, where: str) -> str:
    value = raw.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ExerciseDataError(f"{where}: '{field}' must be a non-empty string")
    return value.strip()


def _steps(raw: object, where: str) -> tuple[Step, ...]:
    if not isinstance(raw, list) or not raw:
        raise ExerciseDataError(f"{where}: needs at least one step")
    steps = []
    for i, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            raise ExerciseDataError(f"{where} step {i}: not a table")
        seconds = item.get("seconds")
        if not isinstance(seconds, int) or isinstance(seconds, bool) or not 1 <= seconds <= 120:
            raise ExerciseDataError(f"{where} step {i}: 'seconds' must be 1 to 120")
        steps.append(Step(_text(item, "text", f"{where} step {i}"), seconds))
    return tuple(steps)


def parse_exercises(data: Mapping[str, Any]) -> dict[str, Exercise]:
    table = data.get("exercise")
    if not isinstance(table, dict) or not table:
        raise ExerciseDataError(f"{EXERCISES_FILE}: no [exercise.<id>] tables")
    out = {}
    for id_, raw in table.items():
        where = f"{EXERCISES_FILE}: exercise {id_!r}"
        if not isinstance(raw, dict):
            raise ExerciseDataError(f"{where}: not a table")
        if ("cycle" in raw) == ("steps" in raw):
            raise ExerciseDataError(f"{where}: give either 'cycle' or 'steps'")
        repeat = "cycle" in raw
        steps = _steps(raw.get("cycle") if repeat else raw.get("steps"), where)
        total = sum(s.seconds for s in steps)
        seconds = raw.get("seconds", total)
        if not isinstance(seconds, int) or isinstance(seconds, bool) or seconds < 1:
            raise ExerciseDataError(f"{where}: 'seconds' must be a positive whole number")
        name, intro, outro = (_text(raw, f, where) for f in ("name", "intro", "outro"))
        out[str(id_)] = Exercise(str(id_), name, intro, outro, steps, repeat, seconds)
    return out


def timeline(exercise: Exercise, seconds: int | None = None) -> tuple[Step, ...]:
    """The steps of one run lasting `seconds` (the exercise's own length if None).

    A breathing cycle repeats and the last round stops when time is up; guided
    steps are stretched or shrunk in proportion, each at least one second.
    """
    total = exercise.seconds if seconds is None else seconds
    if not 1 <= total <= MAX_SECONDS:
        raise ValueError(f"seconds must be between 1 and {MAX_SECONDS}; got {total}")
    if exercise.repeat:
        out: list[Step] = []
        left = total
        while left > 0:
            for step in exercise.steps:
                if left <= 0:
                    break
                out.append(Step(step.text, min(step.seconds, left)))
                left -= step.seconds
        return tuple(out)
    scale = total / exercise.cycle_seconds
    return tuple(Step(s.text, max(1, round(s.seconds * scale))) for s in exercise.steps)


@functools.cache
def load_exercises() -> dict[str, Exercise]:
    file = resources.files("empathos.selfreg").joinpath(EXERCISES_FILE)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ExerciseDataError(f"{EXERCISES_FILE}: cannot read: {exc}") from None
    return parse_exercises(data)
