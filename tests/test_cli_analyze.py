"""`empathos analyze` for one message: readable output, --json, and clean errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import empathos.cli.analyze
from empathos.cli.main import app
from empathos.core.pipeline import Pipeline
from empathos.errors import ModelError

BOSS = "My boss tore apart my presentation in front of everyone"
DRAFT = "You should stand up to him"

runner = CliRunner()


def test_text_output(cli_pipeline: Pipeline) -> None:
    result = runner.invoke(app, ["analyze", BOSS, "--reply", DRAFT])
    assert result.exit_code == 0, result.output
    out = result.stdout
    for heading in ("How your partner feels", "They seem to want", "Your reply", DRAFT):
        assert heading in out
    for line in ("Warmth", "Understanding", "Curiosity", "Strategy:", "Empathy score:", "/100"):
        assert line in out
    assert "SAFETY" not in out  # no risk flagged by this engine
    assert result.stderr == ""


def test_text_output_without_reply(cli_pipeline: Pipeline) -> None:
    result = runner.invoke(app, ["analyze", BOSS])
    assert result.exit_code == 0, result.output
    assert "How your partner feels" in result.stdout
    assert "Your reply" not in result.stdout
    assert "--reply" in result.stdout  # tells how to check a reply


def test_json_output_is_the_record(cli_pipeline: Pipeline) -> None:
    result = runner.invoke(app, ["analyze", BOSS, "--reply", DRAFT, "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record == cli_pipeline.analyze([empathos.api.make_request(BOSS, DRAFT)])[0].to_dict()
    assert result.stdout.startswith('{\n  "id": null,')  # indent 2


def test_json_keeps_non_ascii_readable(monkeypatch: pytest.MonkeyPatch) -> None:
    record = {"id": None, "suggestion": "Ça a dû être humiliant 🫂"}
    monkeypatch.setattr(empathos.cli.analyze, "analyze_one", lambda *args: record)
    result = runner.invoke(app, ["analyze", "Je suis épuisée 😞", "--json"])
    assert result.exit_code == 0, result.output
    assert "Ça a dû être humiliant 🫂" in result.stdout  # not \u-escaped
    assert json.loads(result.stdout) == record


def test_context_and_needs(cli_pipeline: Pipeline, tmp_path: Path) -> None:
    context = tmp_path / "context.json"
    context.write_text(
        json.dumps(
            [{"speaker": "me", "text": "How was it?"}, {"speaker": "partner", "text": "😞"}]
        ),
        encoding="utf-8",
    )
    args = ["analyze", BOSS, "-r", DRAFT, "--context-json", str(context), "--json"]
    result = runner.invoke(app, [*args, "--partner-needs", "listen, reassurance"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["reply"] is not None


def _error(args: list[str], **kwargs: Any) -> str:
    result = runner.invoke(app, args, **kwargs)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    return result.stderr


def test_unknown_partner_need(cli_pipeline: Pipeline) -> None:
    err = _error(["analyze", BOSS, "--partner-needs", "listen,hugs"])
    assert "error:" in err and "hugs" in err and "reassurance" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not valid JSON"),
        ('{"speaker": "me"}', "'context' must be a list"),
        ('[{"speaker": "boss", "text": "x"}]', "context[0].speaker"),
    ],
)
def test_bad_context_file(
    cli_pipeline: Pipeline, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "context.json"
    path.write_text(content, encoding="utf-8")
    assert message in _error(["analyze", BOSS, "--context-json", str(path)])


def test_missing_context_file(cli_pipeline: Pipeline, tmp_path: Path) -> None:
    err = _error(["analyze", BOSS, "--context-json", str(tmp_path / "nope.json")])
    assert "cannot read" in err


def test_empty_partner(cli_pipeline: Pipeline) -> None:
    assert "'partner' is empty" in _error(["analyze", "   "])


def test_no_message(cli_pipeline: Pipeline) -> None:
    assert "give what your partner said" in _error(["analyze"])


def test_model_error_is_one_clean_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> Pipeline:
        raise ModelError("model weights missing: /x/heads.npz; reinstall empathos")

    monkeypatch.setattr(empathos.cli.analyze, "get_pipeline", missing)
    err = _error(["analyze", BOSS, "--reply", DRAFT])
    assert err.strip() == "error: model weights missing: /x/heads.npz; reinstall empathos"


def test_output_option_needs_jsonl(cli_pipeline: Pipeline, tmp_path: Path) -> None:
    assert "--jsonl" in _error(["analyze", BOSS, "-o", str(tmp_path / "out.jsonl")])


def test_render_shows_safety_blocks_and_coaching() -> None:
    """Keys the first engine leaves empty are drawn too, safety first."""
    from rich.console import Console

    from empathos.render.console import HELP_LINE, render_record

    record = {
        "id": None,
        "partner": {
            "emotions": [{"label": "sadness", "score": 0.8}],
            "seeks": "empathy",
            "risk": {"kind": "self_harm", "text": "I don't want to be here anymore"},
        },
        "reply": {
            "empathy": {"emotional_reactions": 2, "interpretations": 1, "explorations": 0},
            "strategy": {"label": "providing_suggestions", "scores": {"providing_suggestions": 1}},
            "mechanisms": ["emotional_reaction", "validation"],
            "blocks": [{"kind": "advice", "text": "You should", "start": 0, "end": 10}],
            "score": 12,
            "empathic": False,
        },
        "feedback": [{"skill": "active_listening", "message": "Ask before advising."}],
        "suggestion": "That sounds so heavy. I'm here.",
    }
    console = Console(record=True, width=100, color_system="truecolor", force_terminal=True)
    for part in render_record(record, "You should rest"):
        console.print(part)
    text = console.export_text(clear=False)
    assert text.index("SAFETY FIRST") < text.index("How your partner feels")
    assert "988" in text and "findahelpline.com" in text and HELP_LINE[:30] in text
    assert "advice" in text and "active listening: Ask before advising." in text
    assert "That sounds so heavy" in text and "12/100" in text
    assert "emotional reaction, validation" in text
    assert "\x1b[1;4;31mYou should" in console.export_text(styles=True)  # the block, red underlined


def test_render_survives_empty_keys() -> None:
    from rich.console import Console

    from empathos.render.console import render_record

    console = Console(record=True, width=60)
    for part in render_record({"partner": {}, "reply": {}, "feedback": []}, None):
        console.print(part)
    assert "no clear emotion detected" in console.export_text()


def test_render_names_the_feeling_in_a_word() -> None:
    from rich.console import Console

    from empathos.render.console import render_record

    console = Console(record=True, width=80)
    record = {"partner": {"emotions": [], "seeks": "empathy", "feeling": "humiliated"}}
    for part in render_record(record, None):
        console.print(part)
    text = console.export_text()
    assert "they likely feel humiliated" in text
    assert "no clear emotion detected" not in text
