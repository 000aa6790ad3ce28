"""Reads the shipped scenario and curriculum files (the I/O edge of practice mode).

    scenarios/<theme>.toml     one file per theme, [[scenario]] tables (schema.py)
    scenarios/_common.toml     shared partner lines per open state
    curriculum/curriculum.toml the components of empathy and the everyday skills

A folder can be given instead of the shipped one, for tests and for authors trying
out new scenarios.
"""

from __future__ import annotations

import difflib
import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Final

from empathos.errors import InputError
from empathos.practice.schema import (
    PracticeDataError,
    parse_common,
    parse_curriculum,
    parse_theme_file,
)
from empathos.practice.types import THEMES, Curriculum, Scenario

COMMON_FILE: Final = "_common.toml"
CURRICULUM_FILE: Final = "curriculum.toml"


@dataclass(frozen=True)
class Library:
    scenarios: tuple[Scenario, ...]  # by theme (types.THEMES order), then as in the file
    common: dict[str, tuple[str, ...]]

    def ids(self) -> list[str]:
        return [s.id for s in self.scenarios]

    def find(self, key: str) -> Scenario:
        """A scenario by id, or by its number in the list (1-based)."""
        key = key.strip()
        for scenario in self.scenarios:
            if scenario.id == key:
                return scenario
        if key.isdigit() and 1 <= int(key) <= len(self.scenarios):
            return self.scenarios[int(key) - 1]
        close = difflib.get_close_matches(key, self.ids(), n=3, cutoff=0.5)
        shown = close or [s.id for s in self.scenarios[:: max(1, len(self.scenarios) // 4)]][:4]
        raise InputError(
            f"no scenario {key!r}; try {', '.join(shown)} "
            f"(all {len(self.scenarios)}: empathos practice --list)"
        )


def _read(file: Traversable, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise PracticeDataError(f"{name}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise PracticeDataError(f"{name}: not valid TOML: {exc}") from None


def _toml_files(folder: Traversable) -> list[Traversable]:
    return sorted(
        (f for f in folder.iterdir() if f.name.endswith(".toml") and f.is_file()),
        key=lambda f: f.name,
    )


def _shipped(sub: str) -> Traversable:
    return resources.files("empathos.practice").joinpath(sub)


def load_library(folder: Path | None = None) -> Library:
    """All scenarios and the shared lines, checked; raises PracticeDataError naming the
    file and field of the first problem."""
    if folder is None:
        return _shipped_library()
    return _load_library(folder, folder.name)


@functools.lru_cache(maxsize=1)
def _shipped_library() -> Library:
    return _load_library(_shipped("scenarios"), "scenarios")


def _load_library(folder: Traversable, label: str) -> Library:
    scenarios: list[Scenario] = []
    common: dict[str, tuple[str, ...]] = {}
    for file in _toml_files(folder):
        name = f"{label}/{file.name}"
        raw = _read(file, name)
        if file.name == COMMON_FILE:
            common = parse_common(raw, name)
        else:
            scenarios += parse_theme_file(raw, name)
    if not scenarios:
        raise PracticeDataError(f"{label}: no scenario files (*.toml)")
    _check_unique(scenarios)
    _check_not_shared(scenarios, common)
    order = {theme: i for i, theme in enumerate(THEMES)}
    ranked = sorted(enumerate(scenarios), key=lambda p: (order[p[1].theme], p[0]))
    return Library(tuple(s for _, s in ranked), common)


def _check_unique(scenarios: Iterable[Scenario]) -> None:
    seen: dict[str, str] = {}
    for scenario in scenarios:
        if scenario.id in seen:
            raise PracticeDataError(
                f"{scenario.source}: scenario {scenario.id!r}: the id is also used in "
                f"{seen[scenario.id]}; ids must be unique"
            )
        seen[scenario.id] = scenario.source


def _check_not_shared(scenarios: Iterable[Scenario], common: dict[str, tuple[str, ...]]) -> None:
    """A scenario line that is also a shared line could be said twice in one session."""
    shared = {line for lines in common.values() for line in lines}
    for scenario in scenarios:
        for state, lines in scenario.responses.items():
            for line in lines:
                if line in shared:
                    raise PracticeDataError(
                        f"{scenario.source}: scenario {scenario.id!r}: responses: '{state}' has "
                        f"{line!r}, which is also a shared line in {COMMON_FILE}; reword it"
                    )


def load_curriculum(file: Path | None = None) -> Curriculum:
    if file is None:
        return _shipped_curriculum()
    return parse_curriculum(_read(file, file.name), file.name)


@functools.lru_cache(maxsize=1)
def _shipped_curriculum() -> Curriculum:
    name = f"curriculum/{CURRICULUM_FILE}"
    return parse_curriculum(_read(_shipped("curriculum").joinpath(CURRICULUM_FILE), name), name)


def training(library: Library, skill: str) -> list[str]:
    """The ids of the scenarios that train a skill."""
    return [s.id for s in library.scenarios if skill in s.skills]
