"""The Python API and the record it returns (shared/spec/analysis.md)."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

import empathos
from empathos.api import MAX_CHARS, make_request
from empathos.core.labels import EMOTIONS, EMPATHY_DIMENSIONS, MECHANISMS, STRATEGIES
from empathos.core.pipeline import Pipeline
from empathos.core.types import Request, Turn
from empathos.errors import InputError

BOSS = "My boss tore apart my presentation in front of everyone"
DRAFT = "You should stand up to him"


def check_record(record: dict[str, Any], *, has_reply: bool) -> None:
    """Every key of the contract, with its type and labels."""
    assert list(record) == ["id", "partner", "reply", "feedback", "suggestion"]
    partner = record["partner"]
    assert set(partner) == {"emotions", "seeks", "risk", "feeling"}
    assert partner["feeling"] is None or isinstance(partner["feeling"], str)
    scores = [e["score"] for e in partner["emotions"]]
    assert scores == sorted(scores, reverse=True)
    for emotion in partner["emotions"]:
        assert set(emotion) == {"label", "score"}
        assert emotion["label"] in EMOTIONS
        assert 0.0 <= emotion["score"] <= 1.0
    assert partner["seeks"] in ("empathy", "advice")
    assert partner["risk"] is None or set(partner["risk"]) == {"kind", "text"}
    assert isinstance(record["feedback"], list)
    assert record["suggestion"] is None or isinstance(record["suggestion"], str)
    json.dumps(record)  # plain JSON types only

    reply = record["reply"]
    if not has_reply:
        assert reply is None
        return
    assert set(reply) == {"empathy", "strategy", "mechanisms", "blocks", "score", "empathic"}
    assert list(reply["empathy"]) == list(EMPATHY_DIMENSIONS)
    assert all(level in (0, 1, 2) for level in reply["empathy"].values())
    strategy = reply["strategy"]
    assert list(strategy["scores"]) == list(STRATEGIES)
    assert strategy["label"] == max(strategy["scores"], key=strategy["scores"].__getitem__)
    assert math.isclose(sum(strategy["scores"].values()), 1.0, abs_tol=1e-3)
    assert set(reply["mechanisms"]) <= set(MECHANISMS)
    assert isinstance(reply["blocks"], list)
    assert isinstance(reply["score"], int) and 0 <= reply["score"] <= 100
    assert isinstance(reply["empathic"], bool)


def test_record_with_reply(fake_pipeline: Pipeline) -> None:
    record = empathos.analyze(BOSS, reply=DRAFT, pipeline=fake_pipeline)
    check_record(record, has_reply=True)
    assert record["id"] is None


def test_record_without_reply(fake_pipeline: Pipeline) -> None:
    check_record(empathos.analyze(BOSS, pipeline=fake_pipeline), has_reply=False)


@pytest.mark.parametrize("reply", [None, "", "   \n"])
def test_blank_reply_means_no_reply(fake_pipeline: Pipeline, reply: str | None) -> None:
    assert empathos.analyze(BOSS, reply=reply, pipeline=fake_pipeline)["reply"] is None


def test_same_input_same_record(fake_pipeline: Pipeline) -> None:
    first = empathos.analyze(BOSS, reply=DRAFT, pipeline=fake_pipeline)
    assert empathos.analyze(BOSS, reply=DRAFT, pipeline=fake_pipeline) == first


def test_context_and_needs_accepted(fake_pipeline: Pipeline) -> None:
    record = empathos.analyze(
        BOSS,
        reply=DRAFT,
        context=[{"speaker": "me", "text": "How was work?"}, Turn("partner", "Awful.")],
        partner_needs=["listen", "reassurance"],
        pipeline=fake_pipeline,
    )
    check_record(record, has_reply=True)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("Mi jefe destrozó mi presentación delante de todos 😞", "Lo siento mucho, ¿cómo estás?"),
        ("上司にみんなの前でプレゼンをけなされた", "それはつらかったね"),
        ("😭😭😭", "🫂❤️"),
        ("Mein Chef hat mich vor allen blamiert.", None),
    ],
)
def test_other_languages_and_emoji(
    fake_pipeline: Pipeline, partner: str, reply: str | None
) -> None:
    check_record(
        empathos.analyze(partner, reply=reply, pipeline=fake_pipeline), has_reply=reply is not None
    )


def test_analyze_many_keeps_order_and_ids(fake_pipeline: Pipeline) -> None:
    items: list[Request | dict[str, Any]] = [
        {"id": "a", "partner": BOSS, "reply": DRAFT},
        Request(partner="I can't sleep", id=2),
        {"id": {"nested": True}, "partner": BOSS},
    ]
    records = empathos.analyze_many(items, pipeline=fake_pipeline, batch_size=2)
    assert [r["id"] for r in records] == ["a", 2, {"nested": True}]
    check_record(records[0], has_reply=True)
    check_record(records[1], has_reply=False)
    # The same message gives the same partner analysis whatever batch it lands in.
    assert records[2]["partner"] == records[0]["partner"]


def test_analyze_many_matches_analyze(fake_pipeline: Pipeline) -> None:
    one = empathos.analyze(BOSS, reply=DRAFT, pipeline=fake_pipeline)
    many = empathos.analyze_many(
        [{"partner": "something else", "reply": "ok"}, {"partner": BOSS, "reply": DRAFT}],
        pipeline=fake_pipeline,
    )
    assert many[1] == one


def test_analyze_many_empty(fake_pipeline: Pipeline) -> None:
    assert empathos.analyze_many([], pipeline=fake_pipeline) == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"partner": 42}, "'partner' must be a string"),
        ({"partner": None}, "'partner' must be a string"),
        ({"partner": "   "}, "'partner' is empty"),
        ({"partner": "hi", "reply": ["x"]}, "'reply' must be a string"),
        ({"partner": "x" * (MAX_CHARS + 1)}, "the limit is"),
        ({"partner": "hi", "reply": "y" * (MAX_CHARS + 1)}, "'reply' is"),
        ({"partner": "hi", "partner_needs": ["hugs"]}, "unknown partner_needs"),
        ({"partner": "hi", "partner_needs": "listen"}, "'partner_needs' must be a list"),
        ({"partner": "hi", "context": "earlier"}, "'context' must be a list"),
        ({"partner": "hi", "context": [{"speaker": "boss", "text": "x"}]}, "context[0].speaker"),
        ({"partner": "hi", "context": [{"speaker": "me", "text": 3}]}, "context[0].text"),
        ({"partner": "hi", "context": ["just text"]}, "context[0] must be an object"),
    ],
)
def test_bad_input_raises_input_error(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InputError) as exc:
        make_request(**kwargs)
    assert message in str(exc.value)


def test_api_rejects_bad_input_before_loading_models(fake_pipeline: Pipeline) -> None:
    with pytest.raises(InputError):
        empathos.analyze("", pipeline=fake_pipeline)
    with pytest.raises(InputError):
        empathos.analyze_many([{"reply": "no partner"}], pipeline=fake_pipeline)


def test_input_error_is_a_value_error() -> None:
    # Callers that already catch ValueError for bad input keep working.
    assert issubclass(InputError, ValueError)
    assert issubclass(InputError, empathos.EmpathosError)


def test_long_text_within_limit(fake_pipeline: Pipeline) -> None:
    text = ("I keep thinking about it. " * 800)[:MAX_CHARS]
    check_record(empathos.analyze(text, reply=DRAFT, pipeline=fake_pipeline), has_reply=True)


def test_a_batch_encodes_each_given_text_once_and_nothing_else(fake_pipeline: Pipeline) -> None:
    encoder = fake_pipeline.encoder  # conftest's FakeEncoder, which records its calls
    empathos.analyze_many(
        [{"partner": "I had a bad day"}, {"partner": "hi", "reply": "hey"}, {"partner": "hi"}],
        pipeline=fake_pipeline,
    )
    assert encoder.calls == [["I had a bad day", "hi", "hey"]]
