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
