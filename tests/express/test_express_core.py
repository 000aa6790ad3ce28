"""Say it gently, the pure part: harsh wording with spans, and clean gentle start-ups."""

from __future__ import annotations

import pytest

from empathos.core.couple.blocks import find_blocks
from empathos.express import EXPRESS_KINDS, express, find_harsh
from empathos.express.startup import situation_from
from empathos.express.topics import GENERAL, TOPICS
from empathos.practice.feelings import key, load_vocabulary

VOCABULARY = frozenset(key(w.word) for w in load_vocabulary().words)

HARSH = [
    ("You never listen to me", "criticism", "You never listen to me"),
    ("Why do you always leave your dishes in the sink?!", "hostile_question", None),
    ("You're so selfish. You forgot my birthday again.", "criticism", "You're so selfish."),
    ("What is wrong with you? You're an idiot.", "contempt", "You're an idiot."),
    ("You need to get off your phone", "demand", None),
    ("Ugh whatever, do what you want", "dismissal", None),
    ("You don't care about me at all", "criticism", None),
    ("u never text back", "criticism", "u never text back"),
]


@pytest.mark.parametrize(("draft", "kind", "quoted"), HARSH)
def test_harsh_wording_is_flagged_with_its_span(draft: str, kind: str, quoted: str | None) -> None:
    blocks = find_harsh(draft)
    assert kind in {b.kind for b in blocks}
    for block in blocks:
        assert block.kind in EXPRESS_KINDS
        assert draft[block.start : block.end] == block.text
    if quoted is not None:
        assert any(b.text == quoted for b in blocks if b.kind == kind)


def _clean(text: str) -> bool:
    """No harsh wording by express's own patterns, and no criticism or contempt block
    by the couple layer's reply patterns."""
    couple = {b.kind for b in find_blocks(text, advice_is_block=False)}
    return not find_harsh(text) and not couple & {"criticism", "contempt", "hostile_question"}


@pytest.mark.parametrize("draft", [d for d, _, _ in HARSH])
def test_gentle_start_ups_are_clean_and_varied(draft: str) -> None:
    result = express(draft, vocabulary=VOCABULARY)
    assert not result.already_gentle
    assert 2 <= len(result.gentle) <= 3
    assert len(set(result.gentle)) == len(result.gentle)
    for line in result.gentle:
        assert _clean(line), line
        assert result.feeling in line or any(f in line for f in VOCABULARY)


def test_start_up_is_built_from_the_drafts_own_words() -> None:
    result = express("You never listen to me", vocabulary=VOCABULARY)
    assert result.topic == "listening"
    assert any("when you don't listen to me" in g for g in result.gentle)
    assert result.feeling in VOCABULARY


def test_frames_differ_between_drafts() -> None:
    firsts = {
        express(d, vocabulary=VOCABULARY).gentle[0].split(" ")[0]
        for d in ("You never listen to me", "You never help", "You always leave the lights on")
    }
    assert len(firsts) > 1  # not one template


@pytest.mark.parametrize(
    ("draft", "situation"),
    [
        ("You NEVER listen to me!!", "when you don't listen to me"),
        ("Why don't you ever help with the kids?", "when you don't help with the kids"),
        ("you are always on your phone", "when you're on your phone"),
        ("We never go out anymore", "that we don't go out"),
        ("I'm sick of doing all the housework", "about doing all the housework"),
        ("You forgot my birthday", "that you forgot my birthday"),
        ("You're lazy", None),
    ],
)
def test_situation_from_the_draft(draft: str, situation: str | None) -> None:
    assert situation_from(draft) == situation


def test_already_gentle_says_what_is_good() -> None:
    result = express(
        "I feel lonely when we don't spend time together. Could we plan a date night?",
        vocabulary=VOCABULARY,
    )
    assert result.already_gentle and not result.blocks and result.gentle == ()
    assert result.feeling == "lonely"
    assert len(result.good) >= 3


def test_plain_complaint_gets_suggestions_without_blocks() -> None:
    result = express("We never go out anymore", vocabulary=VOCABULARY)
    assert not result.blocks and not result.already_gentle and result.gentle


def test_engine_emotions_pick_the_feeling_and_show_heat() -> None:
    sad = express("It's been a rough week", emotions=[{"label": "sadness", "score": 0.8}])
    assert sad.feeling == "sad"
    hot = express("You never help", emotions=[{"label": "anger", "score": 0.9}])
    assert hot.heat is not None and hot.heat.emotions == ("anger",)
    assert hot.feeling != "angry"  # a softer feeling under the anger


def test_risk_is_passed_through() -> None:
    risk = {"kind": "self_harm", "text": "I want to die"}
    assert express("I want to die", risk=risk).to_dict()["risk"] == risk


def test_record_shape() -> None:
    record = express("You never listen to me").to_dict()
    assert set(record) >= {"text", "blocks", "feeling", "gentle", "tips"}
    assert set(record["blocks"][0]) == {"kind", "text", "start", "end"}


@pytest.mark.parametrize("topic", [*TOPICS, GENERAL], ids=lambda t: t.id)
def test_every_authored_topic_reads_clean(topic: object) -> None:
    from empathos.express.topics import Topic

    assert isinstance(topic, Topic)
    for feeling in topic.feelings:
        assert feeling in VOCABULARY
    for need, ask in topic.needs:
        assert _clean(f"I need {need}."), need
        assert _clean(ask), ask
    assert _clean(f"I feel hurt about {topic.about}.")
