"""Blocks: the right kind, and spans that quote the reply's own words."""

from __future__ import annotations

import pytest

from empathos.core.couple.blocks import find_blocks
from empathos.core.labels import BLOCK_KINDS, STRATEGIES
from empathos.core.types import Signals


def kinds(reply: str, *, advice_is_block: bool = True) -> set[str]:
    return {b.kind for b in find_blocks(reply, advice_is_block=advice_is_block)}


def test_advice_span_covers_the_whole_sentence() -> None:
    reply = "Oh no. You should stand up to him. I love you."
    (block,) = find_blocks(reply, advice_is_block=True)
    assert block.kind == "advice"
    assert block.text == "You should stand up to him."
    assert reply[block.start : block.end] == block.text


@pytest.mark.parametrize(
    ("reply", "kind"),
    [
        ("You should stand up to him", "advice"),
        ("u shld just quit tbh", "advice"),
        ("have u tried talking to her", "advice"),
        ("Go on a walk, it helps.", "advice"),
        ("Keep going to the gym.", "advice"),
        ("At least you still have a job.", "minimizing"),
        ("its not that big a deal lol", "minimizing"),
        ("stop worrying babe itll be fine", "minimizing"),
        ("I was just trying to help!", "defensiveness"),
        ("thats not true i do plenty around here", "defensiveness"),
        ("You always do this.", "criticism"),
        ("if u had practiced more this wouldnt have happened", "criticism"),
        ("Here we go again with the drama.", "contempt"),
        ("ur so dramatic 🙄", "contempt"),
        ("whatever", "dismissal"),
        ("k", "dismissal"),
        ("can we talk about this later", "dismissal"),
        ("Anyway, did you remember to call the plumber?", "dismissal"),
        ("That's nothing, my boss yelled at me in front of a client.", "self_focus"),
        ("ugh same my day was awful", "self_focus"),
        ("What is it with you? Why are you so crabby?", "hostile_question"),
        ("why r u being like this", "hostile_question"),
    ],
)
def test_each_kind_in_plain_and_texting_style(reply: str, kind: str) -> None:
    blocks = find_blocks(reply, advice_is_block=True)
    assert kind in {b.kind for b in blocks}
    for block in blocks:
        assert block.kind in BLOCK_KINDS
        assert reply[block.start : block.end] == block.text
        assert block.text.strip() == block.text and block.text


def test_spans_map_back_through_shorthand_and_emoji() -> None:
    reply = "omg 😩 u need to chill. at least ur not fired lol"
    blocks = find_blocks(reply, advice_is_block=True)
    assert {b.kind for b in blocks} == {"minimizing"} | kinds(reply)
    minimizing = next(b for b in blocks if b.kind == "minimizing")
    assert "at least ur not fired" in minimizing.text
    assert reply[minimizing.start : minimizing.end] == minimizing.text


def test_several_messages_in_a_row_each_get_their_block() -> None:
    reply = "ugh\njust stop making plans with her\nits not worth the stress"
    blocks = find_blocks(reply, advice_is_block=True)
    assert {b.kind for b in blocks} == {"advice", "minimizing"}
    assert [b.text for b in blocks] == [
        "just stop making plans with her",
        "its not worth the stress",
    ]


def test_solicited_advice_is_not_a_block() -> None:
    assert kinds("You should stand up to him.", advice_is_block=False) == set()
    assert kinds("You should stand up to him. You always cave.", advice_is_block=False) == {
        "criticism"
    }


@pytest.mark.parametrize(
    "reply",
    [
        "You're not overreacting at all.",
        "It's not your fault.",
        "That's not fair to you, I'm so sorry.",
        "You must be exhausted.",
        "Do you want to talk about it?",
        "Tell me more, I'm listening.",
        "Whatever you need, I'm here.",
        "You always work so hard for everyone.",
        "I'm so sorry. That sounds humiliating.",
        "Your boss is being ridiculous.",  # scorn for whoever hurt them sides with them
        "Take all the time you need.",
        "you don't have to go through this alone",
        "im here for u always",
        "Go on, get it all out.",  # an invitation to keep talking, not advice
        "Keep going, I'm listening.",
    ],
)
def test_empathic_phrasings_are_not_blocks(reply: str) -> None:
    assert kinds(reply) == set()


def test_confident_strategy_model_backs_up_weak_advice_cues() -> None:
    reply = "maybe a long walk tomorrow morning would clear your head"
    assert kinds(reply) == set()
    strategy = [0.0] * len(STRATEGIES)
    strategy[STRATEGIES.index("providing_suggestions")] = 0.9
    signals = Signals((0.0,) * 28, ((0.3, 0.4, 0.3),) * 3, tuple(strategy))
    (block,) = find_blocks(reply, advice_is_block=True, signals=signals)
    assert block.kind == "advice"
    assert reply[block.start : block.end] == block.text
    # Without a cue in the words, the model alone cannot invent advice.
    assert find_blocks("I love you so much.", advice_is_block=True, signals=signals) == ()
