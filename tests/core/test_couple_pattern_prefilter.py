"""The needle prefilter of the couple patterns: it skips a regex only where it cannot match."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from empathos.core.couple import blocks, mechanisms
from empathos.core.couple.patterns import PatternSet, find_hits, required_strings
from empathos.core.couple.text import normalize
from empathos.express import startup

PAIRS = Path(__file__).resolve().parents[2] / "data" / "couples" / "pairs.jsonl"


@pytest.mark.parametrize(
    ("source", "needles"),
    [
        (r"\bcheer up\b|bright side", {"cheer up", "bright side"}),
        (r"(?:im|i am) (?:busy|watching)", {"busy", "watching"}),
        (r"\b(?:youre|you are) (?:so|really)+ (?!not)x[ab]?", {"youre ", "you are "}),
        (r"(?:^|(?<=[.!?]))\s*(?:ok )*you should", {"you should"}),
        (r"❤|💕", {"❤", "💕"}),
        (r"\w+ly", {"ly"}),
        (r"[^a]bc|x", {"bc", "x"}),
        (r"you(?i:r)", {"you"}),  # the case-blind part promises nothing
        (r"a|b?", None),  # may match the empty string
        (r"(?:so )?", None),
        (r"(?i)sorry", None),
    ],
)
def test_needles_are_literals_every_match_contains(source: str, needles: set[str] | None) -> None:
    assert required_strings(re.compile(source)) == needles


def test_the_prefilter_changes_no_hit_on_the_couple_cases() -> None:
    cases = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    texts = [normalize(c["reply"]) for c in cases[::3]]
    texts += [normalize(c["partner"]) for c in cases[::7]]
    for patterns in (blocks.PATTERNS, mechanisms.PATTERNS, startup._PATTERNS):
        assert all(p.needles for p in patterns)  # every shipped pattern is filtered
        unfiltered = PatternSet(dataclasses.replace(p, needles=None) for p in patterns)
        for norm in texts:
            assert list(find_hits(norm, patterns)) == list(find_hits(norm, unfiltered)), norm.text
