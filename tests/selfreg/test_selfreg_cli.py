"""`empathos pause` and `empathos bodyscan`: --no-wait, timed runs with a fake clock,
Ctrl-C, and the second look."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from empathos.cli.main import app

runner = CliRunner()


def test_pause_no_wait_prints_every_step(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_sleep(seconds: float) -> None:
        raise AssertionError("--no-wait must not sleep")

    monkeypatch.setattr("empathos.selfreg.timer.sleep", no_sleep)
    result = runner.invoke(app, ["pause", "--seconds", "20", "--no-wait"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.count("Breathe in") == 2 and "Hold, empty" in out
    assert "Well done" in out and "Before you send it" in out


def test_pause_478_and_draft() -> None:
    result = runner.invoke(
        app, ["pause", "-p", "478", "--no-wait", "--draft", "You never listen to me"]
    )
    assert result.exit_code == 0, result.output
    assert "4-7-8 breathing" in result.stdout and "(8 s)" in result.stdout
    assert "You never listen to me" in result.stdout and "empathos express" in result.stdout


def test_pause_waits_one_second_per_tick(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr("empathos.selfreg.timer.sleep", slept.append)
    result = runner.invoke(app, ["pause", "--seconds", "5"])
    assert result.exit_code == 0, result.output
    assert slept == [1] * 5


def test_ctrl_c_stops_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("empathos.selfreg.timer.sleep", interrupt)
    result = runner.invoke(app, ["pause", "--seconds", "30"])
    assert result.exit_code == 0, result.output
    assert "Stopped" in result.stdout and "Before you send it" in result.stdout
    assert "Traceback" not in result.output
    scan = runner.invoke(app, ["bodyscan", "--seconds", "30"])
    assert scan.exit_code == 0 and "Stopped" in scan.stdout


def test_bodyscan_no_wait() -> None:
    result = runner.invoke(app, ["bodyscan", "--no-wait"])
    assert result.exit_code == 0, result.output
    assert "Body scan" in result.stdout and "shoulders" in result.stdout
    assert "come back to the room" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["pause", "--pattern", "square"], "choose box or 478"),
        (["pause", "--seconds", "0"], "--seconds"),
        (["bodyscan", "--seconds", "99999"], "--seconds"),
    ],
)
def test_bad_options(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and message in result.output
    assert "Traceback" not in result.output


def test_live_view_renders() -> None:
    from rich.console import Console

    from empathos.render.selfcare import step_view

    console = Console(width=80, record=True)
    console.print(step_view("Box breathing", "Breathe in", 3, 4, "step 1 of 4"))
    text = console.export_text()
    assert "Breathe in" in text and "3" in text and "Ctrl-C" in text
