"""Reads a chat's turns with the engine: which are bids, and how each was answered.

With the learned look-back heads (classify.py) it encodes every turn once
(cached, so a bid read again with its answer costs no second encoding);
without them it falls back on the word rules alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Final

import numpy as np

from empathos.core.couple.blocks import find_blocks
from empathos.core.encoder import CachingEncoder
from empathos.core.features import FloatArray
from empathos.core.lookback.answers import Answer, classify_answer, in_window, reason
from empathos.core.lookback.bids import Bid, find_bid
from empathos.core.lookback.classify import (
    LookbackModels,
    answer_features,
    bid_features,
    predict_bids,
    predict_directions,
)
from empathos.core.lookback.turns import ChatTurn
from empathos.core.pipeline import Pipeline
from empathos.core.types import Analysis, Block, Request

CACHE_TEXTS: Final = 2048  # well above a chunk of turns plus the bids queued from it


@dataclass(frozen=True)
class Pending:
    """A bid, and the next turn when the other person wrote it (else None)."""

    turn: ChatTurn
    bid: Bid
    answer: ChatTurn | None


def _text(turn: ChatTurn | None) -> str | None:
    return turn.text or None if turn is not None else None


class Reader:
    def __init__(self, pipeline: Pipeline, models: LookbackModels | None, window: timedelta):
        self.encoder = CachingEncoder(pipeline.encoder, CACHE_TEXTS)
        self.pipeline = Pipeline(self.encoder, pipeline.models)
        self.models = models
        self.window = window

    def _vectors(self, texts: Sequence[str]) -> FloatArray:
        """Sentence vectors, zeros for empty texts (a photo, a deleted message)."""
        out = np.zeros((len(texts), self.encoder.dim), dtype=np.float32)
        rows = [i for i, t in enumerate(texts) if t]
        if rows:
            out[rows] = self.encoder.embed([texts[i] for i in rows])
        return out

    def bid_features(self, turns: Sequence[ChatTurn]) -> FloatArray:
        vectors = self._vectors([t.text for t in turns])
        emotions = np.zeros((len(turns), len(self.pipeline.models.emotion_thresholds)), np.float32)
        rows = [i for i, t in enumerate(turns) if t.text]
        signals = self.pipeline.signals([Request(partner=turns[i].text) for i in rows])
        for i, s in zip(rows, signals, strict=True):
            emotions[i] = s.emotions
        return bid_features(list(turns), vectors, emotions)

    def bids(self, turns: Sequence[ChatTurn]) -> list[Bid | None]:
        if self.models is None or not turns:
            return [find_bid(t) for t in turns]
        return predict_bids(self.models.bids, self.bid_features(turns), list(turns))

    def _answered(self, item: Pending) -> ChatTurn | None:
        """The answer, if it came within the window."""
        return in_window(item.turn, item.answer, self.window)

    def engine_reads(
        self, items: Sequence[Pending]
    ) -> list[tuple[tuple[Block, ...], Analysis | None]]:
        """What the engine finds in each answer: the whole analysis for emotional bids
        with text, the block patterns alone for small bids (they are many, and light)."""
        full = [
            i
            for i, item in enumerate(items)
            if item.bid.level == "bid" and item.turn.text and self._answered(item) is not None
        ]
        requests = [Request(items[i].turn.text, _text(self._answered(items[i]))) for i in full]
        analyses = dict(zip(full, self.pipeline.analyze(requests), strict=True))
        out: list[tuple[tuple[Block, ...], Analysis | None]] = []
        for i, item in enumerate(items):
            analysis = analyses.get(i)
            if analysis is not None:
                out.append((analysis.reply.blocks if analysis.reply else (), analysis))
                continue
            answer = self._answered(item)
            text = answer.text if answer is not None else ""
            out.append((find_blocks(text, advice_is_block=False) if text else (), None))
        return out

    def answer_features(
        self, items: Sequence[Pending], reads: Sequence[tuple[tuple[Block, ...], Analysis | None]]
    ) -> FloatArray:
        answered = [self._answered(item) for item in items]
        bid_vectors = self._vectors([item.turn.text for item in items])
        answer_vectors = self._vectors([a.text if a else "" for a in answered])
        rows = []
        for k, (item, answer, (blocks, analysis)) in enumerate(
            zip(items, answered, reads, strict=True)
        ):
            assert answer is not None, "features exist only for answered bids"
            reply = analysis.reply if analysis is not None else None
            rows.append(
                answer_features(
                    item.turn,
                    item.bid.level,
                    answer,
                    bid_vectors[k],
                    answer_vectors[k],
                    blocks,
                    reply.mechanisms if reply else (),
                    reply.score if reply else None,
                )
            )
        return np.vstack(rows) if rows else np.zeros((0, 0), np.float32)

    def answers(self, items: Sequence[Pending]) -> list[tuple[Answer, Analysis | None]]:
        """How each bid was answered, with the engine's analysis when it read the pair."""
        reads = self.engine_reads(items)
        out: list[tuple[Answer, Analysis | None]] = []
        for item, (blocks, analysis) in zip(items, reads, strict=True):
            answer = self._answered(item)
            judged = classify_answer(item.turn, answer, self.window, analysis, blocks)
            out.append((judged, analysis))
        if self.models is None:
            return out
        answered = [k for k, item in enumerate(items) if self._answered(item) is not None]
        if not answered:
            return out
        features = self.answer_features([items[k] for k in answered], [reads[k] for k in answered])
        directions = predict_directions(self.models.answers, features)
        for k, direction in zip(answered, directions, strict=True):
            rule, analysis = out[k]
            out[k] = (
                Answer(direction, reason(direction, rule.blocks), rule.blocks, rule.waited),
                analysis,
            )
        return out
