"""The debrief after a session: the curve, what worked and what blocked (in your own
words), a warmer alternative for the weakest reply, and a value per skill.

Pure: reads the turns of a session. The skill values (0..1 each) are what progress
tracking stores later.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from empathos.core.couple.mechanisms import pattern_hits
from empathos.core.couple.text import normalize, sentences
from empathos.practice import cues
from empathos.practice.types import Outcome, Scenario

if TYPE_CHECKING:
    from empathos.practice.session import TurnResult


@dataclass(frozen=True)
class Evidence:
    """What shows a skill in one reply, and what breaks it.

    `shown_by` names mechanisms of the record or word cues of `turn_cues`; `broken_by`
    names block kinds (and "pressure")."""

    shown_by: frozenset[str]
    broken_by: frozenset[str]


def _ev(shown: str, broken: str) -> Evidence:
    return Evidence(frozenset(shown.split()), frozenset(broken.split()))


_ATTACKS: Final = "defensiveness criticism contempt hostile_question"
# Any real response: a restraint skill counts only when the reply also stayed with them
# ("You should just relax" holds back no attack, but it is no steadiness either).
_ENGAGED: Final = (
    "emotional_reaction interpretation exploration validation space_offer reassurance "
    "asks_needs plan"
)

SKILL_EVIDENCE: Final[dict[str, Evidence]] = {
    # Feeling with them shows as warmth; shrinking or mocking the feeling breaks it.
    "resonance": _ev("emotional_reaction", "minimizing contempt dismissal"),
    # Understanding shows as naming what they feel and why.
    "cognitive_empathy": _ev("interpretation", "minimizing self_focus"),
    # Staying steady under fire: still with them, and no counter-attack.
    "self_regulation": _ev(_ENGAGED, _ATTACKS),
    # Their feeling stays theirs: reflected back, not taken over, argued with or fixed.
    "self_other_boundary": _ev("interpretation validation", "self_focus defensiveness advice"),
    # Listening shows as reflecting or asking; fixing, leaving or one-upping breaks it.
    "active_listening": _ev("interpretation exploration", "advice dismissal self_focus"),
    "validation": _ev("validation", "minimizing contempt defensiveness"),
    # Taking in what they say about you, and saying so, instead of closing up.
    "openness": _ev("validation interpretation", "defensiveness dismissal hostile_question"),
    # Being with them: any real response, or room offered; leaving or pushing breaks it.
    "presence": _ev(
        "emotional_reaction interpretation exploration validation space_offer",
        "dismissal self_focus pressure",
    ),
    # In text, reading cues is hearing the feeling under the words, and checking.
    "nonverbal_cues": _ev("interpretation exploration", "dismissal minimizing"),
    # A pause before answering shows as a response to them, without attack or quick fix.
    "reflect_before_reacting": _ev(_ENGAGED, f"{_ATTACKS} advice minimizing"),
    # Care turned into something you will do, or an offer to.
    "compassionate_action": _ev("plan asks_needs", "dismissal contempt"),
    "curiosity": _ev("exploration", "hostile_question advice self_focus"),
    "asking_needs": _ev("asks_needs", "advice pressure"),
}

_CUES: Final[dict[str, re.Pattern[str]]] = {
    "space_offer": cues.SPACE_OFFER,
    "reassurance": cues.REASSURANCE,
    "plan": cues.PLAN_OFFER,
    "asks_needs": cues.ASKS_NEEDS,
}
MAX_QUOTE: Final = 160  # a sentence; longer quotes are cut at a word


def turn_cues(reply: str) -> dict[str, str]:
    """Word cues of practice in a reply, each with the sentence that shows it."""
    norm = normalize(reply)
    found = {}
    for name, pattern in _CUES.items():
        match = pattern.search(norm.text)
        if match is not None:
            found[name] = _sentence(reply, *norm.span(match.start(), match.end()))
    return found


def mechanism_quotes(reply: str, record: Mapping[str, Any]) -> dict[str, str]:
    """For each mechanism of the record, the sentence of the reply that shows it (the
    whole reply when only the model saw it)."""
    analysis: Mapping[str, Any] = record.get("reply") or {}
    blocked = tuple((int(b["start"]), int(b["end"])) for b in analysis.get("blocks") or [])
    norm = normalize(reply)
    quotes: dict[str, str] = {}
    for hit in pattern_hits(norm, blocked):
        if hit.kind not in quotes:
            quotes[hit.kind] = _sentence(reply, *norm.span(*hit.core))
    return {m: quotes.get(m, _cut(reply)) for m in analysis.get("mechanisms") or []}


def _sentence(text: str, start: int, end: int) -> str:
    for s_start, s_end in sentences(text):
        if s_start <= start < s_end:
            return _cut(text[s_start : max(s_end, end)])
    return _cut(text[start:end])


def _cut(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= MAX_QUOTE:
        return text
    return text[:MAX_QUOTE].rsplit(" ", 1)[0] + "…"


def skill_values(skills: Sequence[str], turns: Sequence[TurnResult]) -> dict[str, float]:
    """Per skill, the share of replies that practised it (0..1): showed it and did not
    break it. Empty when there were no replies."""
    if not turns:
        return {}
    values = {}
    for skill in skills:
        evidence = SKILL_EVIDENCE[skill]
        hits = 0
        for turn in turns:
            present = {*turn.change.landed, *turn_cues(turn.reply)}
            if evidence.broken_by.intersection(turn.change.blocked):
                continue
            if evidence.shown_by.intersection(present):
                hits += 1
        values[skill] = round(hits / len(turns), 2)
    return values


def _weakest(turns: Sequence[TurnResult]) -> TurnResult | None:
    if not turns:
        return None
    return min(turns, key=lambda t: (t.change.delta, t.number))


def alternative(scenario: Scenario, turns: Sequence[TurnResult]) -> dict[str, Any] | None:
    """A warmer reply for the weakest turn: the engine's suggestion for that very message,
    or, when the engine had none (the reply was already empathic), the scenario's own
    model answer for that point of the conversation."""
    turn = _weakest(turns)
    if turn is None:
        return None
    # The partner's lines are authored and calm; a crisis flag on them is the risk model
    # misreading, and its safety reply is no coaching for this turn.
    partner: Mapping[str, Any] = turn.analysis.get("partner") or {}
    suggestion = None if partner.get("risk") else turn.analysis.get("suggestion")
    source = "engine"
    if not suggestion:
        index = min(turn.number - 1, len(scenario.model_answers) - 1)
        suggestion, source = scenario.model_answers[index], "scenario"
    return {
        "turn": turn.number,
        "reply": turn.reply,
        "change": turn.change.delta,
        "suggestion": suggestion,
        "source": source,
    }


def summary(scenario: Scenario, curve: Sequence[int], outcome: Outcome) -> str:
    name, replies = scenario.partner.name, len(curve) - 1
    said = f"{replies} repl{'y' if replies == 1 else 'ies'}"
    end = curve[-1]
    if outcome == "heard":
        return f"{name} felt heard after {said}."
    if outcome == "gave_up":
        return f"{name} gave up after {said}: nothing had reached them yet."
    if outcome == "turns_out":
        return f"After {said}, {name} felt {_how(end)} heard ({end}/100)."
    if outcome == "answers_out":
        return f"Your answers ran out after {said}, with {name} {_how(end)} heard ({end}/100)."
    return f"You stopped after {said}, with {name} {_how(end)} heard ({end}/100)."


def _how(level: int) -> str:
    if level >= 60:
        return "mostly"
    if level >= 35:
        return "partly"
    return "barely"


def build_debrief(
    scenario: Scenario, turns: Sequence[TurnResult], curve: Sequence[int], outcome: Outcome
) -> dict[str, Any]:
    worked: list[dict[str, Any]] = []
    blocked: list[dict[str, Any]] = []
    for turn in turns:
        quotes = mechanism_quotes(turn.reply, turn.analysis)
        found = turn_cues(turn.reply)
        for landed in turn.change.landed:
            quote = quotes.get(landed) or found.get(landed) or _cut(turn.reply)
            worked.append({"turn": turn.number, "mechanism": landed, "quote": quote})
        analysis: Mapping[str, Any] = turn.analysis.get("reply") or {}
        for block in analysis.get("blocks") or []:
            blocked.append({"turn": turn.number, "kind": block["kind"], "quote": block["text"]})
        if "pressure" in turn.change.blocked:
            blocked.append({"turn": turn.number, "kind": "pressure", "quote": _cut(turn.reply)})
    return {
        "summary": summary(scenario, curve, outcome),
        "felt_heard": list(curve),
        "worked": worked,
        "blocked": blocked,
        "alternative": alternative(scenario, turns),
        "skills": skill_values(scenario.skills, turns),
    }
