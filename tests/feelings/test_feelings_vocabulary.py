"""The feelings vocabulary validates and links: to the couple layer's feeling words,
to the reading exercise's choices and to GoEmotions labels."""

from __future__ import annotations

import pytest

from empathos.core.couple import feelings as couple_feelings
from empathos.core.labels import EMOTIONS
from empathos.practice.feelings import load_vocabulary, parse_vocabulary
from empathos.practice.reading import CHOICES
from empathos.practice.schema import PracticeDataError

VOCABULARY = load_vocabulary()


def test_layered_from_bad_to_precise() -> None:
    assert [r.word for r in VOCABULARY.roots()] == ["bad", "good"]
    under_bad = {w.word for w in VOCABULARY.descendants("bad")}
    assert {"embarrassed", "left out", "overwhelmed"} <= under_bad
    assert [w.word for w in VOCABULARY.path("left out")] == ["bad", "hurt", "left out"]
    assert len(VOCABULARY.words) >= 70


def test_synonyms_and_spelling_are_forgiven() -> None:
    assert VOCABULARY.get("Excluded").word == "left out"
    assert VOCABULARY.get("burnt-out").word == "burned out"
    assert VOCABULARY.find("blah") is None


def test_every_word_has_a_meaning_and_inherits_labels() -> None:
    for word in VOCABULARY.words:
        assert word.meaning.endswith(".")
        labels = VOCABULARY.goemotions(word.word)
        assert (labels == ()) == (word.parent is None), word.word
        assert set(labels) <= set(EMOTIONS) - {"neutral"}


def test_the_couple_layers_feeling_words_are_all_here() -> None:
    for person in couple_feelings._FEELINGS:
        assert VOCABULARY.find(person) is not None, person


def test_every_reading_choice_is_a_vocabulary_word() -> None:
    for word, _ in CHOICES:
        assert VOCABULARY.find(word) is not None, word


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "no \\[\\[feeling"),
        ({"feeling": [{"word": "x"}]}, "'meaning'"),
        ({"feeling": [{"word": "x", "meaning": "m", "parent": "y"}]}, "defined above"),
        (
            {
                "feeling": [
                    {"word": "x", "meaning": "m"},
                    {"word": "y", "meaning": "m", "also": ["X"]},
                ]
            },
            "already used",
        ),
        ({"feeling": [{"word": "x", "meaning": "m", "goemotions": ["neutral"]}]}, "not GoEmotions"),
        ({"feeling": [{"word": "x", "meaning": "m", "colour": "red"}]}, "unknown field"),
    ],
)
def test_bad_data_names_the_problem(data: dict[str, object], message: str) -> None:
    with pytest.raises(PracticeDataError, match=message):
        parse_vocabulary(data)
