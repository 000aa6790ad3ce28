"""keep_analysis(skills=...): a kept analysis and its skill events in one transaction.

The web app's POST /api/analyses and `empathos analyze --keep` write both; as one
transaction a kept analysis costs one commit instead of one per skill, and a bad
skill value leaves nothing behind. Runs on SQLite and PostgreSQL (conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import create_engine, event

from empathos.errors import InputError, NotFound
from empathos.progress.keeping import keep_analysis as keep_with_progress
from empathos.progress.skills import analysis_skills
from empathos.store import Store, open_store

RECORD: dict[str, Any] = {
    "id": None,
    "partner": {"emotions": [{"label": "sadness", "score": 0.8}], "seeks": "empathy", "risk": None},
    "reply": {"score": 72, "empathic": True, "blocks": [], "mechanisms": ["validation"]},
    "feedback": [],
    "suggestion": None,
}


def test_skills_are_kept_with_the_analysis(store: Store) -> None:
    me = store.local_user().id
    kept = store.keep_analysis(
        me, RECORD, "I'm sad", "That sounds hard", model_version="m1",
        skills={"validation": 0.75, "curiosity": 0},
    )  # fmt: skip
    events = store.skill_history(me)
    assert [(e.skill, e.value, e.source, e.source_id) for e in events] == [
        ("validation", 0.75, "analysis", kept.id),
        ("curiosity", 0.0, "analysis", kept.id),
    ]
    assert all(e.at == kept.created_at for e in events)
    assert store.list_analyses(me) == [kept]


def test_without_skills_only_the_analysis_is_kept(store: Store) -> None:
    me = store.local_user().id
    store.keep_analysis(me, RECORD, "I'm sad", None, model_version="m1")
    store.keep_analysis(me, RECORD, "I'm sad", None, model_version="m1", skills={})
    assert len(store.list_analyses(me)) == 2
    assert store.skill_history(me) == []


@pytest.mark.parametrize(
    ("skills", "message"),
    [
        ({"validation": 1.5}, "'value' must be a number from 0 to 1"),
        ({"validation": True}, "'value' must be a number from 0 to 1"),
        ({"validation": float("nan")}, "'value' must be a number from 0 to 1"),
        ({"charm": 0.5}, "'skill' must be one of"),
    ],
)
def test_a_bad_skill_keeps_nothing(store: Store, skills: dict[str, Any], message: str) -> None:
    me = store.local_user().id
    with pytest.raises(InputError, match=message):
        store.keep_analysis(
            me, RECORD, "I'm sad", None, model_version="m1", skills={"curiosity": 0.5, **skills}
        )
    assert store.list_analyses(me) == []
    assert store.skill_history(me) == []


def test_someone_unknown_keeps_nothing(store: Store) -> None:
    with pytest.raises(NotFound, match="no user 999"):
        store.keep_analysis(
            999, RECORD, "I'm sad", None, model_version="m1", skills={"validation": 1}
        )


def test_one_kept_analysis_is_one_commit(store_url: str) -> None:
    """The point of it: one write transaction, whatever the number of skills."""
    with open_store(store_url) as store:
        me = store.local_user().id
        commits: list[object] = []
        event.listen(store._writer, "commit", commits.append)
        store.keep_analysis(
            me, RECORD, "I'm sad", None, model_version="m1",
            skills={"validation": 0.5, "curiosity": 0.25, "openness": 1.0},
        )  # fmt: skip
        assert len(commits) == 1
        assert len(store.skill_history(me)) == 3


def test_progress_keeping_writes_both_at_once(store: Store) -> None:
    me = store.local_user().id
    kept = keep_with_progress(store, me, RECORD, "I'm sad", "That sounds hard", model_version="m1")
    assert kept.skills == analysis_skills(RECORD) and kept.skills
    events = store.skill_history(me)
    assert {e.skill: e.value for e in events} == kept.skills
    assert {(e.source, e.source_id) for e in events} == {("analysis", kept.analysis_id)}


def test_skill_events_cascade_with_their_person(store_url: str) -> None:
    with open_store(store_url) as store:
        me = store.local_user().id
        store.keep_analysis(me, RECORD, "x", None, model_version="m1", skills={"validation": 1})
        store.delete_user_data(me)
    engine = create_engine(store_url)
    try:
        with engine.connect() as connection:
            left = connection.exec_driver_sql("SELECT count(*) FROM skill_events").scalar()
        assert left == 0
    finally:
        engine.dispose()
