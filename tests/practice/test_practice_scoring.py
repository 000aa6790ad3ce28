"""Felt-heard and the partner's state, from hand-made analysis records (no engine)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from empathos.practice import scoring
from empathos.practice.scoring import Change, engine_needs, next_state, score_reply

MakeRecord = Callable[..., dict[str, Any]]  # the `record` fixture of conftest.py


def _change(delta: int, blocked: tuple[str, ...] = (), escalation: bool = False) -> Change:
    return Change(delta, (), (), blocked, blocked, escalation)


def test_mechanisms_levels_and_score_add_up(record: MakeRecord) -> None:
    rec = record("x", ["interpretation", "validation"], empathy=(1, 1, 0), score=70)
    change = score_reply(rec, "x", "to_be_heard", 30)
    assert dict(change.reasons) == {"interpretation": 10, "validation": 10, "depth": 4, "score": 6}
    assert change.delta == 30 and not change.blocked and not change.escalation


def test_no_reply_gains_more_than_the_cap(record: MakeRecord) -> None:
    mechanisms = ["emotional_reaction", "interpretation", "exploration", "validation"]
    rec = record("x", mechanisms, empathy=(2, 2, 2), score=40)
    change = score_reply(rec, "x", "to_be_heard", 10)
    assert change.delta == scoring.MAX_GAIN
    assert ("cap", scoring.MAX_GAIN - 35 - 12) in change.reasons


def test_blocks_cost_by_kind_and_contempt_is_worst(record: MakeRecord) -> None:
    costs = {
        kind: -score_reply(record("x", blocks=[kind], score=40), "x", "to_be_heard", 50).delta
        for kind in scoring.BLOCK_COST
    }
    assert costs == scoring.BLOCK_COST
    assert max(costs, key=costs.__getitem__) == "contempt"
    assert sorted(costs, key=costs.__getitem__)[-2] == "criticism"


@pytest.mark.parametrize("kind", sorted(scoring.ESCALATING_BLOCKS))
def test_attacks_escalate(record: MakeRecord, kind: str) -> None:
    change = score_reply(record("x", blocks=[kind], score=40), "x", "to_be_heard", 50)
    assert change.escalation
    assert next_state(50 + change.delta, change, "guarded") == "escalating"


def test_a_block_in_a_warm_reply_is_a_mixed_reading(record: MakeRecord) -> None:
    reply = "I'm so sorry. What was the hardest part?"
    whole = record(reply, ["emotional_reaction", "exploration"], ["hostile_question"], score=40)
    change = score_reply(whole, reply, "to_be_heard", 40)
    assert ("hostile_question", -8) in change.reasons  # half of 16
    assert change.blocked == ("hostile_question",) and change.sharp == ()
    assert not change.escalation
    # The same kind on some of the words counts in full.
    part = record(
        reply, ["emotional_reaction"], [("hostile_question", "What was the hardest part?")]
    )
    assert score_reply(part, reply, "to_be_heard", 40).sharp == ("hostile_question",)


def test_the_same_words_twice_land_half_as_well(record: MakeRecord) -> None:
    rec = record("That sounds hard.", ["emotional_reaction"], score=40)
    first = score_reply(rec, "That sounds hard.", "to_be_heard", 30)
    again = score_reply(rec, "that  sounds hard.", "to_be_heard", 30, ["That sounds hard."])
    assert first.delta == 8 and again.delta == 4


def test_space_rewards_room_and_punishes_pressure(record: MakeRecord) -> None:
    offer = "I'm here whenever you want to talk."
    gentle = score_reply(record(offer, ["emotional_reaction"], score=40), offer, "space", 20)
    assert ("space_offer", scoring.SPACE_OFFER_GAIN) in gentle.reasons
    push = "Talk to me. What happened? Why are you like this?"
    pushed = score_reply(record(push, ["exploration"], score=40), push, "space", 20)
    assert ("pressure", -scoring.PRESSURE_COST) in pushed.reasons
    assert ("exploration", 7) not in pushed.reasons  # questions are no gift to this partner
    assert next_state(20 + pushed.delta, pushed, "guarded") == "withdrawing"
    # The same questions for a partner who wants to be heard are curiosity.
    heard = score_reply(record(push, ["exploration"], score=40), push, "to_be_heard", 20)
    assert heard.delta == 7 and not heard.blocked


def test_a_plan_is_welcome_only_once_they_feel_heard(record: MakeRecord) -> None:
    plan = "What if we split the list tonight?"
    early = score_reply(record(plan, score=40), plan, "a_plan", 30)
    ready = score_reply(record(plan, score=40), plan, "a_plan", scoring.PLAN_READY)
    assert ("plan", scoring.PLAN_GAIN) not in early.reasons
    assert ("plan", scoring.PLAN_GAIN) in ready.reasons
    assert engine_needs("a_plan", 30) == ("listen",)
    assert engine_needs("a_plan", scoring.PLAN_READY) == ("listen", "advice")
    assert engine_needs("space", 90) == ("space",)
    assert engine_needs("reassurance", 0) == ("reassurance",)
    assert engine_needs("to_be_heard", 0) == ("listen",)


def test_reassurance_and_asking_what_they_need(record: MakeRecord) -> None:
    reply = "I'm not going anywhere. What do you need from me?"
    change = score_reply(record(reply, score=40), reply, "reassurance", 30)
    assert {"reassurance", "asks_needs"} <= set(change.landed)
    assert change.delta == scoring.REASSURANCE_GAIN + scoring.ASK_NEEDS_GAIN
    blocked = score_reply(record(reply, blocks=["advice"], score=40), reply, "reassurance", 30)
    assert "reassurance" not in blocked.landed  # a block spoils the cue


@pytest.mark.parametrize(
    ("level", "change", "previous", "state"),
    [
        (85, _change(20), "opening_up", "heard"),
        (85, _change(-6, ("self_focus",)), "opening_up", "withdrawing"),
        (40, _change(12), None, "opening_up"),
        (55, _change(3), "guarded", "opening_up"),  # past halfway a small rise keeps them going
        (30, _change(3), "guarded", "guarded"),
        (30, _change(-3), "guarded", "guarded"),  # a flat reply: they cool, they don't leave
        (20, _change(-10), "guarded", "withdrawing"),
        (20, _change(-8, ("advice",)), "opening_up", "withdrawing"),
        (20, _change(-20, ("criticism",), True), "guarded", "escalating"),
        (20, _change(-20, ("criticism",), True), "escalating", "gave_up"),  # two in a row
        (0, _change(-15, ("dismissal",)), None, "withdrawing"),  # one repair is always possible
        (0, _change(-15, ("dismissal",)), "withdrawing", "gave_up"),
        (0, _change(-2), "guarded", "guarded"),
    ],
)
def test_next_state(level: int, change: Change, previous: str | None, state: str) -> None:
    assert next_state(level, change, previous) == state  # type: ignore[arg-type]


def test_apply_clamps() -> None:
    assert scoring.apply(95, _change(30)) == 100
    assert scoring.apply(5, _change(-30)) == 0


def test_start_by_difficulty() -> None:
    assert [scoring.start_level(d) for d in (1, 2, 3)] == [30, 20, 10]
