"""`empathos analyze ... --keep`: the record, its texts, the model version and skill values."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from empathos.cli.main import app
from empathos.core.pipeline import Pipeline
from empathos.models import VERSION
from empathos.progress.skills import analysis_skills
from empathos.store import open_store

runner = CliRunner()
PARTNER = "My sister cancelled on me again."
REPLY = "That's so disappointing. Of course you're hurt. What did she say?"


def test_keep(cli_pipeline: Pipeline) -> None:
    result = runner.invoke(app, ["analyze", PARTNER, "--reply", REPLY, "--keep", "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)  # the record alone: --keep adds nothing to stdout
    with open_store() as store:
        me = store.local_user().id
        [kept] = store.list_analyses(me)
        events = store.skill_history(me)
    assert (kept.partner, kept.reply, kept.model_version) == (PARTNER, REPLY, VERSION)
    assert kept.record == record
    assert {e.skill: e.value for e in events} == analysis_skills(record)
    assert all(e.source == "analysis" and e.source_id == kept.id for e in events)


def test_keep_text_says_so(cli_pipeline: Pipeline) -> None:
    result = runner.invoke(app, ["analyze", PARTNER, "--keep"])
    assert result.exit_code == 0, result.output
    assert "Kept for your progress" in result.stdout
    with open_store() as store:
        me = store.local_user().id
        assert len(store.list_analyses(me)) == 1
        assert store.skill_history(me) == []  # no reply, no skill values


def test_keep_errors(cli_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    result = runner.invoke(app, ["analyze", "--jsonl", "-", "--keep"], input="")
    assert result.exit_code == 2 and "--jsonl reads everything" in result.stderr
    monkeypatch.setenv("DATABASE_URL", "bogus://nowhere")
    result = runner.invoke(app, ["analyze", PARTNER, "--keep", "--json"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert json.loads(result.stdout)  # the analysis is still shown
    assert result.stderr.startswith("error: ") and "cannot store data" in result.stderr
