"""Phrasings from the train3 batch (other voices: terse, emoji, non-native English,
teen, formal) that the couple layer used to miss. Spans quote the reply's words."""

from __future__ import annotations

import pytest

from empathos.core.couple.blocks import find_blocks
from empathos.core.couple.mechanisms import find_mechanisms
from empathos.core.couple.seeks import asks_for_advice


@pytest.mark.parametrize(
    ("reply", "kind", "text"),
    [
        (
            "Next time prepare the numbers before the call.",
            "advice",
            "Next time prepare the numbers before the call.",
        ),
        (
            "Is better you ask the boss for the bigger project.",
            "advice",
            "Is better you ask the boss for the bigger project.",
        ),
        ("Plenty more jobs out there.", "minimizing", "Plenty more jobs out there."),
        (
            "that's literally not true?? i spend every weekend with u",
            "defensiveness",
            "that's literally not true??",
        ),
        (
            "I'm sorry. But you were short with me first.",
            "defensiveness",
            "you were short with me first.",
        ),
        (
            "You ought to have had the brakes looked at in the spring.",
            "criticism",
            "You ought to have had the brakes looked at in the spring.",
        ),
        (
            "u procrastinate literally everything tho",
            "criticism",
            "u procrastinate literally everything",
        ),
        ("Yeah yeah, you're always the victim.", "contempt", "you're always the victim."),
        ("ok boomer lol", "contempt", "ok boomer"),
        ("Can it wait till the weekend?", "dismissal", "Can it wait till the weekend?"),
        ("Mine was worse.", "self_focus", "Mine was worse."),
        (
            "I had quite a morning myself with the council.",
            "self_focus",
            "I had quite a morning myself with the council.",
        ),
        (
            "since when do u care about mine??",
            "hostile_question",
            "since when do u care about mine??",
        ),
        (
            "Why I must meet all your friends?",
            "hostile_question",
            "Why I must meet all your friends?",
        ),
        (
            "Oh, now you're a driving instructor?",
            "hostile_question",
            "now you're a driving instructor?",
        ),
    ],
)
def test_new_phrasings(reply: str, kind: str, text: str) -> None:
    blocks = find_blocks(reply, advice_is_block=True)
    assert kind in {b.kind for b in blocks}
    block = next(b for b in blocks if b.kind == kind)
    assert block.text == text
    assert reply[block.start : block.end] == block.text


def test_an_imperative_inside_a_hostile_question_is_not_advice() -> None:
    blocks = find_blocks("What do you want me to do, quit?", advice_is_block=True)
    assert {b.kind for b in blocks} == {"hostile_question"}


def test_we_will_is_not_an_opener_before_an_imperative() -> None:
    reply = "Everything happens for a reason, we'll try again."
    assert {b.kind for b in find_blocks(reply, advice_is_block=True)} == {"minimizing"}


def test_a_hostile_question_explores_nothing() -> None:
    reply = "Where is this even coming from?"
    assert [b.kind for b in find_blocks(reply, advice_is_block=True)] == ["hostile_question"]
    spans = tuple((b.start, b.end) for b in find_blocks(reply, advice_is_block=True))
    assert "exploration" not in find_mechanisms(reply, blocked=spans)


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (
            "It sounds like you've been really hard on yourself lately. What's been making you "
            "feel that way?",
            {"interpretation", "exploration"},
        ),
        (
            "That's entirely understandable, dear. It must feel very quiet without them.",
            {"interpretation", "validation"},
        ),
        (
            "nooo 😭 that's so much!! totally get why ur fried 💕",
            {"emotional_reaction", "validation"},
        ),
        (
            "That's so much to juggle at once. No wonder you're overwhelmed.",
            {"interpretation", "validation"},
        ),
    ],
)
def test_new_mechanism_phrasings(reply: str, expected: set[str]) -> None:
    assert set(find_mechanisms(reply)) == expected


def test_formal_ask_for_advice() -> None:
    assert asks_for_advice("Do you think I ought to tell Robert about his wife's remarks?")
    assert asks_for_advice("What you think, I should tell my landlord by phone or by letter?")
