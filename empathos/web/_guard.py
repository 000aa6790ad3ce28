"""The outermost layer of the web app, as plain ASGI: what every response must obey.

    * the Host header names this machine (a page elsewhere cannot reach us by DNS rebinding)
    * a POST from another site's page is refused (Origin and Sec-Fetch-Site)
    * request bodies have a size limit: 413 before the app reads past it
    * security headers on every response, error pages included
    * an exception that escapes the app becomes a plain 500 page: logged here, never
      shown to the client

It sits inside Starlette's own error middleware, so the 500 it writes still gets the
headers; Starlette's would not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("empathos.web")

# Pages: scripts and styles only from our own files, nothing inline, no framing.
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS: Mapping[str, str] = {
    "content-security-policy": PAGE_CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})


@dataclass(frozen=True)
class Limits:
    body_bytes: int = 1 << 20  # a JSON request: two 20,000-character texts and context
    upload_bytes: int = 25 << 20  # a chat export; a WhatsApp zip *without media* is far less
    upload_paths: tuple[str, ...] = ("/lookback",)  # prefixes that take an upload

    def for_path(self, path: str) -> int:
        if any(path == p or path.startswith(p + "/") for p in self.upload_paths):
            return self.upload_bytes
        return self.body_bytes


@dataclass
class Guard:
    """ASGI middleware; `render_error(status, message)` draws the body of its own refusals."""

    app: ASGIApp
    render_error: Callable[[Scope, int, str], tuple[bytes, str]]
    limits: Limits = field(default_factory=Limits)
    allowed_hosts: frozenset[str] | None = LOCAL_HOSTS  # None: any Host (chosen by the user)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        if self.allowed_hosts is not None and _host_name(headers) not in self.allowed_hosts:
            await self._refuse(scope, send, 400, "This address is not served here.")
            return
        if scope["method"] not in SAFE_METHODS and _cross_site(headers):
            # Another site's page posting into ours (CSRF): forms also carry a token.
            await self._refuse(scope, send, 403, "Requests from other sites are refused.")
            return
        limit = self.limits.for_path(scope["path"])
        upload = limit != self.limits.body_bytes
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                await self._refuse(scope, send, 400, "The Content-Length header is not a number.")
                return
            if int(declared) > limit:
                await self._refuse(scope, send, 413, _too_large(limit, upload))
                return

        received = 0
        too_large = False
        started = False

        async def limited_receive() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    too_large = True
                    # The app sees the end of an empty body; what it answers is dropped.
                    return {"type": "http.request", "body": b"", "more_body": False}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if too_large:
                return
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": _with_security(message.get("headers", []))}
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if not started and not too_large:
                await self._refuse(
                    scope, send, 500, "Something went wrong on our side. Nothing was lost."
                )
            return
        if too_large:
            await self._refuse(scope, send, 413, _too_large(limit, upload))

    async def _refuse(self, scope: Scope, send: Send, status: int, message: str) -> None:
        body, content_type = self.render_error(scope, status, message)
        raw = [
            (b"content-type", content_type.encode("latin-1")),
            (b"content-length", str(len(body)).encode("latin-1")),
            (b"cache-control", b"no-store"),
        ]
        if status == 413:
            raw.append((b"connection", b"close"))
        start = {"type": "http.response.start", "status": status, "headers": _with_security(raw)}
        await send(start)
        await send({"type": "http.response.body", "body": body})


def _too_large(limit: int, upload: bool) -> str:
    message = f"That is too large: the limit is {_size(limit)}."
    if upload:
        message += (
            " Export the chat without media, or start empathos serve with a larger --max-upload-mb."
        )
    return message


def _size(count: int) -> str:
    if count >= 1 << 20:
        return f"{count / (1 << 20):.3g} MB"
    return f"{count / (1 << 10):.0f} KB"


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


def _host_name(headers: Mapping[str, str]) -> str:
    host = headers.get("host", "").strip().lower()
    if host.startswith("["):  # [::1]:8000
        return host.split("]", 1)[0] + "]"
    return host.rsplit(":", 1)[0] if ":" in host else host


def _cross_site(headers: Mapping[str, str]) -> bool:
    """True when the browser says the request comes from another site's page.

    Browsers send Sec-Fetch-Site on every request; it is the answer when present.
    Origin is the fallback, except "null": under Referrer-Policy no-referrer a browser
    sends that for our own form posts too (forms also carry a CSRF token)."""
    site = headers.get("sec-fetch-site")
    if site is not None:
        return site in ("cross-site", "same-site")
    origin = headers.get("origin")
    if origin is None or origin == "null":
        return False  # not from a browser page (curl, the load test), or an old browser
    host = origin.split("://", 1)[-1].rstrip("/").lower()
    return host != headers.get("host", "").lower()


def _with_security(headers: Iterable[Any]) -> list[tuple[bytes, bytes]]:
    """The response's headers plus each security header it does not set itself."""
    out = [(bytes(k), bytes(v)) for k, v in headers]
    present = {k.lower() for k, _ in out}
    for name, value in SECURITY_HEADERS.items():
        if name.encode("latin-1") not in present:
            out.append((name.encode("latin-1"), value.encode("latin-1")))
    if b"cache-control" not in present:
        out.append((b"cache-control", b"no-store"))  # pages hold private words
    return out
