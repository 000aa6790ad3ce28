"""The web app with the fake engine, a throwaway SQLite store and a temp reports folder."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from empathos.core.pipeline import Pipeline
from empathos.store import Store, open_store
from empathos.web import WebConfig, create_app

BASE = "http://127.0.0.1"  # the Host the app accepts in local mode


@pytest.fixture
def web_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(f"sqlite:///{tmp_path / 'web.db'}")
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def web_config(tmp_path: Path) -> WebConfig:
    return WebConfig(reports_dir=tmp_path / "reports")


@pytest.fixture
def client(
    fake_pipeline: Pipeline, web_store: Store, web_config: WebConfig
) -> Iterator[TestClient]:
    app = create_app(fake_pipeline, web_store, lookback_models=None, config=web_config)
    with TestClient(app, base_url=BASE) as test_client:
        yield test_client


def csrf_of(client: TestClient, path: str = "/check") -> str:
    """The token a form on one of the app's pages carries, read as a browser would."""
    found = re.search(r'name="csrf" value="([^"]+)"', client.get(path).text)
    assert found, f"no CSRF token on {path}"
    return found.group(1)


# --- server mode (--multi-user) ----------------------------------------------------

PASSWORD = "correct horse battery"


def fast_hasher() -> object:
    """argon2id with tiny costs: the same code path, milliseconds instead of ~50 ms."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)


@pytest.fixture
def multi_config(tmp_path: Path) -> WebConfig:
    return WebConfig(
        reports_dir=tmp_path / "reports", multi_user=True, password_hasher=fast_hasher()
    )


@pytest.fixture
def multi_app(fake_pipeline: Pipeline, web_store: Store, multi_config: WebConfig) -> object:
    return create_app(fake_pipeline, web_store, lookback_models=None, config=multi_config)


@pytest.fixture
def multi_client(multi_app: object) -> Iterator[TestClient]:
    with TestClient(multi_app, base_url=BASE) as test_client:  # type: ignore[arg-type]
        yield test_client


def sign_up(client: TestClient, name: str, email: str, password: str = PASSWORD) -> None:
    """Signs up (and so in) through the form, as a browser would."""
    token = csrf_of(client, "/signup")
    response = client.post(
        "/signup",
        data={"name": name, "email": email, "password": password, "csrf": token},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> int:
    token = csrf_of(client, "/signin")
    response = client.post(
        "/signin",
        data={"email": email, "password": password, "csrf": token},
        follow_redirects=False,
    )
    return response.status_code
