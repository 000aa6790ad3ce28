"""Who is asking, and whether a form really came from one of our pages."""

from __future__ import annotations

import secrets

from fastapi import Request

from empathos.errors import Forbidden
from empathos.web import _auth
from empathos.web.app import services

# Answer without anyone signed in, in server mode too: they show nobody's data.
PUBLIC_PATHS = frozenset({"/healthz", "/docs", "/openapi.json"})


def current_user(request: Request) -> int:
    """The person using the app. Local mode: the one local user of the store (made
    again after 'delete all my data'). Server mode: whoever is signed in, or
    SignInRequired (the sign-in page, or 401 from the API)."""
    if _auth.multi_user(request):
        return _auth.signed_in_user(request)
    return services(request).store.get().local_user().id


def signed_in(request: Request) -> None:
    """A dependency of every router but the account pages: in server mode, nothing of
    the app answers until someone signs in."""
    if _auth.multi_user(request) and request.url.path not in PUBLIC_PATHS:
        _auth.signed_in_user(request)


def check_csrf(request: Request, token: str) -> None:
    """Every form carries the token of the page it came from; another site cannot read it.
    In server mode it is the signed-in session's own (or, before sign-in, one bound to
    this browser's form cookie)."""
    expected = _auth.csrf_token(request)
    if not token or not expected or not secrets.compare_digest(token.encode(), expected.encode()):
        raise Forbidden("This form has expired: reload the page and try again.")
