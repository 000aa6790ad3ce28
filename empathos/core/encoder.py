"""The encoder interface: the one piece of the engine that runs a neural network."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from empathos.core.features import FloatArray


class Encoder(Protocol):
    """Turns texts into fixed-size vectors, one row per text, in input order."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> FloatArray: ...
