"""Practice fixtures: hand-made analysis records and a fake engine that returns them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import pytest

from empathos.core.types import Request

Record = dict[str, Any]
MakeRecord = Callable[..., Record]


def make_record(
    reply: str = "",
    mechanisms: Sequence[str] = (),
    blocks: Iterable[str | tuple[str, str]] = (),
    score: int = 50,
    empathy: tuple[int, int, int] = (0, 0, 0),
    suggestion: str | None = None,
    risk: Mapping[str, str] | None = None,
) -> Record:
    """A contract record of a reply. A block given as a bare kind quotes the whole reply."""
    spans = []
    for block in blocks:
        kind, text = (block, reply.strip()) if isinstance(block, str) else block
        start = reply.find(text)
        spans.append({"kind": kind, "text": text, "start": start, "end": start + len(text)})
    return {
        "id": None,
        "partner": {"emotions": [], "seeks": "empathy", "risk": risk},
        "reply": {
            "empathy": dict(
                zip(
                    ("emotional_reactions", "interpretations", "explorations"), empathy, strict=True
                )
            ),
            "strategy": {"label": "others", "scores": {}},
            "mechanisms": list(mechanisms),
            "blocks": spans,
            "score": score,
            "empathic": bool(mechanisms) and not spans,
        },
        "feedback": [],
        "suggestion": suggestion,
    }


@pytest.fixture
def record() -> MakeRecord:
    return make_record


class ScriptedEngine:
    """Answers each request with the next record from a script, and remembers the requests."""

    def __init__(self, records: Iterable[Record]) -> None:
        self.records = list(records)
        self.requests: list[Request] = []

    def __call__(self, request: Request) -> Record:
        self.requests.append(request)
        return self.records[len(self.requests) - 1]


@pytest.fixture
def scripted() -> Callable[[Iterable[Record]], ScriptedEngine]:
    return ScriptedEngine
