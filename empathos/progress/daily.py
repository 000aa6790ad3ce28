"""Daily habits: today's check-in question, one small thing to do together, and a
ten-minute presence prompt, each picked from authored lists by the date.

Pure: the lists come in (`library.load_daily()` reads `daily/*.toml`) and so does the day.
The same day always gives the same picks, on every machine. Within a cycle of as many
days as a list is long, no item comes twice, and no two days in a row share one.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final, TypeVar

from empathos.errors import EmpathosError

ID_PATTERN: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Each list has its own seed, so a question and an idea do not move in lockstep.
SALTS: Final = {"questions": "question", "together": "together", "presence": "presence"}


class DailyDataError(EmpathosError):
    """An authored daily file is malformed; the message names the file and entry."""


@dataclass(frozen=True)
class Question:
    id: str
    text: str


@dataclass(frozen=True)
class Idea:
    """One small thing to do together today."""

    id: str
    text: str


@dataclass(frozen=True)
class PresencePrompt:
    """Ten minutes of undivided attention, in a few plain steps."""

    id: str
    title: str
    text: str


@dataclass(frozen=True)
class Daily:
    questions: tuple[Question, ...]
    together: tuple[Idea, ...]
    presence: tuple[PresencePrompt, ...]

    def question(self, day: date) -> Question:
        return pick(self.questions, day, SALTS["questions"])

    def idea(self, day: date) -> Idea:
        return pick(self.together, day, SALTS["together"])

    def presence_prompt(self, day: date) -> PresencePrompt:
        return pick(self.presence, day, SALTS["presence"])


T = TypeVar("T")


def _cycle_order(count: int, cycle: int, salt: str) -> list[int]:
    order = list(range(count))
    # A string seed is hashed with SHA-512 by `random`: the same on every run and machine.
    random.Random(f"{salt}:{cycle}").shuffle(order)
    return order


def pick(items: Sequence[T], day: date, salt: str) -> T:
    """The item for `day`: each cycle of len(items) days is a shuffled pass over them."""
    if not items:
        raise ValueError("nothing to pick from")
    count = len(items)
    if count <= 2:  # nothing to shuffle: alternate
        return items[day.toordinal() % count]
    cycle, position = divmod(day.toordinal(), count)
    order = _cycle_order(count, cycle, salt)
    if order[0] == _cycle_order(count, cycle - 1, salt)[-1]:
        order[0], order[1] = order[1], order[0]  # no repeat across the seam of two cycles
    return items[order[position]]


# --- parsing the authored files -----------------------------------------------------


def _entries(data: Mapping[str, Any], key: str, name: str) -> list[Mapping[str, Any]]:
    entries = data.get(key)
    if not isinstance(entries, list) or not entries:
        raise DailyDataError(f"{name}: needs at least one [[{key}]] entry")
    out = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, Mapping):
            raise DailyDataError(f"{name}: [[{key}]] number {number} is not a table")
        out.append(entry)
    return out


def _field(entry: Mapping[str, Any], field: str, name: str, number: int) -> str:
    value = entry.get(field)
    if not isinstance(value, str) or not value.strip():
        raise DailyDataError(f"{name}: entry {number}: '{field}' must be non-empty text")
    return " ".join(value.split())


def _ids(entries: Sequence[Mapping[str, Any]], name: str) -> list[str]:
    ids = []
    for number, entry in enumerate(entries, 1):
        ident = _field(entry, "id", name, number)
        if not ID_PATTERN.fullmatch(ident):
            raise DailyDataError(
                f"{name}: entry {number}: 'id' must be lower-case words joined by '-'; "
                f"got {ident!r}"
            )
        if ident in ids:
            raise DailyDataError(f"{name}: the id {ident!r} is used twice")
        ids.append(ident)
    return ids


def parse_questions(data: Mapping[str, Any], name: str) -> tuple[Question, ...]:
    entries = _entries(data, "question", name)
    ids = _ids(entries, name)
    return tuple(
        Question(ids[n], _field(entry, "text", name, n + 1)) for n, entry in enumerate(entries)
    )


def parse_together(data: Mapping[str, Any], name: str) -> tuple[Idea, ...]:
    entries = _entries(data, "idea", name)
    ids = _ids(entries, name)
    return tuple(
        Idea(ids[n], _field(entry, "text", name, n + 1)) for n, entry in enumerate(entries)
    )


def parse_presence(data: Mapping[str, Any], name: str) -> tuple[PresencePrompt, ...]:
    entries = _entries(data, "prompt", name)
    ids = _ids(entries, name)
    return tuple(
        PresencePrompt(
            ids[n], _field(entry, "title", name, n + 1), _field(entry, "text", name, n + 1)
        )
        for n, entry in enumerate(entries)
    )
