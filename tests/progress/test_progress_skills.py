"""The skill mapping: mechanisms and blocks of a reply to skill values, in one place."""

from __future__ import annotations

from typing import Any

from empathos.core.labels import BLOCK_KINDS, MECHANISMS, SKILLS
from empathos.practice.debrief import SKILL_EVIDENCE
from empathos.progress.skills import (
    BLOCK_SKILLS,
    MECHANISM_SKILLS,
    analysis_skills,
    practice_skills,
    stored_outcome,
)
from empathos.store import OUTCOMES


def _record(mechanisms: list[str], blocks: list[str]) -> dict[str, Any]:
    return {
        "partner": {"emotions": [], "seeks": "empathy", "risk": None},
        "reply": {
            "mechanisms": mechanisms,
            "blocks": [{"kind": k, "text": "x", "start": 0, "end": 1} for k in blocks],
            "score": 50,
            "empathic": False,
        },
    }


def test_every_mechanism_and_block_has_a_skill() -> None:
    assert set(MECHANISM_SKILLS) == set(MECHANISMS)
    assert set(BLOCK_SKILLS) == set(BLOCK_KINDS)
    assert set(MECHANISM_SKILLS.values()) | set(BLOCK_SKILLS.values()) <= set(SKILLS)


def test_mapping_agrees_with_the_practice_debrief() -> None:
    # Each pairing is one the debrief already makes, so practice and analyses agree.
    for mechanism, skill in MECHANISM_SKILLS.items():
        assert mechanism in SKILL_EVIDENCE[skill].shown_by, (mechanism, skill)
    for kind, skill in BLOCK_SKILLS.items():
        assert kind in SKILL_EVIDENCE[skill].broken_by, (kind, skill)


def test_shown_is_one_broken_is_zero_and_broken_wins() -> None:
    values = analysis_skills(_record(["validation", "exploration"], ["minimizing", "advice"]))
    assert values == {"active_listening": 0.0, "validation": 0.0, "curiosity": 1.0}
    assert list(values) == [s for s in SKILLS if s in values]  # SKILLS order


def test_no_reply_or_odd_record_adds_nothing() -> None:
    assert analysis_skills({"partner": {}, "reply": None}) == {}
    assert analysis_skills({}) == {}
    odd = {"reply": {"mechanisms": "validation", "blocks": [None, {"kind": "nope"}]}}
    assert analysis_skills(odd) == {}


def test_practice_skills_keep_the_store_skills_clamped() -> None:
    debrief = {
        "validation": 0.5,
        "asking_needs": 1.0,  # curriculum-only: not a store skill
        "presence": 1.4,
        "curiosity": True,
        "openness": None,
    }
    assert practice_skills(debrief) == {"validation": 0.5, "presence": 1.0}


def test_outcomes_fit_the_store() -> None:
    for outcome in ("heard", "gave_up", "turns_out", "answers_out", "quit", "other"):
        assert stored_outcome(outcome) in OUTCOMES
    assert stored_outcome("answers_out") == "quit"
