"""The suggestion from a configured generator, checked by the engine, or the offline one.

An adapter: it talks to the network (only when the user configured an endpoint) and
runs the pipeline on the generator's draft.
"""

from __future__ import annotations

import os
from typing import Any, Final

from empathos.backends.generator import ChatEndpoint, GeneratorUnavailable
from empathos.core.couple.generated import SYSTEM, acceptable, clean, user_prompt
from empathos.core.pipeline import Pipeline
from empathos.core.types import Request

URL_ENV: Final = "EMPATHOS_SUGGEST_URL"
MODEL_ENV: Final = "EMPATHOS_SUGGEST_MODEL"
KEY_ENV: Final = "EMPATHOS_SUGGEST_KEY"


def configured_endpoint(url: str | None = None) -> ChatEndpoint | None:
    """The endpoint from `url` or EMPATHOS_SUGGEST_URL; None (the default) keeps all local."""
    url = (url or os.environ.get(URL_ENV, "")).strip()
    if not url:
        return None
    model = os.environ.get(MODEL_ENV, "").strip() or "local"
    return ChatEndpoint(url, model, os.environ.get(KEY_ENV, "").strip() or None)


def generate_suggestion(
    record: dict[str, Any], request: Request, pipeline: Pipeline, endpoint: ChatEndpoint
) -> dict[str, Any]:
    """The record with the generator's suggestion when the engine accepts it.

    Adds `suggestion_source` ("generator" or "offline") and, when the generator's draft
    was not used, `suggestion_note` saying why. Nothing is sent when there is nothing
    to suggest, or when the partner's message signals a crisis (safety comes first,
    and those words stay on this machine).
    """
    if record.get("suggestion") is None or record["partner"].get("risk"):
        return record
    out = dict(record, suggestion_source="offline")
    try:
        draft = clean(endpoint.complete(SYSTEM, user_prompt(request, record)))
    except GeneratorUnavailable as exc:
        out["suggestion_note"] = f"generator not used: {exc}"
        return out
    if not draft:
        out["suggestion_note"] = "generator not used: it answered with no reply"
        return out
    check = Request(request.partner, draft, request.context, request.partner_needs)
    if not acceptable(pipeline.analyze([check])[0]):
        out["suggestion_note"] = "generator not used: its reply did not read as empathic"
        return out
    out["suggestion"] = draft
    out["suggestion_source"] = "generator"
    return out
