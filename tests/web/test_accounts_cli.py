"""`empathos accounts reset-password`: a new password set on the server, then used."""

from __future__ import annotations

import pytest
from click.testing import Result
from conftest import BASE, csrf_of, sign_in, sign_up
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from empathos.cli.main import app
from empathos.store import Store
from empathos.web import _auth

runner = CliRunner()
NEW = "a brand new passphrase"


def _reset(email: str, password: str) -> Result:
    return runner.invoke(
        app, ["accounts", "reset-password", email, "--password-stdin"], input=password + "\n"
    )


def test_a_reset_password_signs_in_and_ends_old_sessions(
    multi_client: TestClient, web_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_up(multi_client, "Ann", "ann@example.org")
    web_store.record_login_failure([_auth.account_key("ann@example.org")] * _auth.MAX_FAILURES)
    monkeypatch.setenv("DATABASE_URL", web_store.url)

    result = _reset("Ann@Example.org", NEW)

    assert result.exit_code == 0, result.output
    assert "signed out of 1 session(s)" in result.output
    # The browser that was signed in is signed out; the new password works at once,
    # the old one does not, and the lock on the account is lifted.
    assert multi_client.get("/growth", follow_redirects=False).status_code == 303
    with TestClient(multi_client.app, base_url=BASE) as again:
        assert sign_in(again, "ann@example.org") == 401
        assert sign_in(again, "ann@example.org", NEW) == 303
        assert again.get("/growth").status_code == 200
        assert csrf_of(again, "/growth")


def test_unknown_account_and_weak_password_are_one_clear_line(
    multi_client: TestClient, web_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_up(multi_client, "Ann", "ann@example.org")
    monkeypatch.setenv("DATABASE_URL", web_store.url)
    for email, password, says in (
        ("bob@example.org", NEW, "no account signs in with 'bob@example.org'"),
        ("ann@example.org", "short", "at least 10 characters"),
        ("not an email", NEW, "email"),
    ):
        result = _reset(email, password)
        assert result.exit_code == 2, result.output
        assert says in result.stderr
        assert "Traceback" not in result.output
    assert sign_in(multi_client, "ann@example.org") == 303  # nothing changed for Ann
