"""`empathos needs`, and `empathos analyze` using my partner's card by default."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from empathos.cli.main import app
from empathos.core.pipeline import Pipeline
from empathos.core.types import Request
from empathos.needs import needs_path

runner = CliRunner()


def _json(args: list[str]) -> Any:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_set_show_round_trip() -> None:
    assert _json(["needs", "--show", "--json"])["me"] is None
    result = runner.invoke(app, ["needs", "--set", "listen,reassurance", "--note", "Sit with me"])
    assert result.exit_code == 0, result.output
    assert "saved" in result.stdout
    _json(["needs", "--partner", "space,listen", "--json"])
    data = _json(["needs", "--show", "--json"])
    assert data["me"] == {"needs": ["listen", "reassurance"], "note": "Sit with me"}
    assert data["partner"] == {"needs": ["listen", "space"], "note": ""}
    assert data["file"] == str(needs_path())
    shown = runner.invoke(app, ["needs", "--show"])
    assert "to be listened to" in shown.stdout and "Sit with me" in shown.stdout


def test_interactive_card() -> None:
    result = runner.invoke(app, ["needs"], input="7\n1, touch\nA hug first\n")
    assert result.exit_code == 0, result.output
    assert "not one of" in result.stdout  # 7 was refused, then asked again
    assert _json(["needs", "--json"])["me"] == {"needs": ["listen", "touch"], "note": "A hug first"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["needs", "--set", "hugs"], "unknown need"),
        (["needs", "--set", "listen", "--partner", "space"], "one card at a time"),
        (["needs", "--note", "hi"], "--note goes with"),
    ],
)
def test_errors(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and message in result.stderr
    assert "Traceback" not in result.output


@pytest.fixture
def seen(cli_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> list[Request]:
    """The requests the fake pipeline is asked to analyze."""
    requests: list[Request] = []
    analyze = cli_pipeline.analyze

    def spy(batch: Any) -> Any:
        requests.extend(batch)
        return analyze(batch)

    monkeypatch.setattr(cli_pipeline, "analyze", spy)
    return requests


def test_analyze_uses_partner_card_by_default(seen: list[Request]) -> None:
    runner.invoke(app, ["needs", "--partner", "advice,listen"])
    result = runner.invoke(app, ["analyze", "I had an awful day", "--reply", "Want ideas?"])
    assert result.exit_code == 0, result.output
    assert "using your partner's needs card: listen, advice" in result.stdout.lower()
    assert seen[0].partner_needs == ("listen", "advice")


def test_json_mode_says_so_on_stderr(seen: list[Request]) -> None:
    runner.invoke(app, ["needs", "--partner", "space"])
    result = runner.invoke(app, ["analyze", "I had an awful day", "--json"])
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)  # the record alone on stdout
    assert "needs card" in result.stderr and seen[0].partner_needs == ("space",)


def test_explicit_needs_override_the_card(seen: list[Request]) -> None:
    runner.invoke(app, ["needs", "--partner", "space"])
    result = runner.invoke(app, ["analyze", "I had an awful day", "--partner-needs", "listen"])
    assert result.exit_code == 0 and "needs card" not in result.stdout
    assert seen[0].partner_needs == ("listen",)


def test_damaged_card_warns_and_analyzes(seen: list[Request]) -> None:
    needs_path().parent.mkdir(parents=True, exist_ok=True)
    needs_path().write_text("{oops", encoding="utf-8")
    result = runner.invoke(app, ["analyze", "I had an awful day"])
    assert result.exit_code == 0, result.output
    assert "warning:" in result.stderr and seen[0].partner_needs == ()


def test_batch_ignores_the_card(cli_pipeline: Pipeline, tmp_path: Any) -> None:
    runner.invoke(app, ["needs", "--partner", "advice"])
    lines = tmp_path / "in.jsonl"
    lines.write_text('{"partner": "I had an awful day"}\n', encoding="utf-8")
    result = runner.invoke(app, ["analyze", "--jsonl", str(lines)])
    assert result.exit_code == 0 and result.stderr == ""
