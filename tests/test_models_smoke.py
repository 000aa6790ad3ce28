"""The real pipeline on the shipped files: runs only where they exist."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

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
    assert set(record["partner"]) == {"emotions", "seeks", "risk"}
    reply = record["reply"]
    assert set(reply) == {"empathy", "strategy", "mechanisms", "blocks", "score", "empathic"}
    assert len(reply["strategy"]["scores"]) == 8
    assert 0 <= reply["score"] <= 100
