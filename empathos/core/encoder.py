"""The encoder interface: the one piece of the engine that runs a neural network."""

from __future__ import annotations

import threading
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

    Exact only for an encoder that gives a text the same vector whatever else is in
    the batch, as the shipped one does (each text runs alone). Checking a draft as it
    is typed sends the partner's message again with every draft, and a look back
    encodes every turn to find bids, then reads each bid with its answer a moment
    later: both meet the same texts again. Safe to share between threads.
    """

    def __init__(self, encoder: Encoder, size: int = 2048):
        if isinstance(encoder, CachingEncoder):  # one cache in front of the encoder, not two
            encoder = encoder.encoder
        self.encoder: Encoder = encoder
        self.name = encoder.name
        self.dim = encoder.dim
        self.size = size
        self._vectors: OrderedDict[str, FloatArray] = OrderedDict()
        self._lock = threading.Lock()  # held for the lookups, never while encoding

    def embed(self, texts: Sequence[str]) -> FloatArray:
        with self._lock:
            known = {t: self._vectors[t] for t in texts if t in self._vectors}
            for text in known:
                self._vectors.move_to_end(text)
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            fresh = dict(zip(missing, self.encoder.embed(missing), strict=True))
            with self._lock:
                self._vectors.update(fresh)
                while len(self._vectors) > self.size:
                    self._vectors.popitem(last=False)
            known |= fresh
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = known[text]
        return out

    def forget(self) -> None:
        """Drops every remembered vector (benchmarks measure the encoder itself)."""
        with self._lock:
            self._vectors.clear()
