"""Server mode's account pages: sign up, sign in, sign out (see _auth.py for how).

GET/POST /signup    a name, an email and a password of 10 characters or more
GET/POST /signin    5 failed tries in 15 minutes per account and per address, then a pause
POST     /signout   ends this session
"""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from empathos.errors import AlreadyExists, Forbidden, InputError
from empathos.store._models import utcnow
from empathos.web import _auth
from empathos.web._deps import check_csrf
from empathos.web.app import page, services

router = APIRouter(include_in_schema=False)

WRONG = "That email and password do not match an account. Check both and try again."


def _form(
    request: Request,
    template: str,
    context: dict[str, object] | None = None,
    *,
    status: int = 200,
) -> HTMLResponse:
    """The page with its form's CSRF token, setting this browser's form cookie if new."""
    found = _auth.accounts(request)
    browser = request.cookies.get(found.form_cookie, "")
    fresh = not browser
    if fresh:
        browser = secrets.token_urlsafe(32)
    values: dict[str, object] = {"error": None, "email": "", "name": "", "next": "", "notice": ""}
    values.update(context or {})
    values["csrf_token"] = found.form_token(browser)
    response = page(request, template, values, status=status, section=template[:-5])
    if fresh:
        response.set_cookie(
            found.form_cookie,
            browser,
            httponly=True,
            samesite="lax",
            secure=found.secure,
            path="/",
        )
    return response


def _check_form(request: Request, token: str) -> None:
    """The sign-in and sign-up forms' token: bound to this browser's form cookie (a
    session, if there is one, has its own; these forms do not use it)."""
    found = _auth.accounts(request)
    browser = request.cookies.get(found.form_cookie, "")
    expected = found.form_token(browser) if browser else ""
    if not token or not expected or not secrets.compare_digest(token, expected):
        raise Forbidden("This form has expired: reload the page and try again.")


def _signed_in(request: Request, user_id: int, target: str) -> Response:
    """A new session (the browser's old one, if any, is revoked), its cookie, and onwards."""
    found = _auth.accounts(request)
    store = services(request).store.get()
    store.delete_session(request.cookies.get(found.session_cookie, ""))
    store.expire_sessions()  # nobody's lapsed sessions linger in the store
    token, _ = store.create_session(user_id, _auth.SESSION_LIFETIME)
    response = RedirectResponse(_auth.safe_next(target), status_code=303)
    response.set_cookie(
        found.session_cookie,
        token,
        max_age=int(_auth.SESSION_LIFETIME.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=found.secure,
        path="/",
    )
    return response


@router.get("/signin", response_class=HTMLResponse)
def signin_page(request: Request, next: str = "", deleted: bool = False) -> HTMLResponse:
    notice = "Your account and everything in it were deleted." if deleted else ""
    return _form(request, "signin.html", {"next": _auth.safe_next(next), "notice": notice})


@router.post("/signin")
def signin(
    request: Request,
    email: Annotated[str, Form(max_length=320)] = "",
    password: Annotated[str, Form(max_length=_auth.MAX_PASSWORD)] = "",
    next: Annotated[str, Form(max_length=2000)] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    _check_form(request, csrf)
    found, store = _auth.accounts(request), services(request).store.get()
    keys = _auth.failure_keys(request, email)
    again = {"email": email, "next": _auth.safe_next(next)}
    wait = _auth.locked_for(store, keys, utcnow())
    if wait:
        error = f"Too many failed sign-ins. {_auth.try_again_in(wait)}"
        return _form(request, "signin.html", {**again, "error": error}, status=429)
    try:
        user = store.user_by_email(email)
    except InputError:
        user = None
    stored = store.password_hash(user.id) if user is not None else None
    # An unknown email is checked against a dummy hash: the same work, the same answer.
    matches = found.verify(stored, password)  # first: hashed whether the user exists or not
    if user is None or not matches:
        store.record_login_failure(keys)
        return _form(request, "signin.html", {**again, "error": WRONG}, status=401)
    assert stored is not None
    if found.needs_rehash(stored):
        store.set_password_hash(user.id, found.hash(password))
    store.clear_login_failures(keys[0])
    return _signed_in(request, user.id, next)


@router.get("/signup", response_class=HTMLResponse)
def signup_page(request: Request) -> HTMLResponse:
    return _form(request, "signup.html")


@router.post("/signup")
def signup(
    request: Request,
    name: Annotated[str, Form(max_length=100)] = "",
    email: Annotated[str, Form(max_length=320)] = "",
    password: Annotated[str, Form(max_length=_auth.MAX_PASSWORD)] = "",
    csrf: Annotated[str, Form()] = "",
) -> Response:
    _check_form(request, csrf)
    found, store = _auth.accounts(request), services(request).store.get()
    again = {"email": email, "name": name}
    # Sign-up says when an email is taken, so trying many emails from one address is
    # held back as failed sign-ins are: a few tries, not a list of who uses the app.
    address = [_auth.address_key(request)]
    wait = _auth.locked_for(store, address, utcnow())
    if wait:
        error = f"Too many tries. {_auth.try_again_in(wait)}"
        return _form(request, "signup.html", {**again, "error": error}, status=429)
    problem = None if name.strip() else "Tell us the name your partner will see."
    problem = problem or _auth.password_problem(password, email)
    if problem:
        return _form(request, "signup.html", {**again, "error": problem}, status=422)
    hashed = found.hash(password)  # before looking the email up: the same time either way
    try:
        user = store.create_user(name.strip(), email)
    except InputError as exc:
        if isinstance(exc, AlreadyExists):  # a typo in an email reveals nobody
            store.record_login_failure(address)
        return _form(request, "signup.html", {**again, "error": str(exc)}, status=422)
    store.set_password_hash(user.id, hashed)
    return _signed_in(request, user.id, "/check")


@router.post("/signout")
def signout(request: Request, csrf: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf)
    found = _auth.accounts(request)
    services(request).store.get().delete_session(request.cookies.get(found.session_cookie, ""))
    response = RedirectResponse("/signin", status_code=303)
    response.delete_cookie(found.session_cookie, path="/", secure=found.secure, httponly=True)
    return response
