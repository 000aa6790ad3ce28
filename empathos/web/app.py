"""`create_app()`: the FastAPI app of `empathos serve`, its error pages and shared helpers.

Routes live in views/, one module per part of the app. Everything a route needs
comes from `services(request)`, so tests hand in a fake engine and a throwaway store.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import jinja2
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Scope

from empathos import __version__
from empathos.errors import EmpathosError, Forbidden, InputError, ModelError, NotFound, StoreError
from empathos.web._auth import Accounts, SignInRequired, csrf_token
from empathos.web._guard import LOCAL_HOSTS, Guard, Limits
from empathos.web._state import Batcher, Lazy, Reports, Rooms, Services

if TYPE_CHECKING:
    from empathos.core.pipeline import Pipeline
    from empathos.store import Store

log = logging.getLogger("empathos.web")

_SHIPPED: Any = object()  # create_app's default: the shipped look-back heads


@dataclass(frozen=True)
class WebConfig:
    """How the app is served; `empathos serve` fills it from its options."""

    allowed_hosts: frozenset[str] | None = LOCAL_HOSTS  # None: any (listening beyond localhost)
    limits: Limits = field(default_factory=Limits)
    reports_dir: Path | None = None  # default: <data folder>/reports
    # Server mode: accounts, sessions and couples (empathos serve --multi-user).
    multi_user: bool = False
    # Cookies only over HTTPS: server mode beyond localhost, behind a TLS proxy.
    secure_cookies: bool = False
    password_hasher: Any = None  # an argon2.PasswordHasher; None: argon2-cffi's defaults
    preload: bool = False  # open the engine and the store at startup, not on first use


def create_app(
    pipeline: Pipeline | None = None,
    store: Store | None = None,
    *,
    lookback_models: Any = _SHIPPED,
    config: WebConfig | None = None,
) -> FastAPI:
    """The web app. Without `pipeline` or `store` it opens the shipped models and the
    configured database (settings.database_url()) on first use.

    `lookback_models=None` makes look back use its word rules (tests)."""
    config = config or WebConfig()

    def _open_store() -> Store:
        from empathos.store import open_store

        return open_store()

    def _engine() -> Pipeline:
        from empathos.engine import default_pipeline

        return default_pipeline()

    def _lookback() -> Any:
        if lookback_models is not _SHIPPED:
            return False if lookback_models is None else lookback_models
        from empathos.models import load_lookback_models

        return load_lookback_models()

    def _reports_dir() -> Path:
        if config.reports_dir is not None:
            return config.reports_dir
        from empathos import settings

        return settings.data_dir() / "reports"

    engine = Lazy(_engine, pipeline)
    services = Services(
        engine=engine,
        store=Lazy(_open_store, store),
        lookback_models=Lazy(_lookback),
        rooms=Rooms(),
        reports=Reports(_reports_dir),
        csrf_token=secrets.token_urlsafe(32),
        batcher=Batcher(engine),
        multi_user=config.multi_user,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if config.preload:
            services.engine.get()
            services.store.get()
        yield
        services.batcher.close()
        if services.store.made_here:
            services.store.get().close()

    app = FastAPI(
        title="empathos",
        version=__version__,
        summary="A local-first empathy coach for couples. Nothing leaves this machine.",
        # FastAPI's own docs pages load Swagger UI and ReDoc from a CDN: /docs is ours.
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.services = services
    app.state.config = config
    app.state.accounts = Accounts(secure=config.secure_cookies, hasher=config.password_hasher)
    app.mount("/static", StaticFiles(packages=[("empathos.web", "static")]), name="static")
    _add_error_handlers(app)

    from empathos.web._deps import signed_in
    from empathos.web.views import account, api, check, growth, lookback, partner, practice
    from empathos.web.views import settings as settings_views

    for module in (api, check, practice, lookback, growth, settings_views):
        app.include_router(module.router, dependencies=[Depends(signed_in)])
    if config.multi_user:
        app.include_router(account.router)
        app.include_router(partner.router, dependencies=[Depends(signed_in)])

    app.add_middleware(
        Guard,
        render_error=_render_guard_error,
        limits=config.limits,
        allowed_hosts=config.allowed_hosts,
    )
    return app


def served_app() -> FastAPI:
    """The app as `uvicorn --factory empathos.web.app:served_app` runs it, one per worker
    process: the shipped models and $DATABASE_URL, both opened before the first request."""
    return create_app(config=WebConfig(preload=True))


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


# --- pages -----------------------------------------------------------------------

_NAV = (
    ("check", "/check", "Check a reply"),
    ("practice", "/practice", "Practice"),
    ("lookback", "/lookback", "Look back"),
    ("growth", "/growth", "Growth"),
    ("settings", "/settings", "Settings"),
)
_SERVER_NAV = (*_NAV[:4], ("partner", "/partner", "Partner"), _NAV[4])


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("empathos.web", "templates"),
        autoescape=True,  # everything people type is untrusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(nav=_NAV, version=__version__)
    return env


_ENV = _environment()


def page(
    request: Request | None,
    template: str,
    context: Mapping[str, Any] | None = None,
    *,
    status: int = 200,
    section: str = "",
) -> HTMLResponse:
    """A whole page from templates/, with the CSRF token every form carries."""
    token = csrf_token(request) if request is not None else ""
    shared: dict[str, Any] = {"csrf_token": token, "section": section, "account": None}
    if request is not None and request.app.state.config.multi_user:
        shared["nav"] = _SERVER_NAV
        session = getattr(request.state, "web_session", None)
        if session is not None:
            shared["account"] = services(request).store.get().user(session.user_id)
    html = _ENV.get_template(template).render({**shared, **(context or {})})
    return HTMLResponse(html, status_code=status)


def error_page(status: int, message: str, request: Request | None = None) -> HTMLResponse:
    titles = {
        400: "That request was not understood",
        403: "Not allowed",
        404: "Not found",
        405: "Not allowed here",
        413: "Too large",
        422: "Please check what you entered",
        500: "Something went wrong",
        503: "Not available right now",
    }
    return page(
        request,
        "error.html",
        {"title": titles.get(status, "Something went wrong"), "message": message},
        status=status,
    )


def wants_json(scope: Scope) -> bool:
    path: str = scope.get("path", "")
    if path.startswith("/api/") or path in ("/healthz", "/openapi.json"):
        return True
    accept = dict(scope.get("headers") or []).get(b"accept", b"").decode("latin-1")
    return "application/json" in accept and "text/html" not in accept


def _render_guard_error(scope: Scope, status: int, message: str) -> tuple[bytes, str]:
    if wants_json(scope):
        return bytes(JSONResponse({"error": message}).body), "application/json"
    return bytes(error_page(status, message).body), "text/html; charset=utf-8"


def _error(request: Request, status: int, message: str) -> Response:
    if wants_json(request.scope):
        return JSONResponse({"error": message}, status_code=status)
    return error_page(status, message, request)


# --- errors ------------------------------------------------------------------------

_STATUS: tuple[tuple[type[EmpathosError], int], ...] = (
    (InputError, 422),
    (NotFound, 404),
    (Forbidden, 403),
    (ModelError, 503),
    (StoreError, 503),
)
_HTTP_MESSAGES = {
    404: "There is no page at this address.",
    405: "This address does not take that kind of request.",
}


def _add_error_handlers(app: FastAPI) -> None:
    async def empathos_error(request: Request, exc: Exception) -> Response:
        status = next((code for kind, code in _STATUS if isinstance(exc, kind)), 400)
        if status >= 500:
            log.error("%s on %s: %s", type(exc).__name__, request.url.path, exc)
        return _error(request, status, str(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        message = exc.detail if isinstance(exc.detail, str) else ""
        if not message or message in ("Not Found", "Method Not Allowed"):
            message = _HTTP_MESSAGES.get(exc.status_code, "That request could not be served.")
        response = _error(request, exc.status_code, message)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        message = validation_message(exc.errors())
        if wants_json(request.scope):
            return JSONResponse({"error": message}, status_code=422)
        return error_page(422, message, request)

    async def sign_in_first(request: Request, exc: Exception) -> Response:
        if wants_json(request.scope):
            return JSONResponse({"error": "Sign in first."}, status_code=401)
        path = request.url.path
        target = path if request.method == "GET" and path != "/" else ""
        return RedirectResponse(
            "/signin" + (f"?next={quote(target, safe='/')}" if target else ""), status_code=303
        )

    app.add_exception_handler(SignInRequired, sign_in_first)
    app.add_exception_handler(EmpathosError, empathos_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)


_FIELD_HELP = {
    "partner": "missing 'partner' (what your partner said)",
}


def validation_message(errors: Any) -> str:
    """One sentence for the first problem FastAPI found, in the words the CLI uses."""
    for error in errors:
        kind = error.get("type", "")
        loc = [str(part) for part in error.get("loc", ()) if part != "body"]
        name = ".".join(loc)
        if kind == "json_invalid":
            detail = (error.get("ctx") or {}).get("error", "")
            return f"The body is not valid JSON{': ' + detail if detail else ''}."
        if kind == "missing":
            return _FIELD_HELP.get(name, f"missing '{name}'")
        if kind in ("model_attributes_type", "dict_type") and not name:
            return 'The body must be a JSON object like {"partner": "..."}.'
        if name:
            return f"'{name}': {error.get('msg', 'not valid')}"
        return str(error.get("msg", "The request is not valid."))
    return "The request is not valid."
