"""Settings and your data: where it lives, export all of it, delete all of it."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from empathos.web._deps import check_csrf, current_user
from empathos.web.app import error_page, page, services

router = APIRouter(include_in_schema=False)

EXPORT_FORMATS = ("json",)
CONFIRM_WORD = "delete"


@router.get("/settings", response_class=HTMLResponse)
def settings_page(request: Request, deleted: bool = False) -> HTMLResponse:
    found = services(request)
    store = found.store.get()
    user = current_user(request)
    counts = {
        "kept analyses": len(store.list_analyses(user, limit=None)),
        "practice sessions": len(store.practice_sessions(user)),
        "skill points": len(store.skill_history(user)),
        "check-ins": len(store.checkins(user)),
        "look-back reports kept": len(found.reports.kept(user)),
    }
    return page(
        request,
        "settings.html",
        {
            "database": store.url,
            "backend": store.backend,
            "model": found.model_version() if found.engine.ready else "loads on first use",
            "counts": counts,
            "deleted": deleted,
            "formats": EXPORT_FORMATS,
        },
        section="settings",
    )


@router.get("/settings/export")
def export(request: Request, format: str = "json") -> Response:
    """Everything the store keeps about you, as one JSON file to download."""
    if format not in EXPORT_FORMATS:
        return error_page(
            400,
            f"There is no {format!r} export. Exports come as: {', '.join(EXPORT_FORMATS)}.",
            request,
        )
    found = services(request)
    user = current_user(request)
    data = found.store.get().export_user_data(user)
    data["lookback_reports"] = [
        {"id": r.id, "title": r.title, "source": r.source, "created": r.created}
        for r in found.reports.kept(user)
    ]
    body = json.dumps(data, ensure_ascii=False, indent=2)
    name = f"empathos-export-{date.today().isoformat()}.json"
    return Response(
        body,
        media_type="application/json",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


@router.get("/settings/delete", response_class=HTMLResponse)
def delete_confirm(request: Request) -> HTMLResponse:
    return page(request, "delete.html", {"word": CONFIRM_WORD, "error": None}, section="settings")


@router.post("/settings/delete")
def delete_everything(
    request: Request,
    confirm: Annotated[str, Form(max_length=100)] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, csrf)
    if confirm.strip().lower() != CONFIRM_WORD:
        error = f"Type {CONFIRM_WORD!r} in the box to confirm; nothing was deleted."
        return page(
            request,
            "delete.html",
            {"word": CONFIRM_WORD, "error": error},
            status=422,
            section="settings",
        )
    found = services(request)
    user = current_user(request)
    found.store.get().delete_user_data(user)
    found.reports.forget_user(user)
    found.rooms.forget_user(user)
    if found.multi_user:  # the account went too, and its sessions with it
        response = RedirectResponse("/signin?deleted=1", status_code=303)
        response.delete_cookie(request.app.state.accounts.session_cookie, path="/")
        return response
    return RedirectResponse("/settings?deleted=1", status_code=303)
