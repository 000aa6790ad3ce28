"""`empathos chats analyze`: the summary a user sees, --json, --report, and clean errors.

With the fake pipeline and the word rules (fast, no model files); the shipped
models are exercised in test_lookback_models.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from empathos.cli.main import app
from empathos.core.pipeline import Pipeline

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "chats"
CHAT = FIXTURES / "lookback_linda_josh.txt"
PERSON_KEYS = {
    "bids_made",
    "answers",
    "turning_toward_rate",
    "blocks",
    "empathy_mean",
    "small_bids_made",
    "positive_to_negative",
    "response_minutes_median",
    "partner_emotions",
}

runner = CliRunner()


@pytest.fixture
def word_rules(cli_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    monkeypatch.setattr("empathos.cli.chats.get_lookback_models", lambda: None)
    return cli_pipeline


def summary_of(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["chats", "analyze", *args, "--json"])
    assert result.exit_code == 0, result.output
    summary: dict[str, Any] = json.loads(result.stdout)
    return summary


def test_json_summary_has_the_documented_keys(word_rules: Pipeline) -> None:
    summary = summary_of(str(CHAT))
    assert summary["format"] == "whatsapp-android"
    assert summary["messages"] == 20
    assert summary["skipped"]["total"] == 1
    assert summary["skipped"]["by_reason"] == {"system message": 1}
    assert summary["skipped"]["examples"][0]["line"] == 1
    assert summary["participants"] == ["Josh", "Linda"]
    for person in ("Linda", "Josh"):
        assert set(summary["people"][person]) >= PERSON_KEYS
        assert set(summary["people"][person]["answers"]) == {"toward", "away", "against"}
    assert [m["month"] for m in summary["months"]] == ["2024-01", "2024-02", "2024-03"]
    assert set(summary["months"][0]["people"]["Linda"]) >= PERSON_KEYS
    assert summary["people"]["Linda"]["messages"] + summary["people"]["Josh"]["messages"] == 20


def test_a_bid_left_unanswered_counts_as_turned_away(word_rules: Pipeline) -> None:
    summary = summary_of(str(CHAT))
    march = summary["months"][-1]["people"]
    # "I'm so stressed about money this month" is the chat's last message.
    assert march["Josh"]["answers"]["away"] >= 1


def test_text_summary_and_report(word_rules: Pipeline, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    result = runner.invoke(
        app, ["chats", "analyze", str(CHAT), "--me", "Josh", "--report", str(report)]
    )
    assert result.exit_code == 0, result.output
    assert "How each of you answered the other's bids" in result.stdout
    assert "20 messages" in result.stdout
    assert "nothing was sent anywhere" in result.stdout
    html = report.read_text(encoding="utf-8")
    assert "This report contains private messages" in html
    assert "You (Josh)" in html


@pytest.mark.parametrize(
    ("fixture", "args", "message"),
    [
        ("whatsapp_group.txt", [], "choose two with --pair"),
        ("whatsapp_one_person.txt", [], "a look back needs two people"),
        ("empty.txt", [], "empty"),
        ("lookback_linda_josh.txt", ["--me", "Sam"], "'Sam' is not one of the people analyzed"),
        ("lookback_linda_josh.txt", ["--pair", "Linda,Sam"], "no messages by Sam"),
        ("missing.txt", [], "no such file"),
        ("whatsapp_cp1252.txt", [], "--encoding"),
    ],
)
def test_clear_errors(word_rules: Pipeline, fixture: str, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["chats", "analyze", str(FIXTURES / fixture), *args])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_unknown_format_names_the_supported_ones(word_rules: Pipeline, tmp_path: Path) -> None:
    odd = tmp_path / "notes.txt"
    odd.write_text("just some notes\nnothing like a chat\n", encoding="utf-8")
    result = runner.invoke(app, ["chats", "analyze", str(odd)])
    assert result.exit_code == 2
    assert "WhatsApp" in result.stderr and "Telegram" in result.stderr


def test_a_group_chat_with_a_chosen_pair(word_rules: Pipeline) -> None:
    summary = summary_of(str(FIXTURES / "whatsapp_group.txt"), "--pair", "Linda,Josh")
    assert summary["pair"] == ["Linda", "Josh"]
    assert len(summary["participants"]) == 3
    assert summary["skipped"]["by_reason"]["written by someone outside the two people analyzed"]


def test_encoding_option(word_rules: Pipeline) -> None:
    summary = summary_of(str(FIXTURES / "whatsapp_cp1252.txt"), "--encoding", "cp1252")
    assert summary["messages"] > 0


@pytest.mark.parametrize(
    "name", ["telegram_single.json", "table.jsonl", "table_aliases.csv", "whatsapp_ios_12h.txt"]
)
def test_every_format_runs_end_to_end(word_rules: Pipeline, name: str) -> None:
    summary = summary_of(str(FIXTURES / name))
    assert summary["messages"] > 0
    assert len(summary["people"]) == 2


def test_details_keep_every_answer_with_its_analysis(word_rules: Pipeline, tmp_path: Path) -> None:
    details = tmp_path / "details.jsonl"
    summary = summary_of(str(CHAT), "--details", str(details))
    lines = [json.loads(line) for line in details.read_text(encoding="utf-8").splitlines()]
    answered = sum(
        sum(p["answers"].values()) + sum(p["small_bid_answers"].values())
        for p in summary["people"].values()
    )
    assert len(lines) == answered
    assert {line["direction"] for line in lines} <= {"toward", "away", "against"}
    emotional = [line for line in lines if line["level"] == "bid" and line["answer"]]
    assert emotional and all(line["analysis"]["reply"] is not None for line in emotional)
    last = lines[-1]
    assert last["bid"].startswith("I'm so stressed about money") and last["answer"] is None
