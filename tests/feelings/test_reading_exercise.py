"""Reading feelings: the shipped GoEmotions sample validates, and guesses score against
the raters with cues explained."""

from __future__ import annotations

import itertools
import json
from importlib import resources

import pytest

from empathos.practice.feelings import load_vocabulary
from empathos.practice.reading import (
    CHOICES,
    Item,
    choice_of,
    cues,
    guess_labels,
    load_sample,
    parse_sample,
    pick,
    score,
    summary,
)
from empathos.practice.schema import PracticeDataError

VOCABULARY = load_vocabulary()
ANNOYED = Item("x1", "Ugh, not again!", ("annoyance",))


def test_sample_is_shipped_with_its_licence() -> None:
    items = load_sample()
    assert len(items) == 300
    assert {choice_of(i.labels) for i in items} == {word for word, _ in CHOICES}
    folder = resources.files("empathos.practice.reading")
    notice = folder.joinpath("NOTICE").read_text(encoding="utf-8")
    assert "GoEmotions" in notice and "Apache License, Version 2.0" in notice
    assert "Apache License" in folder.joinpath("LICENSE-APACHE-2.0").read_text(encoding="utf-8")


def test_sample_items_are_short_and_clean() -> None:
    from empathos.training.reading_sample import _BLOCKED, MAX_CHARS

    for item in load_sample():
        assert len(item.text) <= MAX_CHARS
        assert not _BLOCKED.search(item.text), item.text
        assert "neutral" not in item.labels


def test_sampling_is_reproducible_from_the_corpus() -> None:
    from empathos.training.reading_sample import DEFAULT_DATA, draw

    if not (DEFAULT_DATA / "dev.tsv").is_file():
        pytest.skip("the GoEmotions corpus is not at ../shared/data")
    shipped = [{"id": i.id, "text": i.text, "labels": list(i.labels)} for i in load_sample()]
    assert draw(DEFAULT_DATA) == shipped


@pytest.mark.parametrize(
    ("guess", "points"),
    [("annoyed", 2), ("1", 2), ("irritated", 2), ("angry", 1), ("furious", 1), ("happy", 0)],
)
def test_scoring(guess: str, points: int) -> None:
    assert score(ANNOYED, guess, VOCABULARY).points == points


def test_too_broad_or_unknown_scores_nothing() -> None:
    assert guess_labels("bad", VOCABULARY) == ("bad", ())
    assert score(ANNOYED, "bad", VOCABULARY).points == 0
    assert score(ANNOYED, "zzz", VOCABULARY).points == 0


def test_cues_explain_the_words() -> None:
    explained = cues("Ugh, not again!", ["annoyance"])
    assert explained[0].startswith("'Ugh' is a groan") and "annoyance" in explained[0]
    assert any("exclamation point" in c for c in explained)
    assert cues("It is what it is.", ["sadness"]) == [
        "no single word gives it away; the raters read the tone as a whole"
    ]


def test_pick_is_seeded_and_varied() -> None:
    items = load_sample()
    first = pick(items, 5, seed=1)
    assert first == pick(items, 5, seed=1) != pick(items, 5, seed=2)
    answers = [choice_of(i.labels) for i in first]
    assert all(a != b for a, b in itertools.pairwise(answers))


def test_summary() -> None:
    scored = [score(ANNOYED, g, VOCABULARY) for g in ("annoyed", "angry", "happy")]
    assert summary(scored) == {"items": 3, "points": 3, "max_points": 6, "correct": 1, "close": 1}
    assert scored[0].to_dict()["answer"] == "annoyed"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "not JSON"),
        (json.dumps({"id": "a", "text": "t", "labels": ["neutral"]}), "labels"),
        (json.dumps({"id": "a", "text": "t", "labels": ["joy", "anger"]}), "labels"),
        (json.dumps({"id": "", "text": "t", "labels": ["joy"]}), "'id'"),
    ],
)
def test_bad_sample_lines(line: str, message: str) -> None:
    with pytest.raises(PracticeDataError, match=message):
        parse_sample(line)
