"""The couple layer: turns model signals into what a partner needs to hear.

It fills seeks, risk, mechanisms, blocks, score, empathic, feedback and suggestion
of the record (shared/spec/analysis.md). Phrase patterns over texting-normalised
text decide; model signals back them up where the words give a weak cue, so the
layer stays sensible when the models are unsure or absent.

    text.py        texting-tolerant normalisation that keeps original offsets
    patterns.py    a cue = a regex over normalised text, with kind and strength
    seeks.py       empathy or advice
    risk.py        crisis cues in the partner's message: patterns, then the risk head
    blocks.py      blocks to empathy in the reply, with spans
    mechanisms.py  emotional reaction, interpretation, exploration, validation
    feelings.py    plain feeling words; the partner's words turned to "you"
    feedback.py    what to do differently
    suggestion.py  a warmer reply
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Final

from empathos.core.couple import blocks as blocks_module
from empathos.core.couple import mechanisms as mechanisms_module
from empathos.core.couple.blocks import detect_blocks, gives_advice
from empathos.core.couple.feedback import safety_feedback, write_feedback
from empathos.core.couple.feelings import UNNAMED, named_feeling
from empathos.core.couple.mechanisms import find_mechanisms
from empathos.core.couple.risk import find_risk
from empathos.core.couple.seeks import find_seeks
from empathos.core.couple.suggestion import write_suggestion
from empathos.core.couple.text import normalize
from empathos.core.labels import Seeks
from empathos.core.types import Block, Feedback, Request, Risk, Signals

__all__ = ["CoupleAssessment", "assess", "empathy_score", "reply_score"]


@dataclass(frozen=True)
class CoupleAssessment:
    seeks: Seeks
    risk: Risk | None
    feeling: str | None  # a plain word for what the partner shows, e.g. "humiliated"
    mechanisms: tuple[str, ...]
    blocks: tuple[Block, ...]
    score: int | None  # None when there is no reply
    empathic: bool | None
    feedback: tuple[Feedback, ...]
    suggestion: str | None


BLOCKED_CAP: Final = 35  # a reply with any block scores at most this
_RULE_WEIGHT: Final = 0.7  # rules over model: the model may be unsure or a fake


def empathy_score(signals: Signals) -> int:
    """0-100 from the expected EPITOME level of each dimension (each 0-2)."""
    assert signals.empathy is not None
    expected = sum(p1 + 2 * p2 for (_, p1, p2) in signals.empathy)
    return round(100 * expected / (2 * len(signals.empathy)))


def reply_score(
    signals: Signals,
    mechanisms: tuple[str, ...],
    blocks: tuple[Block, ...],
    welcome_advice: bool,
) -> int:
    """Rules (mechanisms shown, welcome advice) blended with the EPITOME model,
    then capped when anything blocks: one block is enough to not feel heard."""
    rule = 35 + 16 * len(mechanisms) + (15 if welcome_advice else 0)
    rule = min(rule, 100) if (mechanisms or welcome_advice) else 30
    model = empathy_score(signals) if signals.empathy is not None else rule
    score = round(_RULE_WEIGHT * rule + (1 - _RULE_WEIGHT) * model)
    if blocks:
        score = min(score, max(0, BLOCKED_CAP - 8 * (len(blocks) - 1)))
    return score


def _analyze_reply(
    reply: str, signals: Signals, advice_is_block: bool
) -> tuple[tuple[Block, ...], tuple[str, ...], bool]:
    # Words that trigger a block cannot also count as empathy.
    blocks, blocked = detect_blocks(reply, advice_is_block=advice_is_block, signals=signals)
    mechanisms = find_mechanisms(reply, signals, blocked, tuple((b.start, b.end) for b in blocks))
    welcome_advice = not advice_is_block and gives_advice(reply, signals)
    return blocks, mechanisms, welcome_advice


def forget_recent() -> None:
    """Drops the remembered cue lists and draft checks (benchmarks measure the rules)."""
    for cached in (normalize, blocks_module._pattern_hits, mechanisms_module._cues):
        cached.cache_clear()
    _draft_is_clean.cache_clear()


# Drafts come from a few templates and the partner's words, so checking as you type
# meets the same ones again and again.
@functools.lru_cache(maxsize=4096)
def _draft_is_clean(draft: str, advice_is_block: bool) -> bool:
    """No block, and some mechanism, by the word cues alone (a draft has no model
    reading of its own)."""
    blocks, blocked = detect_blocks(draft, advice_is_block=advice_is_block)
    return not blocks and bool(
        find_mechanisms(draft, None, blocked, tuple((b.start, b.end) for b in blocks))
    )


def assess(request: Request, signals: Signals) -> CoupleAssessment:
    seeks = find_seeks(request)
    risk = find_risk(request.partner, signals)
    named = named_feeling(request.partner, signals)
    feeling = named or UNNAMED
    felt = None if named is None else named.person
    # Advice blocks only when unasked for, and the needs card can ask in advance.
    advice_is_block = seeks == "empathy" and "advice" not in request.partner_needs
    reply = (request.reply or "").strip()
    if not reply:
        # No reply to coach, but a crisis still comes first.
        safety = () if risk is None else (safety_feedback(risk),)
        return CoupleAssessment(seeks, risk, felt, (), (), None, None, safety, None)

    blocks, mechanisms, welcome_advice = _analyze_reply(
        request.reply or "", signals, advice_is_block
    )
    score = reply_score(signals, mechanisms, blocks, welcome_advice)
    empathic = not blocks and (bool(mechanisms) or welcome_advice)
    feedback = write_feedback(
        blocks=blocks,
        mechanisms=mechanisms,
        empathic=empathic,
        seeks=seeks,
        feeling=feeling,
        risk=risk,
    )

    suggestion = None
    if not empathic:
        suggestion = write_suggestion(
            request.partner,
            feeling,
            seeks,
            crisis=risk is not None,
            is_clean=functools.partial(_draft_is_clean, advice_is_block=advice_is_block),
        )
    return CoupleAssessment(
        seeks, risk, felt, mechanisms, blocks, score, empathic, feedback, suggestion
    )
