"""Shared pattern machinery: a named regex over normalised text (see text.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from empathos.core.couple.text import Normalized, clause_bounds

# Reusable pieces, written for the normalised form (no apostrophes, "u" -> "you").
YOURE: Final = r"(?:youre|you are|your|you r)"
IM: Final = r"(?:im|i am)"
# An address or softener that may open a sentence without changing what it does.
OPENER: Final = (
    r"(?:(?:ok|oh|well|so|babe|hon|honey|love|dude|man|look|listen|honestly|seriously|"
    r"girl|bro|sweetie|then|and|yeah|yes|lol|i mean|come on|omg|ugh|hmm|tbh|to be honest)"
    r"[ ,.!]+)*"
)


@dataclass(frozen=True)
class Pattern:
    """One cue: `kind` is what it signals; `expand` widens the match to its clause;
    `strength` settles overlaps between kinds (higher wins)."""

    kind: str
    regex: re.Pattern[str]
    expand: bool = True
    strength: int = 1
    negatable: bool = False  # "not a big deal" fires; "you're not overreacting" must not


@dataclass(frozen=True)
class Hit:
    kind: str
    start: int  # offsets into the normalised text, widened to the clause
    end: int
    strength: int
    core: tuple[int, int]  # the words that matched, before widening


def compile_patterns(
    kind: str,
    sources: Iterable[str],
    *,
    expand: bool = True,
    strength: int = 1,
    negatable: bool = False,
) -> tuple[Pattern, ...]:
    return tuple(Pattern(kind, re.compile(s), expand, strength, negatable) for s in sources)


_NEGATION = re.compile(r"\b(?:not|never|isnt|wasnt|arent|werent|dont|didnt|nobody|nothing)\b")


def negated(text: str, start: int) -> bool:
    """A negation shortly before `start`, in the same sentence."""
    window = text[max(0, start - 14) : start]
    # A negation in an earlier clause does not reach: "its nothing, stop worrying".
    for stop in ".!?\n,;":
        window = window.rsplit(stop, 1)[-1]
    return _NEGATION.search(window) is not None


def find_hits(norm: Normalized, patterns: Iterable[Pattern]) -> Iterator[Hit]:
    text = norm.text
    for pattern in patterns:
        for match in pattern.regex.finditer(text):
            if match.end() == match.start():
                continue
            core = match.start(), match.end()
            if pattern.negatable and negated(text, core[0]):
                continue
            start, end = clause_bounds(text, *core) if pattern.expand else core
            yield Hit(pattern.kind, start, end, pattern.strength, core)
