"""Checks parsed TOML and builds the practice types, or says exactly what is wrong.

Pure: takes what `tomllib` returned plus the file's name (for messages). Every error
names the file, the scenario and the field, so an author can fix it in one look:

    scenarios/chores.toml: scenario 'chores-never-help': 'need' must be one of
    to_be_heard, reassurance, a_plan, space; got 'hug'

A theme file:

    theme = "chores"                      # one of types.THEMES
    [[scenario]]
    id = "chores-never-help"              # lower-case words joined by '-'
    title = "You never help"
    direction = "criticism"               # support | criticism
    situation = "..."                     # what happened, told to you
    partner = { name = "Maya", gender = "woman", pronouns = "she/her" }
    you = "man"                           # optional: your role's gender (default "any")
    opening = "You never help with anything around here."
    emotions = ["anger", "disappointment"]        # GoEmotions labels
    need = "to_be_heard"                  # to_be_heard | reassurance | a_plan | space
    skills = ["self_regulation", "validation"]    # curriculum ids
    difficulty = 2                        # 1-3
    model_answers = ["...", "...", "..."]         # >= 3 warm replies, in order
    [scenario.responses]                  # every state, >= 2 distinct lines (>= 3 opening_up)
    opening_up = ["...", "...", "..."]
    guarded = ["...", "..."]
    withdrawing = [...]
    escalating = [...]
    heard = [...]
    gave_up = [...]

The shared file `_common.toml` holds `[common]` with generic lines per open state,
used only when a scenario's own lines for a state are spent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Final, cast

from empathos.core.labels import EMOTIONS, SKILLS
from empathos.errors import EmpathosError
from empathos.practice.types import (
    CURRICULUM_IDS,
    DEFAULT_MIN_VARIANTS,
    DIRECTIONS,
    GENDERS,
    MIN_MODEL_ANSWERS,
    MIN_VARIANTS,
    NEEDS,
    OPEN_STATES,
    STATES,
    THEMES,
    Curriculum,
    CurriculumEntry,
    Direction,
    Need,
    Partner,
    Scenario,
)

_ID: Final = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SCENARIO_KEYS: Final = frozenset(
    {
        "id",
        "title",
        "direction",
        "situation",
        "partner",
        "you",
        "opening",
        "emotions",
        "need",
        "skills",
        "difficulty",
        "model_answers",
        "responses",
    }
)
_OPTIONAL: Final = frozenset({"you"})
_PARTNER_KEYS: Final = frozenset({"name", "gender", "pronouns"})
_ENTRY_KEYS: Final = frozenset(
    {"id", "kind", "name", "explanation", "why", "sounds_like", "not_like", "exercises"}
)
MAX_TEXT: Final = 600  # longer than any chat message a scenario should open with


class PracticeDataError(EmpathosError):
    """A scenario or curriculum file does not follow the schema."""


class _Where:
    """Where an error is: the file, then the item inside it."""

    def __init__(self, source: str, item: str = "") -> None:
        self.source = source
        self.item = item

    def error(self, message: str) -> PracticeDataError:
        place = f"{self.source}: {self.item}: " if self.item else f"{self.source}: "
        return PracticeDataError(place + message)

    def text(self, raw: Mapping[str, Any], key: str) -> str:
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(f"'{key}' must be a non-empty string")
        if len(value) > MAX_TEXT:
            raise self.error(f"'{key}' is {len(value)} characters; keep it under {MAX_TEXT}")
        return value.strip()

    def choice(self, raw: Mapping[str, Any], key: str, options: Sequence[str]) -> str:
        value = raw.get(key)
        if value not in options:
            raise self.error(f"'{key}' must be one of {', '.join(options)}; got {value!r}")
        return cast(str, value)

    def texts(
        self, raw: Mapping[str, Any], key: str, minimum: int, options: Sequence[str] = ()
    ) -> tuple[str, ...]:
        value = raw.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.error(f"'{key}' must be a list of non-empty strings")
        items = tuple(v.strip() for v in value)
        if len(items) < minimum:
            raise self.error(f"'{key}' needs at least {minimum}; got {len(items)}")
        if len(set(items)) != len(items):
            raise self.error(f"'{key}' repeats an item: every line must be different")
        if options:
            unknown = [v for v in items if v not in options]
            if unknown:
                raise self.error(f"'{key}' has unknown {unknown}; known: {', '.join(options)}")
        for item in items:
            if len(item) > MAX_TEXT:
                raise self.error(f"'{key}' has a line of {len(item)} characters (max {MAX_TEXT})")
        return items

    def keys(
        self, raw: Mapping[str, Any], allowed: frozenset[str], required: frozenset[str]
    ) -> None:
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise self.error(f"unknown field(s) {unknown}; known: {', '.join(sorted(allowed))}")
        missing = sorted(required - set(raw))
        if missing:
            raise self.error(f"missing field(s) {missing}")


def parse_theme_file(raw: Mapping[str, Any], source: str) -> tuple[Scenario, ...]:
    """The scenarios of one theme file."""
    where = _Where(source)
    where.keys(raw, frozenset({"theme", "scenario"}), frozenset({"theme", "scenario"}))
    theme = where.choice(raw, "theme", THEMES)
    items = raw["scenario"]
    if not isinstance(items, list) or not items:
        raise where.error("'scenario' must be a list of [[scenario]] tables")
    return tuple(parse_scenario(item, source, theme, i) for i, item in enumerate(items))


def parse_scenario(raw: object, source: str, theme: str, index: int = 0) -> Scenario:
    if not isinstance(raw, Mapping):
        raise _Where(source, f"scenario #{index + 1}").error("must be a table")
    ident = raw.get("id")
    where = _Where(source, f"scenario {ident!r}" if ident else f"scenario #{index + 1}")
    where.keys(raw, _SCENARIO_KEYS, _SCENARIO_KEYS - _OPTIONAL)
    if not isinstance(ident, str) or not _ID.match(ident):
        raise where.error(f"'id' must be lower-case words joined by '-'; got {ident!r}")
    difficulty = raw.get("difficulty")
    if isinstance(difficulty, bool) or difficulty not in (1, 2, 3):
        raise where.error(f"'difficulty' must be 1, 2 or 3; got {difficulty!r}")
    return Scenario(
        id=ident,
        title=where.text(raw, "title"),
        theme=theme,
        direction=cast(Direction, where.choice(raw, "direction", DIRECTIONS)),
        situation=where.text(raw, "situation"),
        partner=_partner(raw.get("partner"), where),
        opening=where.text(raw, "opening"),
        emotions=where.texts(raw, "emotions", 1, EMOTIONS),
        need=cast(Need, where.choice(raw, "need", NEEDS)),
        skills=where.texts(raw, "skills", 1, CURRICULUM_IDS),
        difficulty=int(difficulty),
        responses=_responses(raw.get("responses"), where),
        model_answers=where.texts(raw, "model_answers", MIN_MODEL_ANSWERS),
        you=where.choice(raw, "you", (*GENDERS, "any")) if "you" in raw else "any",
        source=source,
    )


def _partner(raw: object, where: _Where) -> Partner:
    if not isinstance(raw, Mapping):
        raise where.error("'partner' must be a table {name, gender, pronouns}")
    inner = _Where(where.source, f"{where.item}: partner")
    inner.keys(raw, _PARTNER_KEYS, _PARTNER_KEYS)
    pronouns = inner.text(raw, "pronouns")
    if not re.fullmatch(r"[a-z]+/[a-z]+", pronouns):
        raise inner.error(f"'pronouns' must look like 'she/her'; got {pronouns!r}")
    return Partner(
        name=inner.text(raw, "name"),
        gender=inner.choice(raw, "gender", GENDERS),
        pronouns=pronouns,
    )


def _responses(raw: object, where: _Where) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, Mapping):
        raise where.error(f"'responses' must be a table with {', '.join(STATES)}")
    inner = _Where(where.source, f"{where.item}: responses")
    inner.keys(raw, frozenset(STATES), frozenset(STATES))
    out = {
        state: inner.texts(raw, state, MIN_VARIANTS.get(state, DEFAULT_MIN_VARIANTS))
        for state in STATES
    }
    seen: dict[str, str] = {}
    for state, lines in out.items():
        for line in lines:
            if line in seen:
                raise inner.error(f"{line!r} is in both '{seen[line]}' and '{state}'")
            seen[line] = state
    return out


def parse_common(raw: Mapping[str, Any], source: str) -> dict[str, tuple[str, ...]]:
    """Generic lines per open state, for when a scenario's own are spent."""
    where = _Where(source)
    where.keys(raw, frozenset({"common"}), frozenset({"common"}))
    common = raw["common"]
    if not isinstance(common, Mapping):
        raise where.error("'common' must be a table")
    inner = _Where(source, "common")
    inner.keys(common, frozenset(OPEN_STATES), frozenset(OPEN_STATES))
    return {state: inner.texts(common, state, 6) for state in OPEN_STATES}


def parse_curriculum(raw: Mapping[str, Any], source: str) -> Curriculum:
    where = _Where(source)
    where.keys(raw, frozenset({"entry"}), frozenset({"entry"}))
    items = raw["entry"]
    if not isinstance(items, list):
        raise where.error("'entry' must be a list of [[entry]] tables")
    entries = []
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            raise _Where(source, f"entry #{i + 1}").error("must be a table")
        inner = _Where(source, f"entry {item.get('id')!r}")
        inner.keys(item, _ENTRY_KEYS, _ENTRY_KEYS)
        ident = inner.choice(item, "id", CURRICULUM_IDS)
        entries.append(
            CurriculumEntry(
                id=ident,
                kind=cast(Any, inner.choice(item, "kind", ("component", "skill"))),
                name=inner.text(item, "name"),
                explanation=inner.text(item, "explanation"),
                why=inner.text(item, "why"),
                sounds_like=inner.texts(item, "sounds_like", 2),
                not_like=inner.texts(item, "not_like", 2),
                exercises=inner.texts(item, "exercises", 1),
                engine_skill=ident in SKILLS,
            )
        )
    ids = [e.id for e in entries]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        raise where.error(f"entries {duplicated} appear more than once")
    missing = [i for i in CURRICULUM_IDS if i not in ids]
    if missing:
        raise where.error(f"no entry for {missing}: every skill id needs one")
    return Curriculum(tuple(entries))
