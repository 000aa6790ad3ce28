"""Keeping practice sessions: typed sessions by default, --answers runs only with --save;
turns, outcome and skill events land in the store; a broken store never stops practice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from empathos.cli.main import app
from empathos.core.pipeline import Pipeline
from empathos.models import VERSION
from empathos.store import open_store

runner = CliRunner()
SCENARIO = "chores-never-help"
REPLIES = "That sounds exhausting, I'm sorry.\nIt makes sense you're fed up.\nWhatever.\n"


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "answers.txt"
    path.write_text(REPLIES, encoding="utf-8")
    return path


def _kept() -> list[tuple[object, ...]]:
    with open_store() as store:
        me = store.local_user().id
        sessions = store.practice_sessions(me)
        events = store.skill_history(me)
    return [(s, [e for e in events if e.source_id == s.id]) for s in sessions]


def test_answers_run_is_not_kept_by_default(cli_pipeline: Pipeline, answers: Path) -> None:
    result = runner.invoke(app, ["practice", SCENARIO, "--answers", str(answers), "--json"])
    assert result.exit_code == 0, result.output
    assert "saved" not in json.loads(result.stdout)
    assert _kept() == []


def test_answers_run_with_save(cli_pipeline: Pipeline, answers: Path) -> None:
    args = ["practice", SCENARIO, "--answers", str(answers), "--json", "--save"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    data = json.loads(result.stdout)
    [(session, events)] = _kept()
    assert data["saved"] == {"session_id": session.id}
    assert session.scenario_id == SCENARIO and session.finished_at is not None
    assert session.outcome == {"answers_out": "quit"}.get(data["outcome"], data["outcome"])
    assert session.felt_heard == data["felt_heard"][-1]
    assert [t.reply for t in session.turns] == [t["reply"] for t in data["turns"]]
    for kept, turn in zip(session.turns, data["turns"], strict=True):
        assert kept.felt_heard == turn["felt_heard"]
        assert kept.partner_response == turn["partner"]
        assert kept.analysis == {**turn["analysis"], "model_version": VERSION}
    assert {e.skill: e.value for e in events} == data["debrief"]["skills"]
    assert {e.source for e in events} == {"practice"}


def test_typed_session_is_kept_by_default(cli_pipeline: Pipeline) -> None:
    result = runner.invoke(app, ["practice", SCENARIO], input="I hear you, that's hard.\n")
    assert result.exit_code == 0, result.output
    assert "Saved to your progress" in result.stdout and "--no-save" in result.stdout
    [(session, events)] = _kept()
    assert session.outcome == "quit" and len(session.turns) == 1
    assert events and all(0.0 <= e.value <= 1.0 for e in events)


def test_no_save_and_no_replies_keep_nothing(cli_pipeline: Pipeline) -> None:
    result = runner.invoke(app, ["practice", SCENARIO, "--no-save"], input="I hear you.\n")
    assert result.exit_code == 0, result.output
    assert "Saved" not in result.stdout
    result = runner.invoke(app, ["practice", SCENARIO], input="/quit\n")
    assert result.exit_code == 0, result.output
    assert "Nothing to keep" in result.stdout
    assert _kept() == []


def test_broken_store_still_practises(
    cli_pipeline: Pipeline, answers: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", "bogus://nowhere")
    result = runner.invoke(app, ["practice", SCENARIO], input="I hear you.\n")
    assert result.exit_code == 0, result.output
    assert "Debrief" in result.stdout and "Traceback" not in result.output
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert "Practising without saving" in result.stderr
    # A script that asked for --save learns that nothing was kept: the output, then status 2.
    args = ["practice", SCENARIO, "--answers", str(answers), "--json", "--save"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert json.loads(result.stdout)["saved"] is None
    assert "Practising without saving" in result.stderr
