"""The real pipeline on the shipped files: runs only where they exist."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import empathos
from empathos.cli.main import app

pytestmark = pytest.mark.models


def test_analyze_boss_example_with_shipped_models() -> None:
    result = CliRunner().invoke(
        app,
        [
            "analyze",
            "My boss tore apart my presentation in front of everyone",
            "--reply",
            "You should stand up to him",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert list(record) == ["id", "partner", "reply", "feedback", "suggestion"]
    assert set(record["partner"]) == {"emotions", "seeks", "risk", "feeling"}
    assert record["partner"]["feeling"] == "humiliated"  # "in front of everyone"
    reply = record["reply"]
    assert set(reply) == {"empathy", "strategy", "mechanisms", "blocks", "score", "empathic"}
    assert len(reply["strategy"]["scores"]) == 8
    assert 0 <= reply["score"] <= 100


@pytest.mark.models
def test_a_text_gets_the_same_analysis_alone_and_in_any_batch() -> None:
    """Dynamic int8 quantization scales activations per input tensor, so batching texts
    would let one text's neighbours shift its vector; the encoder runs each text alone."""
    from empathos.engine import default_pipeline

    items = [
        {"partner": "My boss tore apart my presentation", "reply": "That sounds awful"},
        {"partner": "I can't sleep, I keep worrying about money", "reply": "whatever"},
        {"partner": "ugh my sister cancelled AGAIN 🙄", "reply": "what happened?"},
    ]
    pipeline = default_pipeline()
    together = empathos.analyze_many(items, pipeline=pipeline)
    reversed_batch = empathos.analyze_many(items[::-1], pipeline=pipeline)[::-1]
    alone = [empathos.analyze(i["partner"], i["reply"], pipeline=pipeline) for i in items]
    assert together == alone == reversed_batch
