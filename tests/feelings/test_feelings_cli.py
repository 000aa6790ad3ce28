"""`empathos feelings` and `empathos read-feelings --answers`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from empathos.cli.main import app

runner = CliRunner()


def _json(args: list[str]) -> Any:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_feelings_tree() -> None:
    data = _json(["feelings", "--json"])
    assert [root["word"] for root in data["feelings"]] == ["bad", "good"]
    result = runner.invoke(app, ["feelings"])
    assert result.exit_code == 0 and "left out" in result.stdout


def test_feelings_bad_lists_finer_words() -> None:
    data = _json(["feelings", "bad", "--json"])
    finer = {c["word"] for c in data["children"]}
    assert {"sad", "hurt", "angry", "scared", "ashamed"} <= finer
    result = runner.invoke(app, ["feelings", "bad"])
    assert "embarrassed" in result.stdout and "overwhelmed" in result.stdout


def test_feelings_one_word() -> None:
    data = _json(["feelings", "excluded", "--json"])
    assert data["word"] == "left out" and data["path"] == ["bad", "hurt", "left out"]
    assert "rejected" in data["siblings"]


def test_unknown_word_suggests_close_ones() -> None:
    result = runner.invoke(app, ["feelings", "lonley"])
    assert result.exit_code == 2 and "did you mean lonely" in result.stderr


def test_read_feelings_answers(tmp_path: Path) -> None:
    answers = tmp_path / "guesses.txt"
    answers.write_text("annoyed\n3\nirritated\n", encoding="utf-8")
    data = _json(["read-feelings", "--answers", str(answers), "--json"])
    assert data["summary"]["items"] == 3 and len(data["results"]) == 3
    assert data == _json(["read-feelings", "--answers", str(answers), "--json"])  # seed 0
    first = data["results"][0]
    assert set(first) >= {"text", "guess", "raters", "answer", "points", "cues"}
    shown = runner.invoke(app, ["read-feelings", "--answers", str(answers)])
    assert shown.exit_code == 0 and "Score:" in shown.stdout


def test_read_feelings_errors(tmp_path: Path) -> None:
    many = tmp_path / "many.txt"
    many.write_text("sad\n" * 6, encoding="utf-8")
    result = runner.invoke(app, ["read-feelings", "--answers", str(many), "--count", "5"])
    assert result.exit_code == 2 and "6 guesses for 5 messages" in result.stderr
    assert runner.invoke(app, ["read-feelings", "--json"]).exit_code == 2


def test_read_feelings_typed() -> None:
    result = runner.invoke(
        app, ["read-feelings", "--count", "2", "--seed", "1"], input="bad\nsad\nq\n"
    )
    assert result.exit_code == 0, result.output
    assert "too broad" in result.stdout and "The raters read" in result.stdout
