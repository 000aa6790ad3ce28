"""What every response obeys: security headers, size limits, the Host check, CSRF, and
no stack trace for any client, whatever goes wrong."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from conftest import BASE, csrf_of
from fastapi.testclient import TestClient

from empathos.core.pipeline import Pipeline
from empathos.core.types import Analysis, Request
from empathos.store import Store
from empathos.web import WebConfig, create_app
from empathos.web._guard import Limits

HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}


def _assert_secure(response: object, *, page_csp: bool = True) -> None:
    headers = response.headers  # type: ignore[attr-defined]
    for name, value in HEADERS.items():
        assert headers.get(name) == value, (name, response)
    csp = headers["content-security-policy"]
    assert csp.startswith("default-src")
    if page_csp:
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "script-src 'self';" in csp and "unsafe" not in csp
        assert headers["x-frame-options"] == "DENY"


def _requests(client: TestClient) -> Iterator[tuple[str, object]]:
    token = csrf_of(client)
    yield "page", client.get("/check")
    yield "static", client.get("/static/app.css")
    yield "api", client.post("/api/analyze", json={"partner": "hi"})
    yield "api 422", client.post("/api/analyze", json={"partner": 1})
    yield (
        "bad json",
        client.post("/api/analyze", content="{", headers={"content-type": "application/json"}),
    )
    yield "404 page", client.get("/nowhere")
    yield "404 api", client.get("/api/nowhere")
    yield "405", client.put("/check")
    yield "403 csrf", client.post("/check/keep", data={"partner": "x"})
    yield "413", client.post("/api/analyze", content=b"x" * (2 << 20))
    yield (
        "redirect",
        client.post(
            "/practice",
            data={"scenario": "work-presentation", "csrf": token},
            follow_redirects=False,
        ),
    )
    yield "healthz", client.get("/healthz")
    yield "openapi", client.get("/openapi.json")
    yield "export", client.get("/settings/export")
    yield "head", client.head("/healthz")


def test_security_headers_on_every_response(client: TestClient) -> None:
    for name, response in _requests(client):
        _assert_secure(response)
        assert response.headers.get("cache-control"), name  # type: ignore[attr-defined]


def test_oversized_body_is_refused_before_reading(client: TestClient) -> None:
    response = client.post(
        "/api/analyze",
        content=b'{"partner": "' + b"x" * (1 << 20) + b'"}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json() == {"error": "That is too large: the limit is 1 MB."}


def test_oversized_body_without_a_length_is_refused(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"partner": "'
        for _ in range(20):
            yield b"x" * (64 << 10)
        yield b'"}'

    response = client.post(
        "/api/analyze", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert "too large" in response.json()["error"]


def test_oversized_upload_is_a_friendly_413(
    fake_pipeline: Pipeline, web_store: Store, tmp_path: Path
) -> None:
    config = WebConfig(reports_dir=tmp_path, limits=Limits(upload_bytes=10_000))
    app = create_app(fake_pipeline, web_store, lookback_models=None, config=config)
    with TestClient(app, base_url=BASE) as client:
        response = client.post(
            "/lookback",
            data={"csrf": csrf_of(client)},
            files={"export": ("chat.txt", b"x" * 20_000, "text/plain")},
        )
    assert response.status_code == 413
    assert "text/html" in response.headers["content-type"]
    assert "too large: the limit is 10 KB" in response.text
    assert "without media" in response.text
    _assert_secure(response)


def test_a_bad_content_length(client: TestClient) -> None:
    response = client.post("/api/analyze", content=b"{}", headers={"content-length": "lots"})
    assert response.status_code == 400


@pytest.mark.parametrize("host", ["evil.example", "192.168.1.5:8000", "attacker.test:80"])
def test_other_host_names_are_refused(client: TestClient, host: str) -> None:
    # A page elsewhere whose name points at 127.0.0.1 (DNS rebinding) is not served.
    response = client.get("/check", headers={"host": host})
    assert response.status_code == 400
    _assert_secure(response)


@pytest.mark.parametrize("host", ["localhost:8000", "127.0.0.1:9999", "[::1]:8000"])
def test_local_host_names_are_served(client: TestClient, host: str) -> None:
    assert client.get("/healthz", headers={"host": host}).status_code == 200


def test_any_host_when_exposed_on_purpose(
    fake_pipeline: Pipeline, web_store: Store, tmp_path: Path
) -> None:
    config = WebConfig(reports_dir=tmp_path, allowed_hosts=None)
    app = create_app(fake_pipeline, web_store, lookback_models=None, config=config)
    with TestClient(app, base_url="http://192.168.1.5:8000") as client:
        assert client.get("/healthz").status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "https://evil.example"},
        {"origin": "null", "sec-fetch-site": "cross-site"},  # a sandboxed frame
        {"origin": "https://evil.example", "sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site"},
    ],
)
def test_posts_from_other_sites_are_refused(
    client: TestClient, web_store: Store, headers: dict[str, str]
) -> None:
    token = csrf_of(client)
    response = client.post(
        "/check/keep", data={"partner": "hi", "reply": "hey", "csrf": token}, headers=headers
    )
    assert response.status_code == 403
    response = client.post("/api/analyses", json={"partner": "hi"}, headers=headers)
    assert response.status_code == 403
    assert web_store.list_analyses(web_store.local_user().id) == []


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": BASE, "sec-fetch-site": "same-origin"},
        {"origin": BASE},
        # Our own form under Referrer-Policy: no-referrer: the browser says "null".
        {"origin": "null", "sec-fetch-site": "same-origin"},
        {},
    ],
)
def test_posts_from_our_own_pages_pass(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post("/api/analyze", json={"partner": "hi"}, headers=headers)
    assert response.status_code == 200


class _Broken:
    """A pipeline that fails as a bug would, with internals in its message."""

    def analyze(self, requests: Sequence[Request]) -> list[Analysis]:
        raise RuntimeError("SECRET /home/someone/internal/path.py line 42")


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("post", "/api/analyze", {"json": {"partner": "hi"}}),
        ("get", "/check", {}),
    ],
)
def test_no_stack_trace_reaches_a_client(
    web_store: Store,
    tmp_path: Path,
    method: str,
    path: str,
    kwargs: dict[str, object],
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = create_app(
        _Broken(),  # type: ignore[arg-type]
        web_store,
        lookback_models=None,
        config=WebConfig(reports_dir=tmp_path),
    )
    with TestClient(app, base_url=BASE) as client:
        if path == "/check":
            response = client.post("/check", data={"partner": "hi", "csrf": csrf_of(client)})
        else:
            response = getattr(client, method)(path, **kwargs)
    assert response.status_code == 500
    for leak in ("Traceback", "SECRET", "RuntimeError", "path.py", 'File "'):
        assert leak not in response.text
    assert "Something went wrong" in response.text
    _assert_secure(response)
    # The details go to the server's log instead.
    assert any("SECRET" in (r.exc_text or "") or r.exc_info for r in caplog.records)


def test_model_errors_are_a_clean_503(web_store: Store, tmp_path: Path) -> None:
    from empathos.errors import ModelError

    class Missing:
        def analyze(self, requests: Sequence[Request]) -> list[Analysis]:
            raise ModelError("the model files are missing: reinstall empathos")

    app = create_app(
        Missing(),  # type: ignore[arg-type]
        web_store,
        lookback_models=None,
        config=WebConfig(reports_dir=tmp_path),
    )
    with TestClient(app, base_url=BASE) as client:
        response = client.post("/api/analyze", json={"partner": "hi"})
    assert response.status_code == 503
    assert response.json() == {"error": "the model files are missing: reinstall empathos"}
