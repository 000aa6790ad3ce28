"""`empathos progress`: text, JSON and HTML from a seeded store; empty stores and errors."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from empathos.cli.main import app
from empathos.store import Store

runner = CliRunner()


def _ok(args: list[str]) -> str:
    result = runner.invoke(app, args, terminal_width=120)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result.stdout


def _error(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stdout == "" and "Traceback" not in result.output
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    return result.stderr


def test_empty_store_is_friendly(today: date) -> None:
    out = _ok(["progress"])
    assert "Nothing yet" in out and "empathos practice" in out
    data = json.loads(_ok(["progress", "--json"]))
    assert data["empty"] is True and data["today"] == today.isoformat()


def test_json_across_weeks(seeded: Store, today: date) -> None:
    data = json.loads(_ok(["progress", "--json"]))
    assert len(data["weeks"]) in (6, 7)  # six weeks back, plus today's when a week apart
    assert data["weeks"][-1] == (today - timedelta(days=today.weekday())).isoformat()
    validation = data["skills"]["validation"]
    assert validation["events"] == 6 and validation["change"] == 0.75
    assert data["skills"]["curiosity"]["latest"] == 1.0
    assert data["practice"]["sessions"] == 1 and data["practice"]["outcomes"]["heard"] == 1
    assert data["checkins"]["count"] == 6 and data["checkins"]["mood_mean"] == 3.0
    assert data["streak"]["current"] == 1 and data["streak"]["active_today"] is True
    assert data["streak"]["longest"] == 1


def test_since_narrows(seeded: Store) -> None:
    data = json.loads(_ok(["progress", "--json", "--since", "10d"]))
    assert data["skills"]["validation"]["events"] == 2
    assert data["checkins"]["count"] == 2
    assert len(data["weeks"]) <= 3


def test_text(seeded: Store) -> None:
    out = _ok(["progress"])
    assert "Your progress" in out and "Streak: 1 day in a row" in out
    assert "Practice: 1 session" in out and "1 felt heard" in out
    assert "Check-ins: 6 (average mood 3.0 of 5)" in out
    assert "Skills, week by week" in out and "Validation" in out and "+75" in out
    assert re.search(r"[▁▂▃▄▅▆▇█]{2,}", out)  # the sparkline


def test_html_is_self_contained_and_escaped(
    seeded: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "empathos.cli.progress_report._names",
        lambda: {"validation": "<script>alert(1)</script>", "curiosity": "Curiosity"},
    )
    page_path = tmp_path / "progress.html"
    out = _ok(["progress", "--html", str(page_path)])
    assert f"Wrote {page_path}" in out.replace("\n", "")
    page = page_path.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"<(?:script|img|link|iframe)[^>]+(?:src|href)\s*=", page, re.I)
    assert len(re.findall(r"\* plotly\.js v\d", page)) == 1  # inlined once, for both charts
    assert re.findall(r'Plotly\.newPlot\(\s*"([^"]+)"', page) == ["chart-skills", "chart-activity"]
    assert "<script>alert(1)</script>" not in page
    assert '"name":"&lt;script&gt;alert(1)&lt;\\u002fscript&gt;"' in page.replace(" ", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # in the table, escaped
    assert "chart-skills" in page and "chart-activity" in page


def test_html_when_empty(tmp_path: Path, today: date) -> None:
    page_path = tmp_path / "p.html"
    _ok(["progress", "--html", str(page_path)])
    page = page_path.read_text(encoding="utf-8")
    assert "Nothing yet" in page and "plotly-graph-div" not in page


def test_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, today: date) -> None:
    assert "--since 'soon'" in _error(["progress", "--since", "soon"])
    assert "cannot write" in _error(["progress", "--html", str(tmp_path / "no" / "p.html")])
    monkeypatch.setenv("DATABASE_URL", "bogus://nowhere")
    assert "cannot store data in 'bogus://nowhere'" in _error(["progress"])
