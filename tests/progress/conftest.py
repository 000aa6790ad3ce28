"""Progress fixtures: a fixed today, and a store seeded with weeks of activity."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest

from empathos.store import Store, open_store

SEEDED_WEEKS = 6


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> date:
    """Today, read once: the commands see the same day however long the test takes."""
    day = date.today()
    monkeypatch.setattr("empathos.cli.keeping.today", lambda: day)
    return day


@pytest.fixture
def store() -> Iterator[Store]:
    """The store the commands open (a SQLite file in the test's data folder)."""
    with open_store() as opened:
        yield opened


def local_noon(day: date) -> datetime:
    return datetime.combine(day, time(12)).astimezone()


@pytest.fixture
def seeded(store: Store, today: date) -> Store:
    """Six weeks back: validation growing week by week, a weekly check-in, and today a
    practice session (sessions and analyses are stamped now by the store)."""
    me = store.local_user().id
    for week in range(SEEDED_WEEKS):
        day = today - timedelta(days=7 * (SEEDED_WEEKS - 1 - week))
        store.record_skill(me, "validation", 0.2 + 0.15 * week, "assessment", at=local_noon(day))
        store.add_checkin(me, "How was your week?", f"Week {week} <b>fine</b>", mood=3, day=day)
    session = store.start_practice(me, "chores-never-help")
    store.finish_practice(me, session.id, "heard", 85)
    store.record_skill(me, "curiosity", 1.0, "practice", session.id)
    return store
