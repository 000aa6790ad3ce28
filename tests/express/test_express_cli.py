"""`empathos express` with the fake pipeline: JSON, the readable view, safety first."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from empathos.cli.main import app
from empathos.core.pipeline import Pipeline

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("cli_pipeline")


def test_json_record() -> None:
    result = runner.invoke(app, ["express", "You never listen to me", "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["text"] == "You never listen to me"
    assert record["blocks"][0] == {
        "kind": "criticism",
        "text": "You never listen to me",
        "start": 0,
        "end": 22,
    }
    assert record["feeling"] and record["tips"]
    assert 2 <= len(record["gentle"]) <= 3


def test_readable_view() -> None:
    result = runner.invoke(app, ["express", "You never listen to me"])
    assert result.exit_code == 0, result.output
    assert "criticism" in result.stdout and "You could say it gently" in result.stdout


def test_gentle_draft() -> None:
    result = runner.invoke(
        app, ["express", "I feel lonely lately. Could we plan a walk together tonight?"]
    )
    assert result.exit_code == 0, result.output
    assert "already sounds like a gentle start-up" in result.stdout


def test_crisis_words_come_first() -> None:
    result = runner.invoke(app, ["express", "I want to kill myself, you never care"])
    assert result.exit_code == 0, result.output
    assert result.stdout.index("SAFETY FIRST") < result.stdout.index("Your message")
    record = json.loads(runner.invoke(app, ["express", "I want to kill myself", "--json"]).stdout)
    assert record["risk"]["kind"] == "self_harm"


def test_empty_message_is_a_clean_error(cli_pipeline: Pipeline) -> None:
    result = runner.invoke(app, ["express", "   "])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and "Traceback" not in result.output
