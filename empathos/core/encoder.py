"""The encoder interface: the one piece of the engine that runs a neural network."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from empathos.core.features import FloatArray


class Encoder(Protocol):
    """Turns texts into fixed-size vectors, one row per text, in input order."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> FloatArray: ...


class CachingEncoder:
    """Remembers the vectors of the last `size` distinct texts it encoded.

    A look back encodes every turn to find bids, then reads each bid with its
    answer through the pipeline a moment later: the cache saves that second pass.
    """

    def __init__(self, encoder: Encoder, size: int = 2048):
        self.encoder = encoder
        self.name = encoder.name
        self.dim = encoder.dim
        self.size = size
        self._vectors: OrderedDict[str, FloatArray] = OrderedDict()

    def embed(self, texts: Sequence[str]) -> FloatArray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if missing:
            for text, vector in zip(missing, self.encoder.embed(missing), strict=True):
                self._vectors[text] = vector
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = self._vectors[text]
            self._vectors.move_to_end(text)
        while len(self._vectors) > self.size:
            self._vectors.popitem(last=False)
        return out
