"""Check a reply: what they said, my draft, and how it would land.

The page works without JavaScript (the form posts here and the server draws the
result); with it, static/check.js asks POST /api/analyze as you type.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from empathos.api import make_request
from empathos.core.labels import PARTNER_NEEDS
from empathos.web import _growth
from empathos.web._deps import check_csrf, current_user
from empathos.web._words import labels, record_view
from empathos.web.app import page, services

router = APIRouter(include_in_schema=False)

NEEDS_WORDS = {
    "listen": "listening",
    "reassurance": "reassurance",
    "touch": "a hug or touch",
    "advice": "advice",
    "space": "some space",
    "distraction": "distraction",
}


def _labels_json() -> Markup:
    # A JSON data block is not executed, so the CSP allows it; `<` is escaped so a label
    # can never close the element.
    raw = json.dumps(labels(), ensure_ascii=False).replace("<", "\\u003c")
    return Markup(raw)


def _form_page(
    request: Request,
    partner: str = "",
    reply: str = "",
    needs: list[str] | None = None,
    *,
    kept: int | None = None,
    status: int = 200,
) -> HTMLResponse:
    view = None
    if partner.strip() or reply.strip():
        request_ = make_request(partner, reply or None, None, needs or None)
        record = services(request).engine.get().analyze([request_])[0].to_dict()
        view = record_view(record, request_.reply)
    return page(
        request,
        "check.html",
        {
            "partner": partner,
            "reply": reply,
            "needs": needs or [],
            "all_needs": [(n, NEEDS_WORDS.get(n, n)) for n in PARTNER_NEEDS],
            "view": view,
            "kept": kept,
            "labels_json": _labels_json(),
        },
        status=status,
        section="check",
    )


def keep(request: Request, record: dict[str, Any], partner: str, reply: str | None) -> int:
    """Keeps a record with its texts, and the skill points it shows (as the CLI's --keep)."""
    found = services(request)
    store, user = found.store.get(), current_user(request)
    kept = store.keep_analysis(
        user,
        record,
        partner,
        reply,
        model_version=found.model_version(),
        skills=_growth.analysis_skills(record),  # one transaction with the record
    )
    return kept.id


@router.get("/", response_class=HTMLResponse)
@router.get("/check", response_class=HTMLResponse)
def check_page(request: Request, kept: int | None = None) -> HTMLResponse:
    return _form_page(request, kept=kept)


@router.post("/check", response_class=HTMLResponse)
def check_submit(
    request: Request,
    partner: Annotated[str, Form(max_length=20_000)] = "",
    reply: Annotated[str, Form(max_length=20_000)] = "",
    needs: Annotated[list[str] | None, Form()] = None,
    csrf: Annotated[str, Form()] = "",
) -> HTMLResponse:
    check_csrf(request, csrf)
    return _form_page(request, partner, reply, needs)


@router.post("/check/keep")
def check_keep(
    request: Request,
    partner: Annotated[str, Form(max_length=20_000)] = "",
    reply: Annotated[str, Form(max_length=20_000)] = "",
    needs: Annotated[list[str] | None, Form()] = None,
    csrf: Annotated[str, Form()] = "",
) -> Response:
    """Keeps the analysis of these texts (analyzed again here: the page's copy is not trusted)."""
    check_csrf(request, csrf)
    checked = make_request(partner, reply or None, None, needs or None)
    found = services(request)
    record = found.engine.get().analyze([checked])[0].to_dict()
    kept = keep(request, record, checked.partner, checked.reply)
    return _form_page(request, partner, reply, needs, kept=kept)
