"""Server mode (`empathos serve --multi-user`): who is signed in, and the forms' CSRF tokens.

    passwords   argon2id (argon2-cffi's defaults); an unknown email is checked against a
                dummy hash, so answering takes as long whether the account exists or not
    sessions    a random secret in an HttpOnly, SameSite=Lax cookie (Secure, and named
                __Host-..., when served beyond localhost); the store keeps its SHA-256,
                its expiry and its CSRF token. A new one at every sign-in (the old one is
                revoked), deleted at sign-out, gone with the account.
    CSRF        every form carries its session's token; the sign-in and sign-up forms,
                before there is a session, an HMAC of a random per-browser cookie
    rate limit  in the store, so every worker process counts the same failures: 5 failed
                sign-ins in 15 minutes per account and per client address, then "try
                again in N minutes"

Local mode (the default) has none of this: one person, no cookies, and one CSRF token
per run of the app.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Final

from fastapi import Request

if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from empathos.store import Store, WebSession

SESSION_LIFETIME: Final = timedelta(days=14)
FAILURE_WINDOW: Final = timedelta(minutes=15)
MAX_FAILURES: Final = 5
MIN_PASSWORD: Final = 10
MAX_PASSWORD: Final = 1024  # argon2 takes any length; this keeps a request's work bounded
_UNSET: Final = object()


class SignInRequired(Exception):
    """Raised by current_user() in server mode when no one is signed in."""


@dataclass
class Accounts:
    """What server mode keeps for the app's lifetime: the hasher and a secret for the
    sign-in forms' CSRF tokens. `secure`: the cookies are Secure (served beyond localhost)."""

    secure: bool = False
    hasher: PasswordHasher | None = None
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    _dummy: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _ph(self) -> PasswordHasher:
        if self.hasher is None:
            from argon2 import PasswordHasher

            self.hasher = PasswordHasher()
        return self.hasher

    @property
    def session_cookie(self) -> str:
        return "__Host-empathos_session" if self.secure else "empathos_session"

    @property
    def form_cookie(self) -> str:
        return "__Host-empathos_form" if self.secure else "empathos_form"

    def hash(self, password: str) -> str:
        return self._ph().hash(password)

    def verify(self, stored: str | None, password: str) -> bool:
        """True when `password` matches `stored`; with no stored hash (an unknown email)
        a dummy one is checked all the same, and the answer is False."""
        from argon2.exceptions import InvalidHashError, VerificationError

        if stored is None:
            with self._lock:
                if self._dummy is None:
                    self._dummy = self.hash(secrets.token_urlsafe(16))
            stored = self._dummy
            password = password + "\x00never"
        try:
            return bool(self._ph().verify(stored, password)) and stored != self._dummy
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return bool(self._ph().check_needs_rehash(stored))

    def form_token(self, browser: str) -> str:
        return hmac.new(self.secret, browser.encode("utf-8"), hashlib.sha256).hexdigest()


def password_problem(password: str, email: str) -> str | None:
    """Why this password will not do, in words; None when it will."""
    if len(password) < MIN_PASSWORD:
        return f"Choose a password of at least {MIN_PASSWORD} characters."
    if len(password) > MAX_PASSWORD:
        return f"Choose a password of at most {MAX_PASSWORD} characters."
    lowered, address = password.strip().lower(), email.strip().lower()
    if address and lowered in (address, address.partition("@")[0]):
        return "Choose a password that is not your email address."
    return None


def accounts(request: Request) -> Accounts:
    found: Accounts = request.app.state.accounts
    return found


def multi_user(request: Request) -> bool:
    return bool(request.app.state.config.multi_user)


def _store(request: Request) -> Store:
    store: Store = request.app.state.services.store.get()
    return store


def web_session(request: Request) -> WebSession | None:
    """The signed-in session of this request (looked up once per request), or None."""
    cached = getattr(request.state, "web_session", _UNSET)
    if cached is not _UNSET:
        return cached  # type: ignore[return-value]
    token = request.cookies.get(accounts(request).session_cookie, "")
    found = _store(request).web_session(token) if token else None
    request.state.web_session = found
    return found


def signed_in_user(request: Request) -> int:
    found = web_session(request)
    if found is None:
        raise SignInRequired
    return found.user_id


def csrf_token(request: Request) -> str:
    """The token this request's forms carry: the session's, or before sign-in the HMAC
    of the browser's form cookie ('' when it has none yet: the account pages set it)."""
    if not multi_user(request):
        token: str = request.app.state.services.csrf_token
        return token
    found = web_session(request)
    if found is not None:
        return found.csrf_token
    browser = request.cookies.get(accounts(request).form_cookie, "")
    return accounts(request).form_token(browser) if browser else ""


def account_key(email: str) -> str:
    """Failed sign-ins are counted per account under this key."""
    return f"account:{email.strip().lower()[:320]}"


def address_key(request: Request) -> str:
    """Failed sign-ins (and sign-ups that hit a taken email) are counted per client
    address under this key."""
    return f"address:{request.client.host if request.client else 'unknown'}"


def failure_keys(request: Request, email: str) -> list[str]:
    return [account_key(email), address_key(request)]


def try_again_in(minutes: int) -> str:
    return f"Try again in {minutes} minute{'s' if minutes != 1 else ''}."


def locked_for(store: Store, keys: list[str], now: datetime) -> int:
    """Minutes until another sign-in may be tried under these keys; 0 when now."""
    wait = timedelta(0)
    for key in keys:
        failures = store.login_failures(key, now - FAILURE_WINDOW)
        if len(failures) >= MAX_FAILURES:
            wait = max(wait, failures[-MAX_FAILURES] + FAILURE_WINDOW - now)
    return math.ceil(wait.total_seconds() / 60) if wait > timedelta(0) else 0


def safe_next(target: str) -> str:
    """Where to go after signing in: a path of this app only, never another site."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/check"
