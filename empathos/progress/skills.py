"""Which skill values a practice session or a kept analysis adds to the progress series.

The one place that says how a reply turns into skill points. Pure: reads records.

A kept analysis (`empathos analyze ... --keep`) adds one point per skill it touches:

    what the reply shows          skill               value
    emotional_reaction            resonance           1.0
    interpretation                cognitive_empathy   1.0
    exploration                   curiosity           1.0
    validation                    validation          1.0

    what the reply does (block)   skill it breaks     value
    advice (unasked for)          active_listening    0.0
    minimizing                    validation          0.0
    defensiveness                 openness            0.0
    criticism                     self_regulation     0.0
    contempt                      resonance           0.0
    dismissal                     presence            0.0
    self_focus                    active_listening    0.0
    hostile_question              curiosity           0.0

A skill both shown and broken in one reply counts as broken (0.0), as in the practice
debrief: practising a skill means showing it and not breaking it. Each pairing is one
of the practice debrief's own (`practice.debrief.SKILL_EVIDENCE`); a test holds them to it.
A message analyzed without a reply adds nothing.

A practice session adds its debrief's per-skill values (0..1, the share of replies that
practised the skill), for the skills the engine's feedback knows (`labels.SKILLS`); the
two curriculum-only skills stay in the session's own debrief.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from empathos.core.labels import SKILLS

MECHANISM_SKILLS: Final[dict[str, str]] = {
    "emotional_reaction": "resonance",
    "interpretation": "cognitive_empathy",
    "exploration": "curiosity",
    "validation": "validation",
}

BLOCK_SKILLS: Final[dict[str, str]] = {
    "advice": "active_listening",
    "minimizing": "validation",
    "defensiveness": "openness",
    "criticism": "self_regulation",
    "contempt": "resonance",
    "dismissal": "presence",
    "self_focus": "active_listening",
    "hostile_question": "curiosity",
}

# Practice outcomes the store keeps; "answers_out" (a script's replies ran out before the
# partner closed) is a session stopped early, as "quit" is.
STORED_OUTCOMES: Final[dict[str, str]] = {
    "heard": "heard",
    "gave_up": "gave_up",
    "turns_out": "turns_out",
    "answers_out": "quit",
    "quit": "quit",
}


def analysis_skills(record: Mapping[str, Any]) -> dict[str, float]:
    """Skill values of one analysis record (shared/spec/analysis.md), in SKILLS order."""
    reply = record.get("reply")
    if not isinstance(reply, Mapping):
        return {}
    mechanisms = _strings(reply.get("mechanisms"))
    shown = {MECHANISM_SKILLS[m] for m in mechanisms if m in MECHANISM_SKILLS}
    broken = set()
    for block in reply.get("blocks") or ():
        kind = block.get("kind") if isinstance(block, Mapping) else None
        if kind in BLOCK_SKILLS:
            broken.add(BLOCK_SKILLS[kind])
    return {skill: 0.0 if skill in broken else 1.0 for skill in SKILLS if skill in shown | broken}


def practice_skills(debrief_skills: Mapping[str, Any]) -> dict[str, float]:
    """The debrief's skill values the progress series can hold, clamped to 0..1."""
    values = {}
    for skill in SKILLS:
        value = debrief_skills.get(skill)
        if isinstance(value, int | float) and not isinstance(value, bool) and value == value:
            values[skill] = min(1.0, max(0.0, float(value)))
    return values


def stored_outcome(outcome: str) -> str:
    """The store's name for a practice outcome."""
    return STORED_OUTCOMES.get(outcome, "quit")


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list | tuple) else []
