"""Golden look-back summaries: each fixture export, through the command with the shipped
models, gives exactly the summary kept in tests/golden/lookback/.

A change in any of them is a change users would see; review the diff, then refresh with
EMPATHOS_UPDATE_GOLDEN=1 pytest tests/chats/test_lookback_golden.py
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from empathos.cli.main import app

pytestmark = pytest.mark.models

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures" / "chats"
GOLDEN = TESTS / "golden" / "lookback"
CASES = {
    "lookback_linda_josh.txt": [],
    "whatsapp_android_24h_dayfirst.txt": [],
    "whatsapp_android_12h_monthfirst.txt": [],
    "whatsapp_ios_24h_dayfirst.txt": [],
    "whatsapp_ios_12h.txt": [],
    "whatsapp_group.txt": ["--pair", "Linda,Josh"],
    "telegram_single.json": [],
    "table_aliases.csv": [],
    "table.jsonl": [],
}


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Epoch timestamps in CSV/JSONL are read in the machine's zone: pin it."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("fixture", list(CASES))
def test_summary_matches_golden(fixture: str) -> None:
    result = CliRunner().invoke(
        app, ["chats", "analyze", str(FIXTURES / fixture), *CASES[fixture], "--json"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    golden = GOLDEN / f"{fixture}.json"
    if os.environ.get("EMPATHOS_UPDATE_GOLDEN") == "1":
        golden.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert summary == json.loads(golden.read_text(encoding="utf-8"))
