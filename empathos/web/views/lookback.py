"""Look back: upload a chat export, read its report, keep it or delete it.

The report is empathos.chats.report's self-contained HTML, whose plotly charts are
inline scripts. It is served at its own address with its own CSP: only the scripts it
was rendered with run (each allowed by its SHA-256), nothing loads from anywhere, and
`sandbox` gives it an opaque origin, so it can neither read this app's pages nor post
to them. The look-back page shows it in an iframe sandboxed the same way.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from empathos.errors import InputError
from empathos.web._deps import check_csrf, current_user
from empathos.web.app import page, services

router = APIRouter(include_in_schema=False)

_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
_SAFE_NAME = re.compile(r"[^A-Za-z0-9 ._()-]+")


def report_csp(html: str) -> str:
    """The report's policy: its own inline scripts by hash, and nothing from anywhere."""
    hashes = sorted(
        {
            "'sha256-"
            + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
            + "'"
            for body in _SCRIPT.findall(html)
        }
    )
    return (
        f"default-src 'none'; script-src {' '.join(hashes) or chr(39) + 'none' + chr(39)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; "
        "form-action 'none'; frame-ancestors 'self'; sandbox allow-scripts"
    )


def _lookback_page(request: Request, *, error: str | None = None, status: int = 200) -> Response:
    found = services(request)
    kept = found.reports.kept(current_user(request))
    limit_mb = request.app.state.config.limits.upload_bytes / (1 << 20)
    return page(
        request,
        "lookback.html",
        {"kept": kept, "error": error, "limit_mb": f"{limit_mb:g}"},
        status=status,
        section="lookback",
    )


@router.get("/lookback", response_class=HTMLResponse)
def lookback_home(request: Request) -> Response:
    return _lookback_page(request)


def _file_name(name: str | None) -> str:
    base = _SAFE_NAME.sub("_", Path(name or "").name).strip(" .")[:100]
    return base or "chat.txt"


@router.post("/lookback")
def lookback_upload(
    request: Request,
    export: Annotated[UploadFile, File()],
    me: Annotated[str, Form(max_length=200)] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    from empathos.chats.importers import open_chat
    from empathos.chats.lookback import look_back
    from empathos.chats.report import render_report

    check_csrf(request, csrf)
    found = services(request)
    name = _file_name(export.filename)
    try:
        with tempfile.TemporaryDirectory(prefix="empathos-upload-") as folder:
            path = Path(folder) / name
            with path.open("wb") as out:
                shutil.copyfileobj(export.file, out)
            source = open_chat(path)
            summary: dict[str, Any] = look_back(
                source, found.engine.get(), found.lookback(), me=me.strip() or None
            )
    except InputError as exc:
        return _lookback_page(request, error=str(exc), status=422)
    summary["source"] = name
    html = render_report(summary)
    people = summary.get("participants") or []
    title = " and ".join(str(p) for p in people[:2]) or "Your chat"
    info = found.reports.add_draft(current_user(request), title, name, html)
    return RedirectResponse(f"/lookback/{info.id}", status_code=303)


@router.get("/lookback/{report_id}", response_class=HTMLResponse)
def lookback_view(request: Request, report_id: str) -> Response:
    info, _ = services(request).reports.get(current_user(request), report_id)
    return page(request, "lookback_report.html", {"report": info}, section="lookback")


@router.get("/lookback/{report_id}/report", response_class=HTMLResponse)
def lookback_report(request: Request, report_id: str, download: bool = False) -> Response:
    info, html = services(request).reports.get(current_user(request), report_id)
    headers = {"content-security-policy": report_csp(html), "x-frame-options": "SAMEORIGIN"}
    if download:
        stem = Path(info.source).stem or "chat"
        headers["content-disposition"] = f'attachment; filename="look-back-{stem}.html"'
    return HTMLResponse(html, headers=headers)


@router.post("/lookback/{report_id}/keep")
def lookback_keep(
    request: Request, report_id: str, csrf: Annotated[str, Form()] = ""
) -> RedirectResponse:
    check_csrf(request, csrf)
    services(request).reports.keep(current_user(request), report_id)
    return RedirectResponse(f"/lookback/{report_id}", status_code=303)


@router.post("/lookback/{report_id}/delete")
def lookback_delete(
    request: Request, report_id: str, csrf: Annotated[str, Form()] = ""
) -> RedirectResponse:
    check_csrf(request, csrf)
    services(request).reports.delete(current_user(request), report_id)
    return RedirectResponse("/lookback?deleted=1", status_code=303)
