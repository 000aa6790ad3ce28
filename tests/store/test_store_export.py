"""A person can take all of their data with them, and have it deleted."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import create_engine, func, select

from empathos.store import Store
from empathos.store._models import (
    AnalysisRow,
    CheckinRow,
    CoupleRow,
    HeardRatingRow,
    PracticeSessionRow,
    PracticeTurnRow,
    SkillEventRow,
    UserRow,
)


def _fill(store: Store) -> tuple[int, int]:
    """Ann (the local user) and Ben, a couple, each with a bit of everything."""
    ann = store.local_user().id
    ben = store.create_user("Ben", email="ben@example.org").id
    store.join_couple(ben, store.create_couple(ann))
    for who in (ann, ben):
        store.keep_analysis(who, {"reply": {"score": 60}}, "p", "r", model_version="v")
        session = store.start_practice(who, "s").id
        store.add_practice_turn(who, session, "hi", {"score": 60}, 5, "thanks")
        store.finish_practice(who, session, "heard", 80)
        store.record_skill(who, "validation", 0.6, "practice", session)
        store.add_checkin(who, "q", f"answer of {who}", mood=3, day=date(2026, 3, 1))
    store.rate_heard(ben, ann, "checkin", store.checkins(ann)[0].id, 5)
    store.rate_heard(ann, ben, "checkin", store.checkins(ben)[0].id, 3)
    return ann, ben


def test_export_holds_everything_of_one_person_and_nothing_of_others(store: Store) -> None:
    ann, ben = _fill(store)
    data = store.export_user_data(ann)
    assert json.loads(json.dumps(data)) == data  # JSON-ready as it is
    assert data["format"] == "empathos-export/1"
    assert data["user"]["id"] == ann and data["user"]["created_at"].endswith("+00:00")
    assert data["partner"] == {
        "user_id": ben,
        "display_name": "Ben",
        "couple_id": data["partner"]["couple_id"],
    }
    assert [a["user_id"] for a in data["analyses"]] == [ann]
    (session,) = data["practice_sessions"]
    assert session["outcome"] == "heard" and session["turns"][0]["partner_response"] == "thanks"
    assert [e["skill"] for e in data["skill_events"]] == ["validation"]
    assert [c["answer"] for c in data["checkins"]] == [f"answer of {ann}"]
    assert [(r["rater_id"], r["value"]) for r in data["heard_ratings_received"]] == [(ben, 5)]
    assert [(r["rated_id"], r["value"]) for r in data["heard_ratings_given"]] == [(ben, 3)]
    assert "ben@example.org" not in json.dumps(data)  # the partner's address is theirs


def _counts(store_url: str, user_id: int) -> dict[str, int]:
    engine = create_engine(store_url)
    owned = {
        "users": select(func.count()).where(UserRow.id == user_id),
        "analyses": select(func.count()).where(AnalysisRow.user_id == user_id),
        "practice": select(func.count()).where(PracticeSessionRow.user_id == user_id),
        "turns": select(func.count())
        .select_from(PracticeTurnRow)
        .join(PracticeSessionRow)
        .where(PracticeSessionRow.user_id == user_id),
        "skills": select(func.count()).where(SkillEventRow.user_id == user_id),
        "checkins": select(func.count()).where(CheckinRow.user_id == user_id),
        "ratings": select(func.count()).where(
            (HeardRatingRow.rater_id == user_id) | (HeardRatingRow.rated_id == user_id)
        ),
        "couples": select(func.count()).select_from(CoupleRow),
    }
    with engine.connect() as connection:
        counts = {name: connection.scalar(query) or 0 for name, query in owned.items()}
    engine.dispose()
    return counts


def test_delete_removes_the_person_and_dissolves_the_couple(store: Store, store_url: str) -> None:
    ann, ben = _fill(store)
    assert all(_counts(store_url, ann).values())
    ben_before = _counts(store_url, ben)
    store.delete_user_data(ann)
    assert not any(_counts(store_url, ann).values())
    # Ben keeps his own rows; only the ratings between the two and the couple are gone.
    assert _counts(store_url, ben) == {**ben_before, "ratings": 0, "couples": 0}
    assert store.partner_of(ben) is None
    (kept,) = store.checkins(ben)
    assert kept.couple_id is None
    # The install goes on with a fresh local user.
    fresh = store.local_user()
    assert fresh.is_local and fresh.id != ann
    assert store.list_analyses(fresh.id) == []
