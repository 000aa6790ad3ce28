"""Server mode's accounts: sign up, sign in and out, sessions, CSRF, the rate limit."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import pytest
from conftest import BASE, PASSWORD, csrf_of, sign_in, sign_up
from fastapi.testclient import TestClient

from empathos.store import Store
from empathos.web import _auth


def _cookie(response: Any, name: str) -> str:
    headers = [v for k, v in response.headers.multi_items() if k == "set-cookie"]
    return next(h for h in headers if h.startswith(name + "="))


def test_nothing_answers_before_sign_in(multi_client: TestClient) -> None:
    page = multi_client.get("/growth", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/signin?next=/growth"
    api = multi_client.get("/api/analyses")
    assert api.status_code == 401 and api.json() == {"error": "Sign in first."}
    assert multi_client.post("/api/analyze", json={"partner": "hi"}).status_code == 401
    assert multi_client.get("/healthz").json() == {"status": "ok"}
    assert multi_client.get("/signin").status_code == 200


def test_sign_up_signs_in_with_a_safe_cookie(multi_client: TestClient, web_store: Store) -> None:
    token = csrf_of(multi_client, "/signup")
    response = multi_client.post(
        "/signup",
        data={"name": "Ann", "email": "Ann@Example.org", "password": PASSWORD, "csrf": token},
        follow_redirects=False,
    )
    assert response.status_code == 303
    cookie = _cookie(response, "empathos_session").lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "path=/" in cookie
    assert "secure" not in cookie  # localhost: no HTTPS to require
    ann = web_store.user_by_email("ann@example.org")
    assert ann is not None
    stored = web_store.password_hash(ann.id)
    assert stored is not None and stored.startswith("$argon2id$") and PASSWORD not in stored
    page = multi_client.get("/growth")
    assert page.status_code == 200 and "Signed in as <strong>Ann</strong>" in page.text


def test_secure_cookies_beyond_localhost(
    fake_pipeline: Any, web_store: Store, multi_config: Any
) -> None:
    from dataclasses import replace

    from empathos.web import create_app

    config = replace(multi_config, secure_cookies=True, allowed_hosts=None)
    app = create_app(fake_pipeline, web_store, lookback_models=None, config=config)
    with TestClient(app, base_url="https://couples.example.org") as client:
        token = csrf_of(client, "/signup")
        response = client.post(
            "/signup",
            data={"name": "Ann", "email": "ann@example.org", "password": PASSWORD, "csrf": token},
            follow_redirects=False,
        )
        cookie = _cookie(response, "__Host-empathos_session").lower()
        assert "secure" in cookie and "httponly" in cookie and "samesite=lax" in cookie
        assert client.get("/growth").status_code == 200


@pytest.mark.parametrize(
    ("password", "email", "message"),
    [
        ("short", "ann@example.org", "at least 10 characters"),
        ("ann@example.org", "ann@example.org", "not your email"),
        ("ANN@EXAMPLE.ORG", "ann@example.org", "not your email"),
    ],
)
def test_password_rules(multi_client: TestClient, password: str, email: str, message: str) -> None:
    token = csrf_of(multi_client, "/signup")
    response = multi_client.post(
        "/signup", data={"name": "Ann", "email": email, "password": password, "csrf": token}
    )
    assert response.status_code == 422 and message in response.text
    assert "empathos_session" not in response.headers.get("set-cookie", "")


def test_sign_in_rotates_and_sign_out_revokes(multi_client: TestClient, web_store: Store) -> None:
    sign_up(multi_client, "Ann", "ann@example.org")
    first = multi_client.cookies["empathos_session"]
    assert sign_in(multi_client, "ann@example.org") == 303
    second = multi_client.cookies["empathos_session"]
    assert second != first
    assert web_store.web_session(first) is None  # the old session was revoked
    assert web_store.web_session(second) is not None

    token = csrf_of(multi_client, "/growth")
    response = multi_client.post("/signout", data={"csrf": token}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/signin"
    assert web_store.web_session(second) is None
    # A copy of the old cookie is worth nothing now.
    with TestClient(multi_client.app, base_url=BASE) as thief:
        thief.cookies.set("empathos_session", second)
        assert thief.get("/growth", follow_redirects=False).status_code == 303


def test_an_expired_session_signs_in_again(multi_client: TestClient, web_store: Store) -> None:
    sign_up(multi_client, "Ann", "ann@example.org")
    token = multi_client.cookies["empathos_session"]
    session = web_store.web_session(token)
    assert session is not None
    web_store.expire_sessions(now=session.expires_at + timedelta(seconds=1))
    assert multi_client.get("/growth", follow_redirects=False).status_code == 303


def test_a_sign_in_clears_lapsed_sessions_out_of_the_store(
    multi_client: TestClient, web_store: Store
) -> None:
    sign_up(multi_client, "Ann", "ann@example.org")
    ann = web_store.user_by_email("ann@example.org")
    assert ann is not None
    web_store.create_session(ann.id, timedelta(milliseconds=1))
    time.sleep(0.01)  # and now it has lapsed
    with TestClient(multi_client.app, base_url=BASE) as other:
        sign_up(other, "Bob", "bob@example.org")
    assert web_store.expire_sessions() == 0  # the sign-up above already took it out


def test_probing_for_taken_emails_at_sign_up_is_held_back(multi_client: TestClient) -> None:
    sign_up(multi_client, "Ann", "ann@example.org")
    with TestClient(multi_client.app, base_url=BASE) as prober:
        for _ in range(_auth.MAX_FAILURES):
            token = csrf_of(prober, "/signup")
            taken = prober.post(
                "/signup",
                data={"name": "X", "email": "ann@example.org", "password": PASSWORD, "csrf": token},
            )
            assert taken.status_code == 422 and "already registered" in taken.text
        token = csrf_of(prober, "/signup")
        held = prober.post(
            "/signup",
            data={"name": "X", "email": "new@example.org", "password": PASSWORD, "csrf": token},
        )
        assert held.status_code == 429 and "Too many tries" in held.text
        assert "empathos_session" not in prober.cookies


def test_mistyped_emails_at_sign_up_are_not_held_back(multi_client: TestClient) -> None:
    for _ in range(_auth.MAX_FAILURES + 1):
        token = csrf_of(multi_client, "/signup")
        typo = multi_client.post(
            "/signup",
            data={"name": "X", "email": "ann@example", "password": PASSWORD, "csrf": token},
        )
        assert typo.status_code == 422 and "must look like" in typo.text
    sign_up(multi_client, "Ann", "ann@example.org")
    assert "empathos_session" in multi_client.cookies


def test_wrong_password_and_unknown_email_read_the_same(
    multi_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_up(multi_client, "Ann", "ann@example.org")
    verified: list[str | None] = []
    real = _auth.Accounts.verify

    def spy(self: _auth.Accounts, stored: str | None, password: str) -> bool:
        verified.append(stored)
        return real(self, stored, password)

    monkeypatch.setattr(_auth.Accounts, "verify", spy)
    with TestClient(multi_client.app, base_url=BASE) as other:
        answers = []
        for email in ("ann@example.org", "nobody@example.org", "not an email"):
            token = csrf_of(other, "/signin")
            response = other.post(
                "/signin", data={"email": email, "password": "wrong password!", "csrf": token}
            )
            answers.append((response.status_code, response.text.replace(email, "EMAIL")))
    assert answers[0] == answers[1] == answers[2]
    assert answers[0][0] == 401 and "do not match an account" in answers[0][1]
    # Every attempt hashed: a stored hash for Ann, the dummy for the others.
    assert len(verified) == 3 and verified[0] is not None and verified[1] is None


def test_five_failures_then_try_again_later(multi_client: TestClient, web_store: Store) -> None:
    sign_up(multi_client, "Ann", "ann@example.org")
    with TestClient(multi_client.app, base_url=BASE) as other:
        for _ in range(_auth.MAX_FAILURES):
            assert sign_in(other, "ann@example.org", "wrong password!") == 401
        token = csrf_of(other, "/signin")
        locked = other.post(
            "/signin", data={"email": "ann@example.org", "password": PASSWORD, "csrf": token}
        )
        assert locked.status_code == 429
        assert "Too many failed sign-ins. Try again in 15 minutes." in locked.text
        assert "empathos_session" not in other.cookies
        # The address is held back too, whichever account it tries next.
        assert sign_in(other, "someone@example.org", "wrong password!") == 429


def test_the_account_is_held_back_from_other_addresses_too(
    multi_client: TestClient, web_store: Store
) -> None:
    sign_up(multi_client, "Ann", "ann@example.org")
    web_store.record_login_failure(["account:ann@example.org"] * _auth.MAX_FAILURES)
    assert sign_in(multi_client, "ann@example.org") == 429
    web_store.clear_login_failures("account:ann@example.org")
    assert sign_in(multi_client, "ann@example.org") == 303


def test_every_post_needs_the_sessions_own_token(multi_client: TestClient) -> None:
    sign_up(multi_client, "Ann", "ann@example.org")
    mine = csrf_of(multi_client, "/growth")
    with TestClient(multi_client.app, base_url=BASE) as other:
        sign_up(other, "Bob", "bob@example.org")
        bobs = csrf_of(other, "/growth")
    assert mine != bobs
    for token in ("", bobs, "x" * 43):
        response = multi_client.post("/growth/checkin", data={"answer": "hi", "csrf": token})
        assert response.status_code == 403 and "expired" in response.text
    response = multi_client.post("/growth/checkin", data={"answer": "hi", "csrf": mine})
    assert response.status_code == 200  # followed to /growth
    # The sign-in form's token is bound to this browser's form cookie.
    with TestClient(multi_client.app, base_url=BASE) as fresh:
        forged = fresh.post(
            "/signin", data={"email": "ann@example.org", "password": PASSWORD, "csrf": mine}
        )
        assert forged.status_code == 403


def test_next_never_leaves_the_app(multi_client: TestClient) -> None:
    sign_up(multi_client, "Ann", "ann@example.org")
    with TestClient(multi_client.app, base_url=BASE) as other:
        for target, expected in (("/growth", "/growth"), ("//evil.example", "/check")):
            token = csrf_of(other, "/signin")
            response = other.post(
                "/signin",
                data={
                    "email": "ann@example.org",
                    "password": PASSWORD,
                    "csrf": token,
                    "next": target,
                },
                follow_redirects=False,
            )
            assert response.headers["location"] == expected


def test_local_mode_has_no_accounts(client: TestClient) -> None:
    assert client.get("/signin").status_code == 404
    assert client.get("/partner").status_code == 404
    page = client.get("/growth")
    assert page.status_code == 200 and "Sign out" not in page.text
    assert "set-cookie" not in page.headers
