"""The look back with the shipped models, on a hand-labelled chat.

tests/fixtures/chats/lookback_linda_josh.txt was written with known answers:
Linda makes five emotional bids (her bad day, its follow-up, missing her dad,
"you never have time for me", money stress) and Josh answers three warmly,
one with contempt and criticism, and leaves the last unanswered; Josh makes
two (nervous about an interview: Linda changes the subject; the new job:
she celebrates). Josh's warm answers are part of Linda's exchanges, not bids.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from empathos.cli.main import app

pytestmark = pytest.mark.models

CHAT = Path(__file__).resolve().parents[1] / "fixtures" / "chats" / "lookback_linda_josh.txt"


@pytest.fixture(scope="module")
def summary() -> dict[str, Any]:
    result = CliRunner().invoke(app, ["chats", "analyze", str(CHAT), "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_bids_are_found(summary: dict[str, Any]) -> None:
    assert summary["people"]["Linda"]["bids_made"] == 5
    assert summary["people"]["Josh"]["bids_made"] == 2
    assert summary["people"]["Linda"]["small_bids_made"] >= 1  # the photo


def test_answers_are_judged(summary: dict[str, Any]) -> None:
    josh, linda = summary["people"]["Josh"], summary["people"]["Linda"]
    assert josh["answers"] == {"toward": 3, "away": 1, "against": 1}
    assert linda["answers"] == {"toward": 1, "away": 1, "against": 0}
    assert josh["turning_toward_rate"] == 0.6
    assert {"contempt", "criticism"} & set(josh["blocks"])
    assert josh["small_bid_answers"]["toward"] == 1  # "haha so cute"


def test_the_moment_that_hurt_is_quoted_with_its_words(summary: dict[str, Any]) -> None:
    (hurt,) = summary["moments"]["hurt"]
    assert hurt["bidder"] == "Linda" and hurt["answerer"] == "Josh"
    assert hurt["answer"].startswith("Here we go again")
    for block in hurt["blocks"]:
        assert hurt["answer"][block["start"] : block["end"]] == block["text"]
    warm = summary["moments"]["warmest"]
    assert warm and all(m["blocks"] == [] for m in warm)


def test_months(summary: dict[str, Any]) -> None:
    months = {m["month"]: m["people"] for m in summary["months"]}
    assert list(months) == ["2024-01", "2024-02", "2024-03"]
    assert months["2024-03"]["Josh"]["answers"]["away"] == 1  # the money worry, unanswered
