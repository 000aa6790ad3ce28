"""The look-back core: turns, bids, answers and the running tally, without the engine."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from empathos.core.lookback.answers import classify_answer
from empathos.core.lookback.bids import find_bid
from empathos.core.lookback.messages import ChatMessage
from empathos.core.lookback.summary import Tally
from empathos.core.lookback.turns import MAX_TURN_CHARS, ChatTurn, group_turns
from empathos.core.types import Analysis, Block, PartnerAnalysis, ReplyAnalysis, Strategy

T0 = datetime(2024, 3, 1, 18, 0)
WINDOW = timedelta(hours=6)


def message(minute: int, sender: str, text: str, kind: str = "text") -> ChatMessage:
    when = T0 + timedelta(minutes=minute)
    return ChatMessage(when, sender, text, line=minute + 1, kind=kind)  # type: ignore[arg-type]


def turn(text: str, sender: str = "Linda", minute: int = 0, media: int = 0) -> ChatTurn:
    when = T0 + timedelta(minutes=minute)
    return ChatTurn(sender, text, when, when, line=1, messages=1, media=media)


def test_consecutive_messages_by_one_person_are_one_turn() -> None:
    turns = list(
        group_turns(
            [
                message(0, "Linda", "ugh"),
                message(1, "Linda", "worst day ever"),
                message(2, "Linda", "", kind="media"),
                message(5, "Josh", "oh no, what happened?"),
            ],
            WINDOW,
        )
    )
    assert [(t.sender, t.text, t.messages, t.media) for t in turns] == [
        ("Linda", "ugh\nworst day ever", 3, 1),
        ("Josh", "oh no, what happened?", 1, 0),
    ]
    assert turns[0].ended_at == T0 + timedelta(minutes=2)


def test_a_long_pause_starts_a_new_turn_by_the_same_person() -> None:
    messages = [message(0, "Linda", "I'm so tired"), message(7 * 60, "Linda", "hello?")]
    turns = list(group_turns(messages, WINDOW))
    assert [t.text for t in turns] == ["I'm so tired", "hello?"]


def test_a_monologue_is_cut_for_reading_but_every_message_counts() -> None:
    many = [message(i, "Linda", "x" * 300) for i in range(20)]
    (only,) = group_turns(many, WINDOW)
    assert only.messages == 20
    assert len(only.text) <= MAX_TURN_CHARS


@pytest.mark.parametrize(
    ("text", "level", "kind"),
    [
        ("I had the worst day, my boss yelled at me in front of everyone", "bid", "complaint"),
        ("im so tired", "bid", "feeling"),
        ("what if the biopsy is bad", "bid", "worry"),
        ("I GOT THE JOB!!!", "bid", "good_news"),
        ("can we talk tonight?", "bid", "need"),
        ("you never have time for me lately", "bid", "complaint"),
        ("this job is killing me", "bid", "complaint"),
        ("how was your day?", "small_bid", "question"),
        ("look at this haha", "small_bid", "share"),
        ("good morning ❤️", "small_bid", "attention"),
    ],
)
def test_bids_are_found_and_named(text: str, level: str, kind: str) -> None:
    bid = find_bid(turn(text))
    assert bid is not None
    assert (bid.level, bid.kind) == (level, kind)


@pytest.mark.parametrize(
    "text",
    ["dinner at 8?", "ok", "on my way", "can you buy milk", "the plumber comes Tuesday", "👍"],
)
def test_logistics_are_no_bid(text: str) -> None:
    assert find_bid(turn(text)) is None


def test_a_shared_photo_is_a_small_bid() -> None:
    bid = find_bid(turn("", media=1))
    assert bid is not None and bid.level == "small_bid"


def analysis(
    mechanisms: tuple[str, ...] = (), blocks: tuple[Block, ...] = (), score: int = 50
) -> Analysis:
    return Analysis(
        partner=PartnerAnalysis(emotions=(), seeks="empathy"),
        reply=ReplyAnalysis(
            empathy={"emotional_reactions": 0, "interpretations": 0, "explorations": 0},
            strategy=Strategy("others", {}),
            mechanisms=mechanisms,
            blocks=blocks,
            score=score,
            empathic=bool(mechanisms) and not blocks,
        ),
    )


BID = turn("I had the worst day", minute=0)


def test_no_answer_within_the_window_turns_away() -> None:
    late = turn("hey", sender="Josh", minute=7 * 60)
    assert classify_answer(BID, late, WINDOW).direction == "away"
    assert classify_answer(BID, None, WINDOW).reason == "no answer within 6 h"


def test_a_hostile_block_turns_against_even_with_warm_words() -> None:
    answer = turn("oh no. you always make a drama", sender="Josh", minute=3)
    criticism = Block("criticism", "you always make a drama", 8, 31)
    warm_but_critical = analysis(("emotional_reaction",), (criticism,))
    judged = classify_answer(BID, answer, WINDOW, analysis=warm_but_critical)
    assert (judged.direction, judged.reason) == ("against", "criticism")
    assert judged.waited == timedelta(minutes=3)


def test_mechanisms_turn_toward() -> None:
    answer = turn("that sounds awful, what happened?", sender="Josh", minute=2)
    judged = classify_answer(BID, answer, WINDOW, analysis=analysis(("exploration",)))
    assert judged.direction == "toward"


def test_changing_the_subject_turns_away() -> None:
    answer = turn("did you see my charger anywhere", sender="Josh", minute=2)
    assert classify_answer(BID, answer, WINDOW, analysis=analysis()).direction == "away"


def test_advice_still_engages_with_the_bid() -> None:
    answer = turn("you should talk to HR", sender="Josh", minute=2)
    advice = Block("advice", "you should talk to HR", 0, 21)
    judged = classify_answer(BID, answer, WINDOW, analysis=analysis(blocks=(advice,)))
    assert judged.direction == "toward"
    assert judged.blocks == (advice,)


def test_small_bids_are_judged_from_the_words() -> None:
    photo = turn("look at this dog", minute=0)
    assert classify_answer(photo, turn("haha so cute", "Josh", 1), WINDOW).direction == "toward"
    errand = turn("can you call the bank", "Josh", 1)
    assert classify_answer(photo, errand, WINDOW).direction == "away"


def test_the_tally_counts_answers_for_the_person_who_answered() -> None:
    tally = Tally()
    tally.add_person("Linda")
    tally.add_person("Josh")
    bid = find_bid(BID)
    assert bid is not None
    tally.add_turn(BID, bid)
    answer = turn("that sounds awful, what happened?", sender="Josh", minute=30)
    tally.add_turn(answer, find_bid(answer))
    judged = classify_answer(BID, answer, WINDOW, analysis=analysis(("exploration",), score=80))
    tally.add_answer(BID, bid, "Josh", answer, judged, analysis(("exploration",), score=80))
    summary = tally.to_dict()
    josh, linda = summary["people"]["Josh"], summary["people"]["Linda"]
    assert linda["bids_made"] == 1 and josh["bids_made"] == 0
    assert josh["answers"] == {"toward": 1, "away": 0, "against": 0}
    assert josh["turning_toward_rate"] == 1.0
    assert linda["turning_toward_rate"] is None  # Josh made no bid for her to answer
    assert josh["empathy_mean"] == 80.0
    assert josh["response_minutes_median"] == 30.0
    assert josh["positive_to_negative"] is None and josh["positive"] == 1
    assert [m["month"] for m in summary["months"]] == ["2024-03"]
    assert summary["moments"]["warmest"][0]["answer"] == answer.text
