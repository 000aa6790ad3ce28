"""The learned block signal adds the kinds no pattern caught, over the whole reply."""

from __future__ import annotations

from empathos.core.couple import assess
from empathos.core.labels import BLOCK_KINDS, EMOTIONS
from empathos.core.types import Request, Signals

NEUTRAL_EMPATHY = ((0.34, 0.33, 0.33),) * 3
UNIFORM_STRATEGY = (0.125,) * 8


def signals(threshold: float = 0.7, **block_probs: float) -> Signals:
    return Signals(
        emotions=(0.0,) * len(EMOTIONS),
        empathy=NEUTRAL_EMPATHY,
        strategy=UNIFORM_STRATEGY,
        blocks=tuple(block_probs.get(kind, 0.0) for kind in BLOCK_KINDS),
        block_threshold=threshold,
    )


def kinds(request: Request, sig: Signals) -> list[str]:
    return [b.kind for b in assess(request, sig).blocks]


def test_a_confident_kind_no_pattern_caught_is_added_over_the_whole_reply() -> None:
    reply = "  Sure, Jan.  "  # sarcasm no pattern knows
    request = Request("I had a rough day at work", reply)
    judged = assess(request, signals(contempt=0.9))
    added = [b for b in judged.blocks if b.kind == "contempt"]
    assert len(added) == 1
    block = added[0]
    assert reply[block.start : block.end] == block.text == reply.strip()
    assert judged.empathic is False


def test_below_the_threshold_nothing_is_added() -> None:
    request = Request("I had a rough day at work", "Tell me about it, what happened?")
    assert kinds(request, signals(contempt=0.69)) == []


def test_advice_from_the_model_only_counts_when_unasked() -> None:
    reply = "Maybe think about it differently tomorrow."
    asked = Request("What should I do about my boss?", reply)
    assert "advice" not in kinds(asked, signals(advice=0.95))
    vented = Request("My boss humiliated me today and I just need to vent", reply)
    assert "advice" in kinds(vented, signals(advice=0.95))


def test_a_kind_the_patterns_found_keeps_its_precise_span() -> None:
    reply = "That sounds hard. You should stand up to him."
    request = Request("My boss yelled at me in front of everyone", reply)
    advice = [b for b in assess(request, signals(advice=0.99)).blocks if b.kind == "advice"]
    assert len(advice) == 1
    assert advice[0].text != reply  # the pattern's sentence, not the whole reply


def test_the_model_overrules_advice_words_it_is_sure_are_no_advice() -> None:
    # "Take the space you need" words an offer like an order; the model reads the pair.
    request = Request("I need time alone this weekend", "Take the day, I'll keep the kids busy.")
    assert "advice" not in kinds(request, signals(advice=0.01))
    assert "advice" in kinds(request, signals(advice=0.3))  # unsure: the words stand


def test_advice_someone_asked_for_stays_welcome_whatever_the_block_model_says() -> None:
    # The block model learned advice as a block, so it rates asked-for advice low.
    request = Request("What should I do about my boss?", "Talk to HR, I'll help you write it.")
    judged = assess(request, signals(advice=0.0))
    assert judged.blocks == ()
    assert judged.empathic is True


def test_beside_a_block_the_words_found_the_model_needs_more_certainty() -> None:
    request = Request("I keep replaying the meeting", "You're overthinking it.")
    assert kinds(request, signals(criticism=0.8)) == ["minimizing"]
    assert sorted(kinds(request, signals(criticism=0.95))) == ["criticism", "minimizing"]


def test_warm_words_raise_the_bar_for_a_block_the_model_alone_sees() -> None:
    warm = Request("They called my report sloppy", "That's so unfair, I'm sorry. Come here.")
    assert kinds(warm, signals(threshold=0.6, defensiveness=0.65)) == []
    assert kinds(warm, signals(threshold=0.6, defensiveness=0.75)) == ["defensiveness"]
    flat = Request("They called my report sloppy", "Right, fine then.")
    assert kinds(flat, signals(threshold=0.6, defensiveness=0.65)) == ["defensiveness"]


def test_a_warm_reply_drops_a_cue_whose_kind_the_model_rules_out() -> None:
    reply = "That sounds so hard. Can we talk later? I want to give you my full attention."
    request = Request("I think I'm going to quit the choir", reply)
    cue_kinds = kinds(request, signals(dismissal=0.5))
    assert "dismissal" in cue_kinds, "the cue must fire for this test to mean anything"
    assert "dismissal" not in kinds(request, signals(dismissal=0.001))


def test_a_cold_reply_keeps_its_cue_whatever_the_model_says() -> None:
    request = Request("I think I'm going to quit the choir", "Can we talk later?")
    assert "dismissal" in kinds(request, signals(dismissal=0.0))
