"""Plain value types of the analysis core: what goes in, what comes out.

`Analysis.to_dict()` produces the record of shared/spec/analysis.md; every
interface (API, CLI, web, batch) serialises through it so the keys never drift.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from empathos.core.labels import Seeks, Speaker


@dataclass(frozen=True)
class Turn:
    """An earlier turn of the conversation, oldest first."""

    speaker: Speaker
    text: str


@dataclass(frozen=True)
class Request:
    """One thing to analyze: what the partner said, and optionally a reply."""

    partner: str
    reply: str | None = None
    context: tuple[Turn, ...] = ()
    partner_needs: tuple[str, ...] = ()
    id: Any = None


@dataclass(frozen=True)
class Emotion:
    label: str
    score: float


@dataclass(frozen=True)
class Risk:
    kind: str  # one of labels.RISK_KINDS
    text: str  # the words that signal it


@dataclass(frozen=True)
class Block:
    kind: str  # one of labels.BLOCK_KINDS
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Feedback:
    skill: str  # one of labels.SKILLS
    message: str


@dataclass(frozen=True)
class Strategy:
    label: str
    scores: dict[str, float]


@dataclass(frozen=True)
class PartnerAnalysis:
    emotions: tuple[Emotion, ...]
    seeks: Seeks
    risk: Risk | None = None
    feeling: str | None = None  # a plain word for what they show ("humiliated"), if any


@dataclass(frozen=True)
class ReplyAnalysis:
    empathy: dict[str, int]
    strategy: Strategy
    mechanisms: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    score: int = 0
    empathic: bool = False


@dataclass(frozen=True)
class Analysis:
    partner: PartnerAnalysis
    reply: ReplyAnalysis | None
    feedback: tuple[Feedback, ...] = ()
    suggestion: str | None = None
    id: Any = None
    extras: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The contract record, with plain JSON types only."""
        reply: dict[str, Any] | None = None
        if self.reply is not None:
            r = self.reply
            reply = {
                "empathy": dict(r.empathy),
                "strategy": {
                    "label": r.strategy.label,
                    "scores": {k: round(v, 4) for k, v in r.strategy.scores.items()},
                },
                "mechanisms": list(r.mechanisms),
                "blocks": [
                    {"kind": b.kind, "text": b.text, "start": b.start, "end": b.end}
                    for b in r.blocks
                ],
                "score": r.score,
                "empathic": r.empathic,
            }
        risk = self.partner.risk
        record: dict[str, Any] = {
            "id": self.id,
            "partner": {
                "emotions": [
                    {"label": e.label, "score": round(e.score, 4)} for e in self.partner.emotions
                ],
                "seeks": self.partner.seeks,
                "risk": None if risk is None else {"kind": risk.kind, "text": risk.text},
                "feeling": self.partner.feeling,
            },
            "reply": reply,
            "feedback": [{"skill": f.skill, "message": f.message} for f in self.feedback],
            "suggestion": self.suggestion,
        }
        record.update(self.extras)
        return record


@dataclass(frozen=True)
class Signals:
    """What the trained models say about one request; the input of the couple layer.

    Probabilities are plain tuples in label order (labels.EMOTIONS,
    labels.EMPATHY_DIMENSIONS x levels 0/1/2, labels.STRATEGIES, labels.RISK_KINDS,
    labels.BLOCK_KINDS). The reply fields are None when there is no reply.
    """

    emotions: tuple[float, ...]
    empathy: tuple[tuple[float, float, float], ...] | None = None
    strategy: tuple[float, ...] | None = None
    risk: tuple[float, ...] | None = None  # per labels.RISK_KINDS; None without a risk model
    risk_threshold: float = 0.5  # the model's operating point for sum(risk), tuned for recall
    blocks: tuple[float, ...] | None = None  # per labels.BLOCK_KINDS; None without a reply
    block_threshold: float = 0.5  # the block model's operating point
    mechanisms: tuple[float, ...] | None = None  # per labels.MECHANISMS; None without a reply
    mechanism_threshold: float = 0.5  # the mechanism model's operating point
