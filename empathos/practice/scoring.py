"""How much the partner feels heard after each reply, and what state that leaves them in.

Pure: reads the engine's analysis record of the reply (shared/spec/analysis.md), the
reply's words and the scenario's need. Felt-heard runs 0-100; each constant below
says in one line why it has its value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from empathos.practice import cues
from empathos.practice.types import Need, State

# Where felt-heard starts: a harder scenario starts further from feeling heard.
START: Final = {1: 30, 2: 20, 3: 10}
# At 80 they say they feel heard: most of the way there, and a warm place to stop.
HEARD_AT: Final = 80
# At 0, after a second hurtful reply in a row, they stop trying (next_state): one bad
# reply alone always leaves room for a repair.
GAVE_UP_AT: Final = 0
# Six replies: a real conversation of this kind is a few minutes, not an hour.
MAX_TURNS: Final = 6

# What each mechanism the engine found adds.
MECHANISM_GAIN: Final[dict[str, int]] = {
    # Warmth is felt first, but on its own it can sound like pity.
    "emotional_reaction": 8,
    # Being understood, in your words, is the heart of feeling heard.
    "interpretation": 10,
    # "It makes sense you feel that" lowers the guard more than anything else.
    "validation": 10,
    # A curious question invites more; one is an invitation, several an interview.
    "exploration": 7,
}
# Per EPITOME level point (three dimensions, 0-2 each): the model hears depth phrases miss.
LEVEL_GAIN: Final = 2
# The engine's 0-100 score: below the pivot the moment cools, above it warms.
SCORE_PIVOT: Final = 40
# A nudge, not the driver: a 100 adds 12, a 0 takes 8.
SCORE_WEIGHT: Final = 0.2
# No one reply, however good, does all the work of being heard.
MAX_GAIN: Final = 35

# What each block the engine found takes away: the worst are attacks on the person.
BLOCK_COST: Final[dict[str, int]] = {
    # Mockery is the surest sign a couple is in trouble (Gottman): the worst.
    "contempt": 24,
    # An attack on who they are, not on what happened.
    "criticism": 20,
    # A question with an edge is an accusation with a question mark.
    "hostile_question": 16,
    # Turns their hurt into your case to argue.
    "defensiveness": 12,
    # Closes the door they just opened.
    "dismissal": 12,
    # Tells them the feeling is wrong, or too big.
    "minimizing": 10,
    # Well meant, but says "stop feeling, start fixing".
    "advice": 8,
    # Takes their turn; mild, because it can come back to them.
    "self_focus": 6,
}
# The engine's block model reads a reply as a whole and quotes all of it. When that same
# reply shows this many mechanisms in its words, the reading is mixed: the block counts
# at MIXED_FACTOR and does not by itself make the partner escalate. (Against the
# scenarios' own partner lines it put a whole-reply block on 9% of 2,098 pairings of
# warm model answers, e.g. "I'm here. What do you miss most about her?" as hostile.)
MIXED_MIN_MECHANISMS: Final = 1
MIXED_FACTOR: Final = 0.5
# These blocks make a partner sharper, not quieter: the state is `escalating`.
ESCALATING_BLOCKS: Final = frozenset({"contempt", "criticism", "hostile_question", "defensiveness"})
# A fall this big feels like an attack, whatever the words were.
ESCALATE_DROP: Final = 25
# A rise this big shows: they soften and say more.
OPEN_STEP: Final = 8
# Once past halfway a small rise is enough to keep them talking.
OPEN_LEVEL: Final = 50
# The same words a second time land half as well: it starts to sound like a script.
ECHO_FACTOR: Final = 0.5

# Needs. A partner who needs a plan welcomes ideas once they feel half heard.
PLAN_READY: Final = 50
# An idea offered then, without a block, is what they were waiting for: a big step.
PLAN_GAIN: Final = 15
# "I'm here when you want to talk" is exactly right for someone who needs space.
SPACE_OFFER_GAIN: Final = 12
# Pushing someone who needs room ("talk to me", a string of questions) closes them.
PRESSURE_COST: Final = 10
# For someone who needs space, questions are not the gift they are to others.
SPACE_EXPLORATION_GAIN: Final = 0
# Asking what would help ("what do you need?") tells them their need matters, whatever it is.
ASK_NEEDS_GAIN: Final = 6
# Words that steady ("I'm not going anywhere") for someone who needs steadying.
REASSURANCE_GAIN: Final = 6
# The engine's needs card for each scenario need (request `partner_needs`).
ENGINE_NEEDS: Final[dict[str, tuple[str, ...]]] = {
    "to_be_heard": ("listen",),
    "reassurance": ("reassurance",),
    "a_plan": ("listen",),  # "advice" is added once felt-heard reaches PLAN_READY
    "space": ("space",),
}


def start_level(difficulty: int) -> int:
    return START[difficulty]


def engine_needs(need: Need, level: int) -> tuple[str, ...]:
    """The needs card for the engine: advice stops being a block only for a partner who
    wants a plan, and only once they feel heard enough to hear it."""
    if need == "a_plan" and level >= PLAN_READY:
        return (*ENGINE_NEEDS[need], "advice")
    return ENGINE_NEEDS[need]


@dataclass(frozen=True)
class Change:
    """What one reply did: the points and the reasons for them."""

    delta: int
    reasons: tuple[tuple[str, int], ...]  # (why, points), e.g. ("validation", 10)
    landed: tuple[str, ...]  # mechanisms and need cues that helped
    blocked: tuple[str, ...]  # block kinds, and "pressure"
    sharp: tuple[str, ...]  # those of `blocked` that counted in full (not a mixed reading)
    escalation: bool  # an attack, or a fall of ESCALATE_DROP or more


def score_reply(
    record: Mapping[str, Any],
    reply: str,
    need: Need,
    level: int,
    earlier_replies: Sequence[str] = (),
) -> Change:
    """The change in felt-heard from one reply, given the engine's record of it."""
    analysis: Mapping[str, Any] = record.get("reply") or {}
    mechanisms: list[str] = list(analysis.get("mechanisms") or [])
    blocks: list[str] = [str(b.get("kind")) for b in analysis.get("blocks") or []]
    levels = analysis.get("empathy") or {}
    score = int(analysis.get("score") or 0)

    gains: list[tuple[str, int]] = []
    for mechanism in mechanisms:
        gain = MECHANISM_GAIN.get(mechanism, 0)
        if need == "space" and mechanism == "exploration":
            gain = SPACE_EXPLORATION_GAIN
        if gain:
            gains.append((mechanism, gain))
    depth = sum(int(v) for v in levels.values()) * LEVEL_GAIN
    if depth:
        gains.append(("depth", depth))
    landed = list(mechanisms)
    if not blocks:
        if need == "space" and cues.offers_space(reply):
            gains.append(("space_offer", SPACE_OFFER_GAIN))
            landed.append("space_offer")
        if need == "reassurance" and cues.reassures(reply):
            gains.append(("reassurance", REASSURANCE_GAIN))
            landed.append("reassurance")
        if cues.asks_needs(reply):
            gains.append(("asks_needs", ASK_NEEDS_GAIN))
            landed.append("asks_needs")
        if need == "a_plan" and level >= PLAN_READY and cues.offers_plan(reply):
            gains.append(("plan", PLAN_GAIN))
            landed.append("plan")
    if _normal(reply) in {_normal(r) for r in earlier_replies}:
        gains = [(why, round(points * ECHO_FACTOR)) for why, points in gains]
        gains.append(("said_before", 0))
    total_gain = sum(points for _, points in gains)
    if total_gain > MAX_GAIN:
        gains.append(("cap", MAX_GAIN - total_gain))

    whole = (
        _whole_reply_blocks(analysis, reply) if len(mechanisms) >= MIXED_MIN_MECHANISMS else set()
    )
    losses = [
        (kind, -round(BLOCK_COST.get(kind, 0) * (MIXED_FACTOR if i in whole else 1)))
        for i, kind in enumerate(blocks)
    ]
    sharp = [kind for i, kind in enumerate(blocks) if i not in whole]
    pressure = need == "space" and cues.pressures(reply)
    if pressure:
        losses.append(("pressure", -PRESSURE_COST))
    tone = round((score - SCORE_PIVOT) * SCORE_WEIGHT)
    reasons = tuple([*gains, *losses, ("score", tone)])
    delta = sum(points for _, points in reasons)
    if pressure:
        blocks.append("pressure")
        sharp.append("pressure")
    escalation = bool(ESCALATING_BLOCKS.intersection(sharp)) or delta <= -ESCALATE_DROP
    return Change(delta, reasons, tuple(landed), tuple(blocks), tuple(sharp), escalation)


def apply(level: int, change: Change) -> int:
    return max(0, min(100, level + change.delta))


def next_state(level: int, change: Change, previous: State | None) -> State:
    """The partner's state after a reply: `level` is felt-heard after it, `previous` the
    state the last reply left them in."""
    hurt_before = previous in ("withdrawing", "escalating")
    if level >= HEARD_AT and not change.sharp:
        return "heard"
    # One bad reply hurts; a second in a row at the bottom, or a second sharp exchange,
    # and they stop trying. So a repair is always possible once.
    if level <= GAVE_UP_AT and hurt_before and (change.sharp or change.delta < 0):
        return "gave_up"
    if change.escalation:
        return "gave_up" if previous == "escalating" else "escalating"
    if change.sharp or change.delta <= -OPEN_STEP:
        return "withdrawing"
    if change.delta >= OPEN_STEP or (change.delta > 0 and level >= OPEN_LEVEL):
        return "opening_up"
    return "guarded"


def _whole_reply_blocks(analysis: Mapping[str, Any], reply: str) -> set[int]:
    """Indexes of the blocks that quote the whole reply."""
    whole = reply.strip()
    return {i for i, block in enumerate(analysis.get("blocks") or []) if block.get("text") == whole}


def _normal(text: str) -> str:
    return " ".join(text.lower().split())
