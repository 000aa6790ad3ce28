"""The Python API: analyze() one message, analyze_many() a batch."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from empathos.core.labels import PARTNER_NEEDS
from empathos.core.pipeline import Pipeline
from empathos.core.types import Request, Turn
from empathos.errors import InputError

MAX_CHARS = (
    20_000  # longer than any chat message; beyond this the encoder sees only the start anyway
)


def make_request(
    partner: object,
    reply: object = None,
    context: object = None,
    partner_needs: object = None,
    id: Any = None,
) -> Request:
    """Validates loosely typed input (JSON, CLI, web) into a Request, or raises InputError."""
    if not isinstance(partner, str):
        raise InputError(f"'partner' must be a string, got {type(partner).__name__}")
    if reply is not None and not isinstance(reply, str):
        raise InputError(f"'reply' must be a string or null, got {type(reply).__name__}")
    reply = reply if reply and reply.strip() else None
    if not partner.strip() and reply is None:
        raise InputError("'partner' is empty: give what your partner said")
    for name, text in (("partner", partner), ("reply", reply or "")):
        if len(text) > MAX_CHARS:
            raise InputError(f"'{name}' is {len(text):,} characters; the limit is {MAX_CHARS:,}")
    return Request(
        partner=partner,
        reply=reply,
        context=_turns(context),
        partner_needs=_needs(partner_needs),
        id=id,
    )


def _turns(context: object) -> tuple[Turn, ...]:
    if context is None:
        return ()
    if not isinstance(context, Sequence) or isinstance(context, str):
        raise InputError('\'context\' must be a list of {"speaker", "text"} objects')
    turns = []
    for i, turn in enumerate(context):
        if isinstance(turn, Turn):
            turns.append(turn)
            continue
        if not isinstance(turn, Mapping):
            raise InputError(f"context[{i}] must be an object with 'speaker' and 'text'")
        speaker, text = turn.get("speaker"), turn.get("text")
        if speaker not in ("partner", "me"):
            raise InputError(f"context[{i}].speaker must be 'partner' or 'me', got {speaker!r}")
        if not isinstance(text, str):
            raise InputError(f"context[{i}].text must be a string")
        turns.append(Turn(speaker, text))
    return tuple(turns)


def _needs(needs: object) -> tuple[str, ...]:
    if needs is None:
        return ()
    if not isinstance(needs, Sequence) or isinstance(needs, str):
        raise InputError(f"'partner_needs' must be a list of: {', '.join(PARTNER_NEEDS)}")
    unknown = [n for n in needs if n not in PARTNER_NEEDS]
    if unknown:
        raise InputError(f"unknown partner_needs {unknown!r}; known: {', '.join(PARTNER_NEEDS)}")
    return tuple(str(n) for n in needs)


def _pipeline(pipeline: Pipeline | None) -> Pipeline:
    if pipeline is not None:
        return pipeline
    from empathos.engine import default_pipeline  # loads onnxruntime only when needed

    return default_pipeline()


def analyze(
    partner: str,
    reply: str | None = None,
    context: Sequence[Mapping[str, str] | Turn] | None = None,
    partner_needs: Sequence[str] | None = None,
    *,
    pipeline: Pipeline | None = None,
) -> dict[str, Any]:
    """Analyze what the partner said and, optionally, a draft reply; returns the record."""
    request = make_request(partner, reply, context, partner_needs)
    return _pipeline(pipeline).analyze([request])[0].to_dict()


def analyze_many(
    items: Iterable[Request | Mapping[str, Any]],
    *,
    pipeline: Pipeline | None = None,
    batch_size: int = 64,
) -> list[dict[str, Any]]:
    """Analyze many items (Requests or dicts with partner/reply/context/partner_needs/id)."""
    requests = [
        item
        if isinstance(item, Request)
        else make_request(
            item.get("partner"),
            item.get("reply"),
            item.get("context"),
            item.get("partner_needs"),
            item.get("id"),
        )
        for item in items
    ]
    engine = _pipeline(pipeline)
    out: list[dict[str, Any]] = []
    for start in range(0, len(requests), batch_size):
        out += [a.to_dict() for a in engine.analyze(requests[start : start + batch_size])]
    return out
