"""A practice session with a scripted engine: requests in context, partner lines, endings,
the result's shape and the debrief."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from empathos.core.pipeline import Pipeline
from empathos.errors import InputError
from empathos.practice import (
    Session,
    SessionResult,
    load_library,
    pipeline_analyze,
    run_replies,
)
from empathos.practice.debrief import mechanism_quotes, skill_values, turn_cues
from empathos.practice.session import TURN_LIMIT, LinePicker
from empathos.practice.types import OPEN_STATES, Scenario

MakeRecord = Callable[..., dict[str, Any]]  # conftest.py fixtures
Scripted = Callable[..., Any]

WARM = "That sounds exhausting. It makes sense you're fed up. What felt heaviest?"
COMMON = load_library().common
WARM_MECHANISMS = ["emotional_reaction", "validation", "exploration"]


@pytest.fixture
def scenario() -> Scenario:
    return next(s for s in load_library().scenarios if s.id == "chores-never-help")


def _session(scenario: Scenario, engine: Any, **kwargs: Any) -> Session:
    return Session(scenario, engine, common=COMMON, **kwargs)


def _run(scenario: Scenario, replies: list[str], engine: Any, **kwargs: Any) -> SessionResult:
    return run_replies(scenario, replies, engine, common=COMMON, **kwargs)


def test_each_reply_is_analyzed_in_context(
    scenario: Scenario, record: MakeRecord, scripted: Scripted
) -> None:
    engine = scripted([record(WARM, WARM_MECHANISMS, score=70)] * 2)
    session = _session(scenario, engine)
    first = session.reply(WARM)
    session.reply("I hear you.")
    one, two = engine.requests
    assert one.partner == scenario.opening and one.context == ()
    assert one.reply == WARM and one.partner_needs == ("listen",)
    assert two.partner == first.partner  # the partner's last words
    assert [(t.speaker, t.text) for t in two.context] == [
        ("partner", scenario.opening),
        ("me", WARM),
    ]


def test_a_plan_partner_gets_advice_on_the_needs_card_once_ready(
    record: MakeRecord, scripted: Scripted
) -> None:
    plan = next(s for s in load_library().scenarios if s.need == "a_plan" and s.difficulty == 1)
    engine = scripted([record(WARM, WARM_MECHANISMS, empathy=(2, 2, 2), score=90)] * 2)
    session = _session(plan, engine)
    session.reply(WARM)
    session.reply(WARM + " Again.")
    assert engine.requests[0].partner_needs == ("listen",)
    assert engine.requests[1].partner_needs == ("listen", "advice")


def test_warm_replies_reach_heard(
    scenario: Scenario, record: MakeRecord, scripted: Scripted
) -> None:
    engine = scripted(
        [record(f"{WARM} {i}", WARM_MECHANISMS, empathy=(1, 1, 1), score=80) for i in range(6)]
    )
    result = _run(scenario, [f"{WARM} {i}" for i in range(6)], engine)
    assert result.outcome == "heard"
    assert result.felt_heard[0] == 20 and result.felt_heard[-1] >= 80
    assert result.turns[-1].state == "heard"
    assert result.turns[-1].partner in scenario.responses["heard"]
    assert len(result.turns) < 6  # it stops as soon as they feel heard


def test_attacks_end_in_gave_up(scenario: Scenario, record: MakeRecord, scripted: Scripted) -> None:
    replies = ["That's not true!", "You're so dramatic.", "Whatever."]
    engine = scripted(
        [
            record(r, blocks=[k], score=20)
            for r, k in zip(replies, ["defensiveness", "contempt", "dismissal"], strict=True)
        ]
    )
    result = _run(scenario, replies, engine)
    assert [t.state for t in result.turns] == ["escalating", "gave_up"]
    assert result.outcome == "gave_up"
    assert result.turns[-1].partner in scenario.responses["gave_up"]


def test_flat_replies_run_out_of_turns(
    scenario: Scenario, record: MakeRecord, scripted: Scripted
) -> None:
    engine = scripted([record(f"ok {i}", score=40) for i in range(9)])
    result = _run(scenario, [f"ok {i}" for i in range(9)], engine, max_turns=4)
    assert result.outcome == "turns_out" and len(result.turns) == 4
    assert {t.state for t in result.turns} == {"guarded"}


def test_answers_can_run_out_and_a_session_can_stop(
    scenario: Scenario, record: MakeRecord, scripted: Scripted
) -> None:
    result = _run(scenario, ["ok"], scripted([record("ok", score=40)]))
    assert result.outcome == "answers_out"
    session = _session(scenario, scripted([]))
    session.stop("quit")
    assert session.result().outcome == "quit"
    assert session.result().to_dict()["turns"] == []
    assert session.result().debrief["alternative"] is None
    with pytest.raises(InputError, match="over"):
        session.reply("hello")


def test_bad_replies_and_turn_limits(scenario: Scenario, scripted: Scripted) -> None:
    session = _session(scenario, scripted([]))
    with pytest.raises(InputError, match="empty"):
        session.reply("   ")
    with pytest.raises(InputError, match="2,000"):
        session.reply("x" * 2001)
    with pytest.raises(InputError, match="between 1 and 8"):
        _session(scenario, scripted([]), max_turns=TURN_LIMIT + 1)


def test_no_line_is_said_twice_in_a_session() -> None:
    library = load_library()
    for scenario in library.scenarios:
        for seed in (0, 1):
            picker = LinePicker(scenario, library.common, seed)
            said = [picker.pick(state) for state in OPEN_STATES for _ in range(TURN_LIMIT)]
            said += [picker.pick("heard"), picker.pick("gave_up")]
            assert len(said) == len(set(said)), scenario.id
            # The scenario's own lines come before the shared ones.
            assert picker.pick("heard") in scenario.responses["heard"]


def test_lines_follow_the_seed(scenario: Scenario) -> None:
    common = load_library().common

    def lines(seed: int) -> list[str]:
        picker = LinePicker(scenario, common, seed)
        return [picker.pick("opening_up") for _ in range(3)]

    assert lines(3) == lines(3)
    assert len({tuple(lines(seed)) for seed in range(8)}) > 1


def test_result_dict_is_plain_json(
    scenario: Scenario, record: MakeRecord, scripted: Scripted
) -> None:
    engine = scripted(
        [
            record(WARM, WARM_MECHANISMS, score=70),
            record("Whatever.", blocks=["dismissal"], score=20),
        ]
    )
    data = _run(scenario, [WARM, "Whatever."], engine, seed=5).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert list(data) == ["scenario", "seed", "turns", "felt_heard", "outcome", "debrief"]
    assert data["scenario"] == scenario.id and data["seed"] == 5
    turn = data["turns"][0]
    assert {"reply", "analysis", "felt_heard", "partner", "state", "change", "reasons"} <= set(turn)
    assert data["felt_heard"] == [20, *(t["felt_heard"] for t in data["turns"])]
    assert set(data["debrief"]) == {
        "summary",
        "felt_heard",
        "worked",
        "blocked",
        "alternative",
        "skills",
    }


def test_debrief_quotes_what_worked_and_what_blocked(
    scenario: Scenario, record: MakeRecord, scripted: Scripted
) -> None:
    advice = "You should just make a chore chart."
    reply2 = f"I'm sorry. {advice}"
    engine = scripted(
        [
            record(WARM, WARM_MECHANISMS, score=70),
            record(
                reply2,
                ["emotional_reaction"],
                [("advice", advice)],
                score=30,
                suggestion="Oh love.",
            ),
        ]
    )
    debrief = _run(scenario, [WARM, reply2], engine).debrief
    worked = {(w["turn"], w["mechanism"]): w["quote"] for w in debrief["worked"]}
    assert worked[(1, "emotional_reaction")] == "That sounds exhausting."
    assert worked[(1, "validation")] == "It makes sense you're fed up."
    assert worked[(1, "exploration")] == "What felt heaviest?"
    assert debrief["blocked"] == [{"turn": 2, "kind": "advice", "quote": advice}]
    assert debrief["alternative"] == {
        "turn": 2,
        "reply": reply2,
        "change": debrief["alternative"]["change"],
        "suggestion": "Oh love.",
        "source": "engine",
    }
    assert debrief["alternative"]["change"] < 0
    assert debrief["summary"].startswith("Your answers ran out after 2 replies")


def test_alternative_falls_back_to_the_scenario(
    scenario: Scenario, record: MakeRecord, scripted: Scripted
) -> None:
    # No engine suggestion (the reply was empathic) -> the scenario's model answer.
    result = _run(scenario, [WARM], scripted([record(WARM, WARM_MECHANISMS, score=70)]))
    assert result.debrief["alternative"]["source"] == "scenario"
    assert result.debrief["alternative"]["suggestion"] == scenario.model_answers[0]
    # A crisis flag on an authored line is a misreading: no safety script as coaching.
    flagged = record(
        "Whatever.",
        blocks=["dismissal"],
        suggestion="Are you safe?",
        risk={"kind": "self_harm", "text": "x"},
    )
    result = _run(scenario, ["Whatever."], scripted([flagged]))
    assert result.debrief["alternative"]["suggestion"] == scenario.model_answers[0]


def test_skill_values(scenario: Scenario, record: MakeRecord, scripted: Scripted) -> None:
    engine = scripted(
        [
            record(WARM, WARM_MECHANISMS, score=70),
            record("That's not true.", blocks=["defensiveness"], score=20),
        ]
    )
    result = _run(scenario, [WARM, "That's not true."], engine)
    assert result.debrief["skills"] == {
        "self_regulation": 0.5,
        "reflect_before_reacting": 0.5,
        "validation": 0.5,
    }
    assert skill_values(["curiosity", "asking_needs"], result.turns) == {
        "curiosity": 0.5,
        "asking_needs": 0.0,
    }
    assert skill_values(["curiosity"], ()) == {}


def test_quotes_and_cues_find_the_sentence(record: MakeRecord) -> None:
    reply = "Oh no. It makes sense you're scared. I'm here whenever you want to talk."
    quotes = mechanism_quotes(reply, record(reply, ["emotional_reaction", "validation"]))
    assert quotes == {"emotional_reaction": "Oh no.", "validation": "It makes sense you're scared."}
    assert turn_cues(reply)["space_offer"] == "I'm here whenever you want to talk."
    # A mechanism only the model saw is quoted as the whole reply.
    assert mechanism_quotes("Mm.", record("Mm.", ["exploration"])) == {"exploration": "Mm."}


def test_with_the_fake_pipeline(scenario: Scenario, fake_pipeline: Pipeline) -> None:
    replies = [WARM, "You should just relax.", "I'm here. Tell me more."]
    one = _run(scenario, replies, pipeline_analyze(fake_pipeline), seed=2).to_dict()
    two = _run(scenario, replies, pipeline_analyze(fake_pipeline), seed=2).to_dict()
    assert one == two  # reproducible
    assert one["turns"][0]["analysis"]["reply"]["mechanisms"]
