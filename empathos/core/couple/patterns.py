"""Shared pattern machinery: a named regex over normalised text (see text.py)."""

from __future__ import annotations

import itertools
import re

# CPython's own regex parser (private, the same since 3.11): literals are read out of a
# regex's parse tree, see required_strings.
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parser  # type: ignore[import-not-found]
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

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
    # Strings of which every match contains one (None: no such strings are known).
    needles: frozenset[str] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Hit:
    kind: str
    start: int  # offsets into the normalised text, widened to the clause
    end: int
    strength: int
    core: tuple[int, int]  # the words that matched, before widening


class PatternSet:
    """Patterns that run together over a text. The text is first searched for every
    pattern's needles (plain substring tests), and only the patterns whose needles
    it contains run their regex: most texts contain the needles of few patterns."""

    def __init__(self, patterns: Iterable[Pattern]):
        self.patterns = tuple(patterns)
        self._needles = tuple(sorted({n for p in self.patterns for n in p.needles or ()}))

    def __iter__(self) -> Iterator[Pattern]:
        return iter(self.patterns)

    def __len__(self) -> int:
        return len(self.patterns)

    def candidates(self, text: str) -> Iterator[Pattern]:
        present = {n for n in self._needles if n in text}
        for pattern in self.patterns:
            if pattern.needles is None or not present.isdisjoint(pattern.needles):
                yield pattern


def compile_patterns(
    kind: str,
    sources: Iterable[str],
    *,
    expand: bool = True,
    strength: int = 1,
    negatable: bool = False,
) -> tuple[Pattern, ...]:
    return tuple(
        Pattern(kind, regex, expand, strength, negatable, required_strings(regex))
        for regex in map(re.compile, sources)
    )


_MAX_STRINGS: Final = 256
_ZERO_WIDTH: Final = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS: Final = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}

Strings = frozenset[str]


def required_strings(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings of which every match of `regex` contains at least one, or None
    when the regex guarantees none (then it always runs).

    Read from the regex's parse tree: runs of literals (alternations of them
    multiplied out) are exact; a group, a repeat of at least one and an
    alternation whose every branch has its own requirement pass theirs up.
    """
    if regex.flags & re.IGNORECASE:
        return None
    try:
        tree = sre_parser.parse(regex.pattern, regex.flags)
        found = _required(list(tree))
    except Exception:  # a parser detail changed with the Python version: just don't filter
        return None
    return found or None


def _better(a: Strings | None, b: Strings | None) -> Strings | None:
    """The cheaper requirement to test: fewer strings, among those at least 3 long."""
    if a is None or b is None:
        return a if b is None else b
    return a if _selectivity(a) >= _selectivity(b) else b


def _selectivity(strings: Strings) -> tuple[int, int]:
    return min(min(map(len, strings)), 3), -len(strings)


def _required(sequence: Sequence[tuple[Any, Any]]) -> Strings | None:
    best: Strings | None = None
    run: Strings | None = frozenset({""})  # the exact strings of the current literal run
    for op, arg in sequence:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the literals on either side stay adjacent
        exact = _exact(op, arg)
        best = _better(best, _nonempty(exact))
        if exact is not None and run is not None:
            joined = frozenset(a + b for a, b in itertools.product(run, exact))
            if len(joined) <= _MAX_STRINGS:
                run = joined
                continue
        best = _better(best, _nonempty(run))
        run = exact
        if exact is None:
            best = _better(best, _inner_required(op, arg))
    return _better(best, _nonempty(run))


def _nonempty(strings: Strings | None) -> Strings | None:
    """`strings` as a requirement: none when one of them is empty (always present)."""
    return strings if strings and "" not in strings else None


def _union(options: list[Strings | None]) -> Strings | None:
    """What one of several alternatives requires: each must have a requirement."""
    if any(o is None for o in options):
        return None
    union = frozenset().union(*(o for o in options if o is not None))
    return union if len(union) <= _MAX_STRINGS else None


def _exact(op: Any, arg: Any) -> Strings | None:
    """Every string this element can match, when that is a small finite set."""
    if op is sre.LITERAL:
        return frozenset({chr(arg)})
    if op is sre.IN and all(item_op is sre.LITERAL for item_op, _ in arg):
        return frozenset(chr(code) for _, code in arg)
    if op is sre.SUBPATTERN and not arg[1] & re.IGNORECASE:
        return _exact_sequence(arg[3])
    if op is sre.BRANCH:
        return _union([_exact_sequence(branch) for branch in arg[1]])
    if op in _REPEATS and arg[0] == arg[1] == 1:
        return _exact_sequence(arg[2])
    return None


def _exact_sequence(sequence: Sequence[tuple[Any, Any]]) -> Strings | None:
    strings: Strings = frozenset({""})
    for op, arg in sequence:
        if op in _ZERO_WIDTH:
            continue
        exact = _exact(op, arg)
        if exact is None:
            return None
        strings = frozenset(a + b for a, b in itertools.product(strings, exact))
        if len(strings) > _MAX_STRINGS:
            return None
    return strings


def _inner_required(op: Any, arg: Any) -> Strings | None:
    if op is sre.SUBPATTERN and not arg[1] & re.IGNORECASE:
        return _required(arg[3])
    if op is sre.ATOMIC_GROUP:
        return _required(arg)
    if op in _REPEATS and arg[0] >= 1:
        return _required(arg[2])
    if op is sre.BRANCH:
        return _union([_required(branch) for branch in arg[1]])
    return None


_NEGATION = re.compile(r"\b(?:not|never|isnt|wasnt|arent|werent|dont|didnt|nobody|nothing)\b")


def negated(text: str, start: int) -> bool:
    """A negation shortly before `start`, in the same sentence."""
    window = text[max(0, start - 14) : start]
    # A negation in an earlier clause does not reach: "its nothing, stop worrying".
    for stop in ".!?\n,;":
        window = window.rsplit(stop, 1)[-1]
    return _NEGATION.search(window) is not None


def find_hits(norm: Normalized, patterns: PatternSet) -> Iterator[Hit]:
    text = norm.text
    for pattern in patterns.candidates(text):
        for match in pattern.regex.finditer(text):
            if match.end() == match.start():
                continue
            core = match.start(), match.end()
            if pattern.negatable and negated(text, core[0]):
                continue
            start, end = clause_bounds(text, *core) if pattern.expand else core
            yield Hit(pattern.kind, start, end, pattern.strength, core)
