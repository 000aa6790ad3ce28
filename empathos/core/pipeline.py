"""The analysis pipeline: models give signals, the couple layer turns them into a record.

Pure: the encoder and the trained weights are handed in; nothing here reads
files, the clock or the network.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from empathos.core import couple
from empathos.core.encoder import Encoder
from empathos.core.features import FloatArray, pair_features, tfidf_rows
from empathos.core.heads import LinearHead, sigmoid, softmax
from empathos.core.labels import EMOTIONS, EMPATHY_DIMENSIONS, STRATEGIES
from empathos.core.types import (
    Analysis,
    Emotion,
    PartnerAnalysis,
    ReplyAnalysis,
    Request,
    Signals,
    Strategy,
)


@dataclass(frozen=True)
class Models:
    """Trained heads and their settings (see empathos/models/ and its model cards)."""

    version: str
    idf: FloatArray  # (N_HASHED,) IDF of the hashed lexical features
    emotions: LinearHead  # partner embedding + partner lexical -> 28 sigmoid
    emotion_thresholds: FloatArray  # (28,) tuned per label on dev
    empathy: tuple[LinearHead, LinearHead, LinearHead]  # pair + reply lexical -> 3 levels
    strategy: LinearHead  # pair + reply lexical -> 8 strategies
    risk: LinearHead | None = None  # partner embedding + lexical -> none + labels.RISK_KINDS
    risk_threshold: float = 0.5  # on the summed probability of any crisis kind
    blocks: LinearHead | None = None  # pair + reply lexical -> one sigmoid per block kind
    block_threshold: float = 0.5
    mechanisms: LinearHead | None = None  # pair -> one sigmoid per labels.MECHANISMS
    mechanism_threshold: float = 0.5


class Pipeline:
    """Encodes each distinct text once per batch, then runs every head on the batch."""

    def __init__(self, encoder: Encoder, models: Models):
        self.encoder = encoder
        self.models = models

    def signals(self, requests: Sequence[Request]) -> list[Signals]:
        if not requests:
            return []
        m = self.models
        texts = [t for r in requests for t in (r.partner, r.reply) if t is not None]
        distinct = list(dict.fromkeys(texts))
        vectors = self.encoder.embed(distinct)
        row = {text: i for i, text in enumerate(distinct)}
        partner = vectors[[row[r.partner] for r in requests]]
        partner_lex = None
        if m.emotions.sparse_weights is not None or m.risk is not None:
            partner_lex = tfidf_rows([r.partner for r in requests], m.idf)
        emotions = sigmoid(m.emotions.logits(partner, partner_lex))
        risk = None if m.risk is None else softmax(m.risk.logits(partner, partner_lex))[:, 1:]

        with_reply = [i for i, r in enumerate(requests) if r.reply]
        empathy: list[FloatArray] = []
        strategy: FloatArray = np.zeros((0, len(STRATEGIES)), dtype=np.float32)
        blocks: FloatArray | None = None
        mechanisms: FloatArray | None = None
        if with_reply:
            replies = [requests[i].reply or "" for i in with_reply]
            pair = pair_features(partner[with_reply], vectors[[row[t] for t in replies]])
            reply_lex = tfidf_rows(replies, m.idf)
            empathy = [softmax(head.logits(pair, reply_lex)) for head in m.empathy]
            strategy = softmax(m.strategy.logits(pair, reply_lex))
            if m.blocks is not None:
                blocks = sigmoid(m.blocks.logits(pair, reply_lex))
            if m.mechanisms is not None:
                mechanisms = sigmoid(m.mechanisms.logits(pair, reply_lex))

        out = []
        reply_pos = {i: k for k, i in enumerate(with_reply)}
        for i in range(len(requests)):
            k = reply_pos.get(i)
            out.append(
                Signals(
                    emotions=tuple(float(p) for p in emotions[i]),
                    empathy=None
                    if k is None
                    else tuple((float(e[k, 0]), float(e[k, 1]), float(e[k, 2])) for e in empathy),
                    strategy=None if k is None else tuple(float(p) for p in strategy[k]),
                    risk=None if risk is None else tuple(float(p) for p in risk[i]),
                    risk_threshold=m.risk_threshold,
                    blocks=None
                    if k is None or blocks is None
                    else tuple(float(p) for p in blocks[k]),
                    block_threshold=m.block_threshold,
                    mechanisms=None
                    if k is None or mechanisms is None
                    else tuple(float(p) for p in mechanisms[k]),
                    mechanism_threshold=m.mechanism_threshold,
                )
            )
        return out

    def analyze(self, requests: Sequence[Request]) -> list[Analysis]:
        return [
            build_analysis(request, sig, self.models.emotion_thresholds)
            for request, sig in zip(requests, self.signals(requests), strict=True)
        ]


def predicted_emotions(probs: Sequence[float], thresholds: FloatArray) -> tuple[Emotion, ...]:
    present = [
        Emotion(label, p) for label, p, t in zip(EMOTIONS, probs, thresholds, strict=True) if p >= t
    ]
    return tuple(sorted(present, key=lambda e: -e.score))


def empathy_levels(signals: Signals) -> dict[str, int]:
    assert signals.empathy is not None
    return {
        dim: int(np.argmax(probs))
        for dim, probs in zip(EMPATHY_DIMENSIONS, signals.empathy, strict=True)
    }


def build_analysis(request: Request, signals: Signals, thresholds: FloatArray) -> Analysis:
    judged = couple.assess(request, signals)
    reply = None
    if signals.strategy is not None:
        scores = dict(zip(STRATEGIES, signals.strategy, strict=True))
        reply = ReplyAnalysis(
            empathy=empathy_levels(signals),
            strategy=Strategy(max(scores, key=scores.__getitem__), scores),
            mechanisms=judged.mechanisms,
            blocks=judged.blocks,
            score=judged.score or 0,
            empathic=bool(judged.empathic),
        )
    return Analysis(
        id=request.id,
        partner=PartnerAnalysis(
            emotions=predicted_emotions(signals.emotions, thresholds),
            seeks=judged.seeks,
            risk=judged.risk,
            feeling=judged.feeling,
        ),
        reply=reply,
        feedback=judged.feedback,
        suggestion=judged.suggestion,
    )
