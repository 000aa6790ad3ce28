"""Reflect before reacting: `empathos analyze --reply` and typed practice say so kindly
when my reply shows heat; the JSON record stays the contract's."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from empathos.cli.main import app

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("cli_pipeline")
HOT = "What is wrong with you? You always make everything about yourself"


def test_hot_reply_gets_the_notice() -> None:
    result = runner.invoke(app, ["analyze", "My boss yelled at me", "--reply", HOT])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Reflect before reacting" in out and "empathos pause" in out
    assert out.index("Your reply") < out.index("Reflect before reacting")


def test_calm_reply_gets_none(monkeypatch: pytest.MonkeyPatch) -> None:
    # The fake emotion head is random: hold the reply's own emotions calm.
    monkeypatch.setattr("empathos.selfreg.heat.HEAT_PROB", 1.1)
    result = runner.invoke(
        app, ["analyze", "My boss yelled at me", "--reply", "That sounds awful. What happened?"]
    )
    assert result.exit_code == 0 and "Reflect before reacting" not in result.stdout


def test_json_record_is_unchanged() -> None:
    result = runner.invoke(app, ["analyze", "My boss yelled at me", "--reply", HOT, "--json"])
    record = json.loads(result.stdout)
    assert set(record) == {"id", "partner", "reply", "feedback", "suggestion"}


def test_typed_practice_reflects() -> None:
    result = runner.invoke(app, ["practice", "chores-never-help"], input=f"{HOT}\nq\n")
    assert result.exit_code == 0, result.output
    assert "Reflect before reacting" in result.stdout
