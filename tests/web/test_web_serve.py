"""`empathos serve`: localhost by default, a loud flag to listen wider, nothing heavy on import."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from typer.testing import CliRunner

from empathos.cli.main import app
from empathos.core.pipeline import Pipeline

runner = CliRunner()


@pytest.fixture
def served(cli_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Records what uvicorn.run would have served instead of serving it."""
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    return calls


def test_serves_on_localhost_by_default(served: list[dict[str, Any]]) -> None:
    result = runner.invoke(app, ["serve", "--port", "8123"])
    assert result.exit_code == 0, result.output
    [call] = served
    assert call["host"] == "127.0.0.1" and call["port"] == 8123
    assert "http://127.0.0.1:8123/" in result.stderr
    assert call["app"].state.config.allowed_hosts is not None


def test_refuses_to_listen_wider_without_the_flag(served: list[dict[str, Any]]) -> None:
    result = runner.invoke(app, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--expose-my-data" in result.stderr
    assert served == []


def test_listening_wider_warns_loudly(served: list[dict[str, Any]]) -> None:
    result = runner.invoke(app, ["serve", "--host", "0.0.0.0", "--expose-my-data"])
    assert result.exit_code == 0, result.output
    assert "WARNING" in result.stderr and "no accounts" in result.stderr
    [call] = served
    assert call["host"] == "0.0.0.0" and call["app"].state.config.allowed_hosts is None


def test_upload_limit_option(served: list[dict[str, Any]]) -> None:
    result = runner.invoke(app, ["serve", "--max-upload-mb", "3"])
    assert result.exit_code == 0, result.output
    assert served[0]["app"].state.config.limits.upload_bytes == 3 << 20


def test_multi_user_serves_accounts(served: list[dict[str, Any]]) -> None:
    result = runner.invoke(app, ["serve", "--multi-user"])
    assert result.exit_code == 0, result.output
    config = served[0]["app"].state.config
    assert config.multi_user and not config.secure_cookies
    assert config.allowed_hosts is not None


def test_multi_user_beyond_localhost_has_secure_cookies(served: list[dict[str, Any]]) -> None:
    result = runner.invoke(app, ["serve", "--multi-user", "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert "HTTPS" in result.stderr and "WARNING" not in result.stderr
    config = served[0]["app"].state.config
    assert config.multi_user and config.secure_cookies and config.allowed_hosts is None
    assert served[0]["app"].state.accounts.session_cookie.startswith("__Host-")


def test_a_broken_database_is_one_clear_line(
    served: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", "mysql://nobody@nowhere/db")
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 2
    assert "error:" in result.stderr and "Traceback" not in result.output
    assert served == []


def test_the_cli_does_not_import_the_web_stack() -> None:
    code = (
        "import sys, empathos.cli.main; "
        "print([m for m in ('fastapi', 'uvicorn', 'starlette', 'empathos.web') "
        "if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
