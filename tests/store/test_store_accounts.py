"""Server mode's part of the store: accounts by email, sessions, failed sign-ins."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from empathos.errors import InputError, NotFound
from empathos.store import Store

HOUR = timedelta(hours=1)


def test_user_by_email_and_password_hash(store: Store) -> None:
    ann = store.create_user("Ann", "Ann@Example.org")
    assert store.user_by_email("ann@example.ORG") == ann
    assert store.user_by_email("bob@example.org") is None
    assert store.password_hash(ann.id) is None
    store.set_password_hash(ann.id, "$argon2id$v=19$fake")
    assert store.password_hash(ann.id) == "$argon2id$v=19$fake"
    with pytest.raises(NotFound):
        store.set_password_hash(ann.id + 100, "x")
    # The hash stays out of the person's record and their export.
    assert "argon2" not in str(store.export_user_data(ann.id))


def test_a_session_is_found_by_its_secret_only(store: Store) -> None:
    ann = store.create_user("Ann", "ann@example.org")
    token, made = store.create_session(ann.id, HOUR)
    assert len(token) >= 40 and made.user_id == ann.id and len(made.csrf_token) >= 40
    assert store.web_session(token) == made
    assert store.web_session(token + "x") is None
    assert store.web_session("") is None
    # Only the hash of the secret is kept.
    from sqlalchemy import create_engine, text

    engine = create_engine(store._target.url)
    try:
        with engine.connect() as connection:
            ids = list(connection.scalars(text("SELECT id FROM sessions")))
    finally:
        engine.dispose()
    assert token not in ids and len(ids) == 1


def test_sessions_expire_and_are_revoked(store: Store) -> None:
    ann = store.create_user("Ann", "ann@example.org")
    bob = store.create_user("Bob", "bob@example.org")
    token, made = store.create_session(ann.id, HOUR)
    later = made.expires_at + timedelta(seconds=1)
    assert store.web_session(token, now=later) is None
    assert store.expire_sessions(now=later) == 1
    assert store.web_session(token) is None

    one, _ = store.create_session(ann.id, HOUR)
    two, _ = store.create_session(ann.id, HOUR)
    bobs, _ = store.create_session(bob.id, HOUR)
    store.delete_session(one)
    store.delete_session("not a session at all")
    assert store.web_session(one) is None and store.web_session(two) is not None
    assert store.delete_sessions(ann.id) == 1
    assert store.web_session(two) is None and store.web_session(bobs) is not None
    with pytest.raises(InputError):
        store.create_session(ann.id, timedelta(0))


def test_deleting_a_person_ends_their_sessions(store: Store) -> None:
    ann = store.create_user("Ann", "ann@example.org")
    token, _ = store.create_session(ann.id, HOUR)
    store.delete_user_data(ann.id)
    assert store.web_session(token) is None


def test_login_failures_count_by_key_and_window(store: Store) -> None:
    now = datetime.now(UTC)
    keys = ["account:ann@example.org", "address:10.0.0.1"]
    for minutes in (20, 10, 5):
        store.record_login_failure(keys, at=now - timedelta(minutes=minutes))
    store.record_login_failure(["address:10.0.0.2"], at=now)
    since = now - timedelta(minutes=15)
    assert len(store.login_failures(keys[0], since)) == 2
    assert store.login_failures(keys[1], since) == sorted(store.login_failures(keys[1], since))
    assert len(store.login_failures("address:10.0.0.2", since)) == 1
    assert store.clear_login_failures(keys[0]) == 3
    assert store.login_failures(keys[0], since) == []
    assert store.clear_login_failures("", before=since) == 1  # the 20-minute-old one
    assert len(store.login_failures(keys[1], now - timedelta(hours=1))) == 2
    with pytest.raises(InputError):
        store.clear_login_failures("")
