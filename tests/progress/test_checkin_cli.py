"""`empathos checkin`: today's picks, keeping an answer and a mood, presence, the streak."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from typer.testing import CliRunner

from empathos.cli.main import app
from empathos.progress import load_daily
from empathos.store import Store

runner = CliRunner()


def _ok(args: list[str], **kwargs: str) -> str:
    result = runner.invoke(app, args, terminal_width=100, **kwargs)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result.stdout


def _error(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stdout == "" and result.stderr.startswith("error: ")
    return result.stderr


def test_json_picks_follow_the_date(today: date) -> None:
    daily = load_daily()
    data = json.loads(_ok(["checkin", "--json"]))
    assert data["day"] == today.isoformat()
    assert data["question"]["text"] == daily.question(today).text
    assert data["together"]["id"] == daily.idea(today).id
    assert data["presence"]["title"] == daily.presence_prompt(today).title
    assert "checkin" not in data and data["streak"]["current"] == 0


def test_answer_is_kept(today: date, store: Store) -> None:
    data = json.loads(_ok(["checkin", "--json", "--answer", "  Tired but glad.  ", "--mood", "4"]))
    assert data["checkin"]["answer"] == "Tired but glad." and data["checkin"]["mood"] == 4
    assert data["streak"] == {**data["streak"], "current": 1, "active_today": True}
    me = store.local_user().id
    [kept] = store.checkins(me)
    assert (kept.day, kept.answer, kept.mood) == (today, "Tired but glad.", 4)
    assert kept.question == load_daily().question(today).text


def test_text_with_answer(today: date) -> None:
    out = _ok(["checkin", "-a", "We laughed at dinner.", "-m", "5"])
    assert load_daily().question(today).text[:30] in out.replace("\n", " ")
    assert "Kept your answer and your mood (5/5, great)." in out
    assert "Streak: 1 day in a row" in out
    assert "Something small to do together today" in out
    assert "Ten minutes of presence" in out


def test_typed_answer_and_mood(today: date, store: Store) -> None:
    out = _ok(["checkin"], input="Lighter than yesterday.\n9\n3\n")
    assert "a number from 1 to 5" in out and "Kept your answer and your mood (3/5" in out
    [kept] = store.checkins(store.local_user().id)
    assert (kept.answer, kept.mood) == ("Lighter than yesterday.", 3)
    again = _ok(["checkin"], input="\n")
    assert "Earlier today you said: “Lighter than yesterday.”" in again
    assert "Nothing kept today, and that's fine" in again


def test_typed_answer_without_mood(today: date, store: Store) -> None:
    out = _ok(["checkin"], input="Quiet day.\n")  # end of input at the mood prompt
    assert "Kept your answer." in out
    [kept] = store.checkins(store.local_user().id)
    assert kept.mood is None


def test_welcome_back_after_a_gap(today: date, store: Store) -> None:
    me = store.local_user().id
    for back in (5, 6, 7):
        store.add_checkin(me, "q", "a", day=today - timedelta(days=back))
    data = json.loads(_ok(["checkin", "--json"]))
    assert data["streak"]["current"] == 0 and data["streak"]["message"].startswith("Welcome back")
    out = _ok(["checkin", "--answer", "Here again."])
    assert "Welcome back! Today is day one of a new run." in out


def test_presence_only(today: date, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "bogus://nowhere")  # presence needs no store
    out = _ok(["checkin", "--presence"])
    assert load_daily().presence_prompt(today).title in out and "timer" in out
    data = json.loads(_ok(["checkin", "--presence", "--json"]))
    assert data == {"day": today.isoformat(), "presence": data["presence"]}


def test_errors(today: date, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "--presence shows only" in _error(["checkin", "--presence", "--answer", "x"])
    assert "--answer is empty" in _error(["checkin", "--answer", "  "])
    assert "--mood goes with --answer" in _error(["checkin", "--json", "--mood", "3"])
    result = runner.invoke(app, ["checkin", "--answer", "x", "--mood", "9"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    monkeypatch.setenv("DATABASE_URL", "bogus://nowhere")
    assert "cannot store data" in _error(["checkin", "--answer", "x"])
