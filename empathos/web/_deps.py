"""Who is asking, and whether a form really came from one of our pages."""

from __future__ import annotations

import secrets

from fastapi import Request

from empathos.errors import Forbidden
from empathos.web.app import services


def current_user(request: Request) -> int:
    """The person using the app. Local mode: the one local user of the store (made
    again after 'delete all my data')."""
    return services(request).store.get().local_user().id


def check_csrf(request: Request, token: str) -> None:
    """Every form carries the token of the page it came from; another site cannot read it."""
    expected = services(request).csrf_token
    if not token or not secrets.compare_digest(token.encode(), expected.encode()):
        raise Forbidden("This form has expired: reload the page and try again.")
