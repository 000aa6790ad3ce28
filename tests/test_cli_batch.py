"""`empathos analyze --jsonl`: the spec's "Batch CLI" rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from empathos import batch
from empathos.api import MAX_CHARS
from empathos.cli.main import app
from empathos.core.pipeline import Pipeline
from empathos.core.types import Analysis, Request
from empathos.errors import InputError

runner = CliRunner()

BOSS = "My boss tore apart my presentation in front of everyone"


def _lines(*items: Any) -> bytes:
    return b"".join(
        (item if isinstance(item, bytes) else json.dumps(item).encode()) + b"\n" for item in items
    )


def _run(data: bytes, *extra: str) -> tuple[int, list[dict[str, Any]], str]:
    result = runner.invoke(app, ["analyze", "--jsonl", "-", *extra], input=data)
    assert "Traceback" not in result.output
    assert "\\u" not in result.stdout  # ensure_ascii=False: text stays readable
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return result.exit_code, records, result.stderr


def test_good_lines(cli_pipeline: Pipeline) -> None:
    code, records, err = _run(
        _lines(
            {"id": "p1", "partner": BOSS, "reply": "You should stand up to him"},
            {"id": 2, "partner": "I can't sleep", "reply": None},
            {"partner": "Ugh.", "reply": "", "context": [{"speaker": "me", "text": "Hi"}]},
            {"id": "p4", "partner": BOSS, "partner_needs": ["advice"], "extra": "ignored"},
        )
    )
    assert code == 0 and err == ""
    assert [r["id"] for r in records] == ["p1", 2, None, "p4"]
    assert records[0]["reply"] is not None
    assert [r["reply"] for r in records[1:]] == [None, None, None]
    assert all("error" not in r for r in records)


def test_bad_lines_get_error_records_and_the_run_goes_on(cli_pipeline: Pipeline) -> None:
    data = _lines(
        {"id": "ok1", "partner": BOSS},
        b"{not json",
        {"id": "nop", "reply": "hi"},
        {"id": "num", "partner": 42},
        {"id": "ctx", "partner": BOSS, "context": "earlier"},
        b'["an", "array"]',
        b'{"id": "bytes", "partner": "caf\xe9"}',
        {"id": "need", "partner": BOSS, "partner_needs": ["hugs"]},
        {"id": "ok2", "partner": BOSS, "reply": "That sounds humiliating."},
    )
    code, records, _ = _run(data)
    assert code == 1
    assert len(records) == 9
    assert [r["id"] for r in records] == [
        "ok1", None, "nop", "num", "ctx", None, None, "need", "ok2"
    ]  # fmt: skip
    errors = {i + 1: r["error"] for i, r in enumerate(records) if "error" in r}
    assert set(errors) == {2, 3, 4, 5, 6, 7, 8}
    for line, message in errors.items():
        assert message.startswith(f"line {line}: ")
    assert "not valid JSON" in errors[2]
    assert "missing 'partner'" in errors[3]
    assert "'partner' must be a string, got int" in errors[4]
    assert "'context' must be a list" in errors[5]
    assert "expected a JSON object" in errors[6] and "array" in errors[6]
    assert "not UTF-8" in errors[7] and "0xe9" in errors[7]
    assert "hugs" in errors[8]
    assert set(records[0]) == {"id", "partner", "reply", "feedback", "suggestion"}
    assert set(records[1]) == {"id", "error"}


def test_blank_lines_skipped_but_line_numbers_are_the_files(cli_pipeline: Pipeline) -> None:
    data = b"\n" + _lines({"partner": BOSS}) + b"   \n\r\n" + b"oops\n"
    code, records, _ = _run(data)
    assert code == 1
    assert len(records) == 2
    assert records[1]["error"].startswith("line 5: ")


def test_crlf_bom_and_no_final_newline(cli_pipeline: Pipeline) -> None:
    data = b"\xef\xbb\xbf" + json.dumps({"id": 1, "partner": BOSS}).encode() + b"\r\n"
    data += json.dumps({"id": 2, "partner": "last"}).encode()
    code, records, _ = _run(data)
    assert code == 0
    assert [r["id"] for r in records] == [1, 2]


def test_emoji_languages_and_long_lines(cli_pipeline: Pipeline) -> None:
    long_text = "ça me travaille vraiment 😞 " * 600
    code, records, _ = _run(
        _lines(
            {
                "id": "上司 🫂",
                "partner": "上司にみんなの前でけなされた",
                "reply": "つらかったね 🫂",
            },
            {"id": "long", "partner": long_text[:MAX_CHARS], "reply": long_text[:MAX_CHARS]},
            {"id": "huge", "partner": "x" * (MAX_CHARS * 5)},
        )
    )
    assert code == 1
    assert records[0]["id"] == "上司 🫂"
    assert records[0]["reply"] is not None and records[1]["reply"] is not None
    assert "the limit is" in records[2]["error"] and records[2]["id"] == "huge"


def test_order_kept_across_chunks(fake_pipeline: Pipeline) -> None:
    data = [json.dumps({"id": i, "partner": f"message {i}"}).encode() for i in range(150)]
    data[70] = b"broken"
    results = list(batch.analyze_lines(data, fake_pipeline, chunk_size=64))
    assert [r.line for r in results] == list(range(1, 151))
    assert [r.record["id"] for r in results if r.ok] == [i for i in range(150) if i != 70]
    assert not results[70].ok


def test_pipeline_refusing_one_request_spares_the_rest(fake_pipeline: Pipeline) -> None:
    class Picky:
        def analyze(self, requests: list[Request]) -> list[Analysis]:
            if any(r.partner == "refuse me" for r in requests):
                raise InputError("refused")
            return fake_pipeline.analyze(requests)

    data = [json.dumps({"id": t, "partner": t}).encode() for t in ("a", "refuse me", "b")]
    results = list(batch.analyze_lines(data, Picky()))  # type: ignore[arg-type]
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].record == {"id": "refuse me", "error": "line 2: refused"}


def test_files_in_and_out(cli_pipeline: Pipeline, tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_bytes(_lines({"id": "a", "partner": BOSS}, {"id": "b", "partner": "😞"}))
    result = runner.invoke(app, ["analyze", "--jsonl", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b"]


def test_empty_input(cli_pipeline: Pipeline) -> None:
    assert _run(b"") == (0, [], "")


def test_missing_input_file(cli_pipeline: Pipeline, tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", "--jsonl", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "cannot read" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("extra", [["some message"], ["--reply", "x"], ["--partner-needs", "x"]])
def test_jsonl_refuses_single_message_options(cli_pipeline: Pipeline, extra: list[str]) -> None:
    result = runner.invoke(app, ["analyze", "--jsonl", "-", *extra], input=b"")
    assert result.exit_code == 2
    assert "--jsonl" in result.stderr
