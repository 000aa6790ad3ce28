"""The learned look-back heads: is a turn a bid, and which way did its answer turn?

Both are logistic heads over the engine's sentence vectors plus the word cues
of bids.py and answers.py. They were trained on data/chats/train (see
empathos/models/README.md); the word rules alone stay as the fallback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np

from empathos.core.features import FloatArray
from empathos.core.heads import LinearHead, softmax
from empathos.core.labels import BLOCK_KINDS, MECHANISMS
from empathos.core.lookback.answers import WARM_SYMBOLS, Direction, content_overlap, engages
from empathos.core.lookback.bids import EMOTIONAL_KINDS, SMALL_KINDS, Bid, BidLevel, Cues, cues
from empathos.core.lookback.turns import ChatTurn
from empathos.core.types import Block

BID_LEVELS: Final[tuple[BidLevel | None, ...]] = ("bid", "small_bid", None)
DIRECTIONS: Final[tuple[Direction, ...]] = ("toward", "away", "against")


@dataclass(frozen=True)
class LookbackModels:
    version: str
    bids: LinearHead  # bid_features -> bid, small_bid, none
    answers: LinearHead  # answer_features -> toward, away, against


def _buckets(words: int) -> list[float]:
    """Length in four bands: 1-2 words, 3-6, 7-15, more."""
    return [float(words <= 2), float(2 < words <= 6), float(6 < words <= 15), float(words > 15)]


def cue_vector(c: Cues) -> list[float]:
    return [
        *(float(c.emotional == kind) for kind in EMOTIONAL_KINDS),
        *(float(c.small == kind) for kind in SMALL_KINDS),
        float(c.sad_symbol),
        float(c.happy_symbol),
        float(c.affection_symbol),
        float(c.logistics_only),
        float(c.media > 0),
        float(c.question),
        float(c.exclamations >= 2),
        float(c.words == 0),
        *_buckets(c.words),
    ]


def bid_features(turns: list[ChatTurn], vectors: FloatArray, emotions: FloatArray) -> FloatArray:
    """One row per turn: its vector, the emotion model's probabilities, its word cues."""
    cue_rows = np.asarray([cue_vector(cues(t)) for t in turns], dtype=np.float32)
    return np.hstack([vectors, emotions, cue_rows]).astype(np.float32)


def answer_features(
    bid: ChatTurn,
    bid_level: BidLevel,
    answer: ChatTurn,
    bid_vector: FloatArray,
    answer_vector: FloatArray,
    blocks: tuple[Block, ...],
    mechanisms: tuple[str, ...],
    score: float | None,
) -> FloatArray:
    """An answer as a row: its vector, how it relates to the bid, what the engine found in it."""
    kinds = {b.kind for b in blocks}
    symbols = set(answer.text)
    extra = [
        float(np.dot(bid_vector, answer_vector)),
        *(float(kind in kinds) for kind in BLOCK_KINDS),
        *(float(m in mechanisms) for m in MECHANISMS),
        0.0 if score is None else score / 100,
        float(score is not None),
        float(engages(bid, answer)),
        float(content_overlap(bid, answer)),
        float(bool(symbols & WARM_SYMBOLS)),
        float(not answer.text.strip()),
        float(bid_level == "bid"),
        *_buckets(len(answer.text.split())),
    ]
    return np.concatenate(
        [answer_vector, bid_vector * answer_vector, np.asarray(extra, dtype=np.float32)]
    ).astype(np.float32)


def predict_bids(head: LinearHead, features: FloatArray, turns: list[ChatTurn]) -> list[Bid | None]:
    levels = softmax(head.logits(features)).argmax(axis=1)
    out: list[Bid | None] = []
    for turn, index in zip(turns, levels, strict=True):
        level = BID_LEVELS[int(index)]
        if level is None:
            out.append(None)
            continue
        c = cues(turn)
        kind = (c.emotional or "feeling") if level == "bid" else (c.small or "share")
        out.append(Bid(level, kind))
    return out


def predict_directions(head: LinearHead, features: FloatArray) -> list[Direction]:
    return [DIRECTIONS[int(i)] for i in softmax(head.logits(features)).argmax(axis=1)]
