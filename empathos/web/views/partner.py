"""Server mode's Partner page: link two accounts with a one-time invite code, see who
you are linked with, leave, and say how heard you felt by your partner's check-ins.

GET  /partner          who you are linked with; their shared check-ins to rate
POST /partner/invite   a new invite code, shown once (the old one stops working)
POST /partner/join     join with your partner's code
POST /partner/leave    unlink (check-ins stay with their authors)
POST /partner/rate     "I felt heard", 1 to 5, on one of your partner's check-ins
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from empathos.errors import Forbidden, InputError, NotFound
from empathos.store import HEARD_SCALE
from empathos.web._deps import check_csrf, current_user
from empathos.web.app import page, services

router = APIRouter(include_in_schema=False)

HEARD_WORDS = {1: "not at all", 2: "a little", 3: "somewhat", 4: "mostly", 5: "completely"}


def _partner_page(
    request: Request, *, code: str | None = None, error: str | None = None, status: int = 200
) -> HTMLResponse:
    store, me = services(request).store.get(), current_user(request)
    partner = store.partner_of(me)
    shared = []
    if partner is not None:
        given = {
            r.target_id: r.value
            for r in store.heard_ratings(me, given=True)
            if r.target_type == "checkin" and r.rated_id == partner.user_id
        }
        shared = [
            {"checkin": c, "rating": given.get(c.id)}
            for c in store.checkins(me, include_partner=True)
            if c.user_id == partner.user_id
        ][:30]
    return page(
        request,
        "partner.html",
        {
            "partner": partner,
            "code": code,
            "error": error,
            "shared": shared,
            "scale": [(v, HEARD_WORDS[v]) for v in HEARD_SCALE],
        },
        status=status,
        section="partner",
    )


@router.get("/partner", response_class=HTMLResponse)
def partner_home(request: Request) -> HTMLResponse:
    return _partner_page(request)


@router.post("/partner/invite", response_class=HTMLResponse)
def partner_invite(request: Request, csrf: Annotated[str, Form()] = "") -> HTMLResponse:
    check_csrf(request, csrf)
    try:
        code = services(request).store.get().create_couple(current_user(request))
    except Forbidden as exc:
        return _partner_page(request, error=str(exc), status=403)
    # Shown on this page only, never put in an address: reloading does not show it again.
    return _partner_page(request, code=code)


@router.post("/partner/join")
def partner_join(
    request: Request,
    code: Annotated[str, Form(max_length=40)] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    check_csrf(request, csrf)
    try:
        services(request).store.get().join_couple(current_user(request), code)
    except (InputError, NotFound, Forbidden) as exc:
        status = 404 if isinstance(exc, NotFound) else 422
        return _partner_page(request, error=str(exc), status=status)
    return RedirectResponse("/partner?joined=1", status_code=303)


@router.post("/partner/leave")
def partner_leave(request: Request, csrf: Annotated[str, Form()] = "") -> RedirectResponse:
    check_csrf(request, csrf)
    services(request).store.get().leave_couple(current_user(request))
    return RedirectResponse("/partner", status_code=303)


@router.post("/partner/rate")
def partner_rate(
    request: Request,
    checkin: Annotated[int, Form()],
    value: Annotated[int, Form()],
    csrf: Annotated[str, Form()] = "",
) -> RedirectResponse:
    check_csrf(request, csrf)
    store, me = services(request).store.get(), current_user(request)
    partner = store.partner_of(me)
    if partner is None:
        raise Forbidden("You can rate only your partner, and only once you are a couple.")
    store.rate_heard(me, partner.user_id, "checkin", checkin, value)
    return RedirectResponse(f"/partner#checkin-{checkin}", status_code=303)
