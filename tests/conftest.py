"""Fakes shared by the tests: a predictable encoder and small seeded heads.

Nothing here needs the shipped model files; tests that do are marked
`@pytest.mark.models` and skip when the files are missing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from empathos.core.features import N_HASHED, FloatArray
from empathos.core.heads import LinearHead
from empathos.core.labels import EMOTIONS, STRATEGIES
from empathos.core.pipeline import Models, Pipeline

DIM = 8  # the fake encoder's width; pair features are 3 x DIM
MODELS_DIR = Path(__file__).resolve().parent.parent / "empathos" / "models"
SHIPPED_FILES = (
    MODELS_DIR / "heads.npz",
    MODELS_DIR / "encoder" / "model.onnx",
    MODELS_DIR / "encoder" / "tokenizer.json",
)


class FakeEncoder:
    """Same text, same vector: values in [-1, 1) from the SHA-256 of the UTF-8 bytes."""

    name = "fake-sha256"
    dim = DIM

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed(self, texts: Sequence[str]) -> FloatArray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            digest = hashlib.sha256(text.encode("utf-8")).digest()
            out[i] = np.frombuffer(digest[: 2 * DIM], dtype=np.uint16) / 32768.0 - 1.0
        return out


def _head(rng: np.random.Generator, classes: int, dense_dim: int, sparse: bool) -> LinearHead:
    sparse_weights = None
    if sparse:
        # Zeros but for a few hundred buckets: exercises the lexical path at 14 MB, once per run.
        sparse_weights = np.zeros((classes, N_HASHED), dtype=np.float32)
        rows = rng.integers(0, classes, 500)
        cols = rng.integers(0, N_HASHED, 500)
        sparse_weights[rows, cols] = rng.normal(0, 1, 500).astype(np.float32)
    return LinearHead(
        dense_weights=rng.normal(0, 1, (classes, dense_dim)).astype(np.float32),
        bias=rng.normal(0, 0.5, classes).astype(np.float32),
        sparse_weights=sparse_weights,
    )


def make_fake_models(seed: int = 7) -> Models:
    rng = np.random.default_rng(seed)
    pair_dim = 3 * DIM  # features.pair_features: [reply, partner, reply * partner]
    return Models(
        version="fake-v0",
        idf=np.ones(N_HASHED, dtype=np.float32),
        emotions=_head(rng, len(EMOTIONS), DIM, sparse=True),
        emotion_thresholds=np.full(len(EMOTIONS), 0.5, dtype=np.float32),
        empathy=(
            _head(rng, 3, pair_dim, sparse=False),
            _head(rng, 3, pair_dim, sparse=False),
            _head(rng, 3, pair_dim, sparse=False),
        ),
        strategy=_head(rng, len(STRATEGIES), pair_dim, sparse=False),
    )


@pytest.fixture(scope="session")
def fake_models() -> Models:
    return make_fake_models()


@pytest.fixture
def fake_pipeline(fake_models: Models) -> Pipeline:
    return Pipeline(FakeEncoder(), fake_models)


@pytest.fixture
def cli_pipeline(fake_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    """Makes every CLI command analyze with the fake pipeline."""
    monkeypatch.setattr("empathos.cli.analyze.get_pipeline", lambda: fake_pipeline)
    return fake_pipeline


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read or write a real user's data, config or cache."""
    for var in ("EMPATHOS_DATA_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        path = tmp_path / var.lower()
        path.mkdir()
        monkeypatch.setenv(var, str(path))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    missing = [p for p in SHIPPED_FILES if not p.is_file()]
    if not missing:
        return
    names = ", ".join(str(p.relative_to(MODELS_DIR.parent.parent)) for p in missing)
    skip = pytest.mark.skip(reason=f"shipped model files missing: {names}")
    for item in items:
        if "models" in item.keywords:
            item.add_marker(skip)


CHROMIUM = Path("/usr/bin/chromium")  # Debian's; tests never download a browser
# As root and offline: no sandbox, and none of the background calls home that this
# machine's closed network would refuse many times a second.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def _browser_unavailable(reason: str) -> None:
    if os.environ.get("EMPATHOS_REQUIRE_BROWSER") == "1":
        pytest.fail(f"EMPATHOS_REQUIRE_BROWSER=1 but {reason}; install it (see .ci/run).")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless chromium through Playwright, shared by the browser tests of the run.

    Skipped when chromium or playwright is missing, unless EMPATHOS_REQUIRE_BROWSER=1
    (CI sets it), which makes a missing browser fail the run.
    """
    if not CHROMIUM.exists():
        _browser_unavailable(f"{CHROMIUM} is missing")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _browser_unavailable("the playwright package is not installed")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        try:
            yield launched
        finally:
            launched.close()
