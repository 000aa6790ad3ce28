"""Empathy mechanisms from phrases, with the EPITOME model as a cautious backup."""

from __future__ import annotations

import dataclasses

import pytest

from empathos.core.couple.mechanisms import find_mechanisms
from empathos.core.types import Signals


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("That sounds so hard. I'm so sorry.", {"emotional_reaction"}),
        ("You must feel humiliated.", {"interpretation"}),
        ("How are you feeling about it?", {"exploration"}),
        ("what happened??", {"exploration"}),
        ("Of course you're hurt.", {"validation"}),
        ("It makes sense that you're upset.", {"validation"}),
        ("ugh im so sorry babe, of course ur upset. what happened?",
         {"emotional_reaction", "validation", "exploration"}),
        ("k", set()),
    ],
)
def test_phrases(reply: str, expected: set[str]) -> None:
    assert set(find_mechanisms(reply)) == expected


def test_words_that_trigger_a_block_are_not_empathy() -> None:
    reply = "What is it with you?"
    assert find_mechanisms(reply, blocked=((0, len(reply)),)) == ()


def test_confident_model_adds_only_where_words_hint() -> None:
    confident = Signals((0.0,) * 28, ((0.0, 0.0, 1.0),) * 3, (0.125,) * 8)
    assert "exploration" in find_mechanisms("and then?", confident)
    assert find_mechanisms("ok", confident) == ()


def test_couple_model_adds_what_it_is_sure_of_outside_blocked_clauses() -> None:
    reply = "so you stayed late to fix it and still got blamed"
    sure = Signals((0.0,) * 28, mechanisms=(0.1, 0.9, 0.2, 0.6), mechanism_threshold=0.5)
    assert find_mechanisms(reply, sure) == ("interpretation", "validation")
    # A reply that is all block gets nothing from a model that cannot point at words.
    assert find_mechanisms(reply, sure, block_spans=((0, len(reply)),)) == ()
    unsure = Signals((0.0,) * 28, mechanisms=(0.1, 0.4, 0.2, 0.3), mechanism_threshold=0.5)
    assert find_mechanisms(reply, unsure) == ()


def test_couple_model_overrules_word_cues_it_is_sure_are_absent() -> None:
    reply = "Are you serious right now? Over a text?"  # a question mark, not curiosity
    confident = Signals((0.0,) * 28, ((0.0, 0.0, 1.0),) * 3, (0.125,) * 8)
    assert "exploration" in find_mechanisms(reply, confident)
    sure_not = dataclasses.replace(confident, mechanisms=(0.3, 0.3, 0.01, 0.3))
    assert "exploration" not in find_mechanisms(reply, sure_not)
    unsure = dataclasses.replace(confident, mechanisms=(0.3, 0.3, 0.2, 0.3))
    assert "exploration" in find_mechanisms(reply, unsure)
