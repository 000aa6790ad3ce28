"""`empathos practice` with the fake pipeline: --list, --answers, errors and the typed mode."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from empathos.cli.main import app
from empathos.core.pipeline import Pipeline
from empathos.practice import load_library

runner = CliRunner()
SCENARIO = "chores-never-help"
REPLIES = "That sounds exhausting, I'm sorry.\n\nIt makes sense you're fed up.\n   \nWhatever.\n"


def _json(args: list[str], **kwargs: Any) -> Any:
    result = runner.invoke(app, args, **kwargs)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return json.loads(result.stdout)


def _error(args: list[str], **kwargs: Any) -> str:
    result = runner.invoke(app, args, **kwargs)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert result.stderr.startswith("error: ")
    assert result.stderr.count("\n") == 1  # one line
    return result.stderr


def test_help_lists_practice() -> None:
    assert "practice" in runner.invoke(app, ["--help"]).stdout


def test_list_json() -> None:
    listed = _json(["practice", "--list", "--json"])
    assert len(listed) == len(load_library().scenarios) >= 40
    for item in listed:
        for key in ("id", "title", "skills", "partner_need", "opening", "theme", "difficulty"):
            assert key in item, key
        assert item["partner"]["name"] and item["partner"]["pronouns"]
    assert {item["partner_need"] for item in listed} == {
        "to_be_heard",
        "reassurance",
        "a_plan",
        "space",
    }


def test_list_table() -> None:
    result = runner.invoke(app, ["practice", "--list"], terminal_width=200)
    assert result.exit_code == 0, result.output
    for scenario in load_library().scenarios:
        assert scenario.id in result.stdout


def test_answers_json(cli_pipeline: Pipeline, tmp_path: Path) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text(REPLIES, encoding="utf-8")
    data = _json(["practice", SCENARIO, "--answers", str(answers), "--json"])
    assert data["scenario"] == SCENARIO and data["seed"] == 0
    assert data["outcome"] in ("heard", "gave_up", "turns_out", "answers_out")
    replies = [t["reply"] for t in data["turns"]]
    assert (
        replies == [line.strip() for line in REPLIES.splitlines() if line.strip()][: len(replies)]
    )
    for turn in data["turns"]:
        assert {"reply", "analysis", "felt_heard", "partner", "state"} <= set(turn)
        assert set(turn["analysis"]) >= {"partner", "reply", "feedback", "suggestion"}
        assert 0 <= turn["felt_heard"] <= 100
    assert data["felt_heard"] == [20, *(t["felt_heard"] for t in data["turns"])]
    debrief = data["debrief"]
    assert set(debrief) >= {"felt_heard", "worked", "blocked", "alternative", "skills"}
    assert set(debrief["skills"]) == {"self_regulation", "reflect_before_reacting", "validation"}
    # The same replies and seed give the same session.
    assert data == _json(["practice", SCENARIO, "--answers", str(answers), "--json"])


def test_answers_from_stdin_by_number(cli_pipeline: Pipeline) -> None:
    number = str(load_library().ids().index(SCENARIO) + 1)
    args = ["practice", number, "--answers", "-", "--json", "--seed", "4", "--turns", "2"]
    data = _json(args, input="Oh no. That sounds hard.\nÇa va? 🫂\nThird.\n")
    assert data["scenario"] == SCENARIO and data["seed"] == 4
    assert len(data["turns"]) <= 2
    assert data["outcome"] in ("heard", "gave_up", "turns_out")


def test_answers_text_output(cli_pipeline: Pipeline, tmp_path: Path) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text(REPLIES, encoding="utf-8")
    result = runner.invoke(app, ["practice", SCENARIO, "--answers", str(answers)])
    assert result.exit_code == 0, result.output
    for text in ("Maya:", "Felt heard", "/100", "Skills this session"):
        assert text in result.stdout


def test_unknown_scenario_lists_ids(cli_pipeline: Pipeline) -> None:
    message = _error(["practice", "chores-nver-help", "--answers", "-"], input="hi\n")
    assert "no scenario 'chores-nver-help'" in message and SCENARIO in message
    message = _error(["practice", "zzz", "--answers", "-"], input="hi\n")
    assert "try " in message and "empathos practice --list" in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "has no replies"),
        (b"\n  \n\n", "has no replies"),
        (b"caf\xe9 au lait\n", "is not UTF-8 text"),
    ],
)
def test_bad_answer_files(
    cli_pipeline: Pipeline, tmp_path: Path, content: bytes, expected: str
) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_bytes(content)
    assert expected in _error(["practice", SCENARIO, "--answers", str(answers), "--json"])


def test_missing_answer_file(cli_pipeline: Pipeline, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert "cannot read" in _error(["practice", SCENARIO, "--answers", str(missing)])
    assert "cannot read" in _error(["practice", SCENARIO, "--answers", str(tmp_path)])


def test_option_mistakes() -> None:
    assert "--answers needs a scenario" in _error(["practice", "--answers", "x.txt"])
    assert "--list shows every scenario" in _error(["practice", "--list", SCENARIO])
    assert "--json works with --list or --answers" in _error(["practice", SCENARIO, "--json"])


def test_interactive_pick_reply_quit(cli_pipeline: Pipeline) -> None:
    typed = "nope\n1\nThat sounds so hard. I'm here.\n/hint\n\n/quit\n"
    result = runner.invoke(app, ["practice", "--seed", "1"], input=typed)
    assert result.exit_code == 0, result.output
    out = result.stdout
    first = load_library().scenarios[0]
    assert "Practice scenarios" in out and "no scenario 'nope'" in out
    assert first.opening[:40] in out  # the partner's opening (Rich wraps at 80)
    assert out.count("Felt heard ") >= 2  # after the reply, and in the debrief
    assert "example:" in out  # the hint
    assert "Debrief" in out and "You stopped after 1 reply" in out
    assert "Traceback" not in result.output


def test_interactive_scenario_end_of_input(cli_pipeline: Pipeline) -> None:
    # Ctrl-D (end of input) mid-conversation: the debrief so far, exit 0.
    result = runner.invoke(app, ["practice", SCENARIO], input="I hear you.\n")
    assert result.exit_code == 0, result.output
    assert "Debrief" in result.stdout and "You stopped after 1 reply" in result.stdout


def test_interactive_quit_before_picking(cli_pipeline: Pipeline) -> None:
    result = runner.invoke(app, ["practice"], input="q\n")
    assert result.exit_code == 0, result.output
    assert "Debrief" not in result.stdout


def test_interactive_ctrl_c(cli_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("rich.console.Console.input", interrupt)
    result = runner.invoke(app, ["practice", SCENARIO])
    assert result.exit_code == 0, result.output
    assert "Debrief" in result.stdout and "You stopped after 0 replies" in result.stdout
    assert "Traceback" not in result.output


def test_interactive_plays_to_the_end(cli_pipeline: Pipeline) -> None:
    typed = "".join(f"Whatever {i}.\n" for i in range(8))
    result = runner.invoke(app, ["practice", SCENARIO, "--turns", "3"], input=typed)
    assert result.exit_code == 0, result.output
    assert "Debrief" in result.stdout
    assert "You stopped" not in result.stdout  # it ended by itself


def test_interactive_unknown_scenario() -> None:
    assert "no scenario 'nope'" in _error(["practice", "nope"])
