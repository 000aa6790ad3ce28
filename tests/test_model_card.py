"""The shipped weights reproduce the numbers their model card states.

Needs the public corpora beside the repo (../shared/data, as in CI); skipped
on a user's machine, which has none.
"""

from __future__ import annotations

import json

import pytest

from empathos.errors import EmpathosError
from empathos.models import METRICS_FILE
from empathos.training import card
from empathos.training.data import shared_data_dir

TOLERANCE = 0.005  # onnxruntime versions may round differently; anything larger is a real change


def _shared_data_or_skip() -> None:
    try:
        shared_data_dir()
    except EmpathosError as exc:
        pytest.skip(str(exc))


def test_card_table_matches_metrics_file() -> None:
    metrics = json.loads(METRICS_FILE.read_text(encoding="utf-8"))
    assert card.card_table() == card.render(metrics)


@pytest.mark.models
def test_shipped_weights_reproduce_card_metrics() -> None:
    _shared_data_or_skip()
    from empathos.engine import default_pipeline
    from empathos.training.evaluate import evaluate

    stated = json.loads(METRICS_FILE.read_text(encoding="utf-8"))
    measured = evaluate(default_pipeline())
    assert measured["goemotions"]["macro_f1"] == pytest.approx(
        stated["goemotions"]["macro_f1"], abs=TOLERANCE
    )
    for dim, m in measured["epitome"].items():
        for key in ("accuracy", "macro_f1"):
            assert m[key] == pytest.approx(stated["epitome"][dim][key], abs=TOLERANCE), dim
    for key in ("accuracy", "macro_f1"):
        assert measured["esconv"][key] == pytest.approx(stated["esconv"][key], abs=TOLERANCE)


def test_lookback_card_table_matches_its_metrics_file() -> None:
    from empathos.models import LOOKBACK_METRICS_FILE

    metrics = json.loads(LOOKBACK_METRICS_FILE.read_text(encoding="utf-8"))
    assert card.card_table(markers=card.LOOKBACK_MARKERS) == card.render_lookback(metrics)


@pytest.mark.models
def test_shipped_lookback_heads_reproduce_their_card() -> None:
    """The look-back sets live in this repository, so this runs everywhere the models do."""
    from empathos.core.lookback.reader import Reader
    from empathos.engine import default_pipeline
    from empathos.models import LOOKBACK_METRICS_FILE, load_lookback_models
    from empathos.training.lookback_eval import WINDOW, measure

    stated = json.loads(LOOKBACK_METRICS_FILE.read_text(encoding="utf-8"))["heads"]
    pipeline = default_pipeline()
    measured = measure(lambda m: Reader(pipeline, m, WINDOW), load_lookback_models())
    for name, results in stated.items():
        for task in ("bids", "answers"):
            for key in ("accuracy", "macro_f1"):
                assert measured[name][task][key] == pytest.approx(
                    results[task][key], abs=TOLERANCE
                ), (name, task, key)
