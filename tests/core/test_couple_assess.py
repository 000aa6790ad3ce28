"""The couple layer end to end: score, empathic, feedback and the warmer reply."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from empathos.core.couple import BLOCKED_CAP, CoupleAssessment, assess
from empathos.core.labels import EMOTIONS, SKILLS, STRATEGIES
from empathos.core.types import Request, Signals, Turn

PAIRS = Path(__file__).resolve().parents[2] / "data" / "couples" / "pairs.jsonl"
BOSS = "My boss tore apart my presentation in front of everyone"


def uniform(reply: bool = True) -> Signals:
    emotions = (1 / len(EMOTIONS),) * len(EMOTIONS)
    if not reply:
        return Signals(emotions)
    return Signals(emotions, ((1 / 3, 1 / 3, 1 / 3),) * 3, (1 / len(STRATEGIES),) * len(STRATEGIES))


def run(partner: str, reply: str | None, **kwargs: object) -> CoupleAssessment:
    request = Request(partner, reply, **kwargs)  # type: ignore[arg-type]
    return assess(request, uniform(reply is not None))


def test_no_reply_gives_no_reply_verdicts() -> None:
    result = run(BOSS, None)
    assert (result.score, result.empathic, result.suggestion) == (None, None, None)
    assert result.mechanisms == () and result.blocks == () and result.feedback == ()


def test_the_issue_example() -> None:
    result = run(BOSS, "You should stand up to him")
    assert result.seeks == "empathy"
    assert [(b.kind, b.text) for b in result.blocks] == [("advice", "You should stand up to him")]
    assert result.empathic is False
    assert result.score is not None and result.score <= BLOCKED_CAP
    first = result.feedback[0]
    assert first.skill == "active_listening"
    assert "You should stand up to him" in first.message
    assert "humiliated" in first.message  # what they likely felt, from "in front of everyone"
    assert result.suggestion is not None
    assert "your boss" in result.suggestion.lower()
    assert "in front of everyone" in result.suggestion


def test_the_feeling_is_named_only_when_the_message_shows_one() -> None:
    assert run(BOSS, None).feeling == "humiliated"
    assert run(BOSS, "You should stand up to him").feeling == "humiliated"
    # No cue in the words and no confident emotion: nothing is named in the record,
    # though the suggestion still needs a word for what they may feel.
    plain = run("I feel awful about it", "whatever")
    assert plain.feeling is None
    assert plain.suggestion is not None and "upset" in plain.suggestion


def test_an_empathic_reply_scores_high_and_needs_no_suggestion() -> None:
    result = run(BOSS, "In front of everyone? That sounds humiliating. What did he say?")
    assert result.blocks == ()
    assert result.empathic is True
    assert result.score is not None and result.score > 60
    assert result.suggestion is None
    assert len(result.feedback) <= 1


def test_solicited_advice_kindly_given_is_empathic() -> None:
    result = run("Should I take the job in Denver?", "I think you should go for it, honestly.")
    assert result.seeks == "advice"
    assert result.blocks == () and result.empathic is True
    needs = run("I had an awful day at work.", "maybe look at other jobs this weekend?",
                partner_needs=("advice",))
    assert needs.seeks == "empathy" and needs.blocks == () and needs.empathic is True


def test_just_need_to_vent_makes_advice_a_block() -> None:
    result = run("I just need to vent. What should I do about my boss?", "Quit. Seriously.")
    assert result.seeks == "empathy"
    assert "advice" in {b.kind for b in result.blocks}


def test_feedback_items_are_skills_that_quote_the_reply() -> None:
    reply = "at least u still have a job. whats for dinner?"
    result = run(BOSS, reply)
    assert {b.kind for b in result.blocks} == {"minimizing", "dismissal"}
    assert 1 <= len(result.feedback) <= 3
    assert all(item.skill in SKILLS for item in result.feedback)
    for block, item in zip(result.blocks, result.feedback, strict=False):
        assert block.text in item.message
    assert all(" she " not in f" {item.message} " for item in result.feedback)


def test_a_reply_without_connection_gets_coaching() -> None:
    result = run(BOSS, "I see.")
    assert result.blocks == () and result.empathic is False
    assert {item.skill for item in result.feedback} == {"resonance", "curiosity"}


def test_crisis_puts_safety_first() -> None:
    result = run("I don't want to be here anymore.", "you're so dramatic")
    assert result.risk is not None and result.risk.kind == "self_harm"
    first = result.feedback[0]
    assert first.skill == "presence"
    assert "988" in first.message and "findahelpline.com" in first.message
    assert result.suggestion is not None and "safe" in result.suggestion
    no_reply = run("He hit me again.", None)
    assert no_reply.feedback and no_reply.feedback[0].skill == "presence"


def test_suggestion_uses_their_words_in_second_person_and_passes_its_own_check() -> None:
    partner = "I'm so tired of being the only one who cleans my kitchen."
    result = run(partner, "k")
    suggestion = result.suggestion
    assert suggestion is not None
    assert "your kitchen" in suggestion or "you're so tired" in suggestion.lower()
    judged = run(partner, suggestion)
    assert judged.blocks == () and judged.empathic is True


def test_suggestions_are_deterministic_and_vary_across_messages() -> None:
    partners = [
        BOSS,
        "My sister cancelled on me again.",
        "We're behind on rent again.",
        "The baby was up all night.",
        "My best friend didn't show up to my birthday.",
        "I failed my driving test.",
    ]
    first = [run(p, "whatever").suggestion for p in partners]
    again = [run(p, "whatever").suggestion for p in partners]
    assert first == again
    assert len(set(first)) == len(partners)
    openings = {s.split(".")[0] for s in first if s}
    assert len(openings) >= 3  # not one template with the emotion swapped


def test_every_dev_suggestion_is_empathic_with_no_block() -> None:
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    dev = [r for r in rows if r["split"] == "dev"]
    assert len(dev) >= 150
    for row in dev:
        context = tuple(Turn(t["speaker"], t["text"]) for t in row.get("context", []))
        request = Request(row["partner"], row["reply"], context,
                          tuple(row.get("partner_needs", [])))
        suggestion = assess(request, uniform()).suggestion
        if suggestion is None:
            continue
        judged = assess(Request(row["partner"], suggestion, context), uniform())
        assert judged.blocks == (), (row["id"], suggestion)
        assert judged.empathic is True, (row["id"], suggestion)


@pytest.mark.parametrize("seed", range(5))
def test_arbitrary_model_probabilities_do_not_break_the_rules(seed: int) -> None:
    rng = np.random.default_rng(seed)

    def probs(n: int) -> tuple[float, ...]:
        p = rng.random(n)
        return tuple(float(x) for x in p / p.sum())

    signals = Signals(
        tuple(float(x) for x in rng.random(len(EMOTIONS))),
        (probs(3), probs(3), probs(3)),  # type: ignore[arg-type]
        probs(len(STRATEGIES)),
    )
    blocked = assess(Request(BOSS, "Here we go again with the drama."), signals)
    assert blocked.empathic is False and blocked.score is not None
    assert blocked.score <= BLOCKED_CAP
    warm = assess(Request(BOSS, "Oh no, I'm so sorry. Of course you're upset."), signals)
    assert warm.empathic is True and warm.blocks == ()
    assert 0 <= (warm.score or 0) <= 100
