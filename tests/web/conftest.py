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
