"""Each Store method does what it says, on SQLite and PostgreSQL, and refuses bad input clearly."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from empathos.errors import Forbidden, InputError, NotFound
from empathos.store import SKILLS, Store, User

RECORD: dict[str, Any] = {
    "id": None,
    "partner": {"emotions": [{"label": "sadness", "score": 0.8}], "seeks": "empathy", "risk": None},
    "reply": {"score": 72, "empathic": True, "blocks": [], "mechanisms": ["validation"]},
    "feedback": [],
    "suggestion": None,
}


@pytest.fixture
def me(store: Store) -> User:
    return store.local_user()


@pytest.fixture
def sam(store: Store) -> User:
    return store.create_user("Sam", email="Sam@Example.org")


def couple(store: Store, a: User, b: User) -> None:
    store.join_couple(b.id, store.create_couple(a.id))


# --- people ------------------------------------------------------------------------


def test_local_user_is_created_once(store: Store, store_url: str) -> None:
    first = store.local_user()
    assert first.is_local and first.display_name == "local" and first.email is None
    assert store.local_user() == first
    assert first.created_at.tzinfo is UTC


def test_create_user_and_read_it_back(store: Store, sam: User) -> None:
    assert sam.email == "sam@example.org"  # case-folded: one account per address
    assert not sam.is_local
    assert store.user(sam.id) == sam
    assert store.create_user("  Alex  ").display_name == "Alex"


def test_create_user_refuses_a_taken_email(store: Store, sam: User) -> None:
    with pytest.raises(InputError, match="already registered"):
        store.create_user("Other", email="sam@example.org")


@pytest.mark.parametrize(
    ("name", "email", "message"),
    [
        ("", None, "'display_name' is empty"),
        ("x" * 101, None, "limit is 100"),
        (3, None, "must be a string"),
        ("Ann", "not-an-address", "must look like"),
    ],
)
def test_create_user_input_errors(
    store: Store, name: Any, email: str | None, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        store.create_user(name, email=email)


def test_unknown_user_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound, match="no user 999"):
        store.user(999)
    with pytest.raises(InputError, match="integer id"):
        store.user("1")  # type: ignore[arg-type]


# --- kept analyses -----------------------------------------------------------------


def test_keep_and_list_analyses(store: Store, me: User) -> None:
    record = {**RECORD, "reply": dict(RECORD["reply"])}
    kept = store.keep_analysis(
        me.id, record, "My boss yelled", "That sounds awful", model_version="v2"
    )
    record["reply"]["score"] = 0  # the store kept a copy
    assert (kept.score, kept.empathic, kept.model_version) == (72, True, "v2")
    assert kept.record["reply"]["score"] == 72
    no_reply = store.keep_analysis(
        me.id, {**RECORD, "reply": None}, "I'm tired", "  ", model_version="v2"
    )
    assert (no_reply.reply, no_reply.score, no_reply.empathic) == (None, None, None)
    assert store.list_analyses(me.id) == [no_reply, kept]  # newest first
    assert store.list_analyses(me.id, limit=1) == [no_reply]
    assert store.list_analyses(me.id)[1].record == RECORD


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"partner": " "}, "'partner' is empty"),
        ({"record": []}, "must be a dict"),
        ({"record": {"x": float("nan")}}, "JSON values only"),
        ({"record": {"x": object()}}, "JSON values only"),
        ({"model_version": ""}, "'model_version' is empty"),
    ],
)
def test_keep_analysis_input_errors(
    store: Store, me: User, kwargs: dict[str, Any], message: str
) -> None:
    args: dict[str, Any] = {"record": RECORD, "partner": "p", "reply": "r", "model_version": "v"}
    with pytest.raises(InputError, match=message):
        store.keep_analysis(me.id, **{**args, **kwargs})


def test_list_analyses_limit_must_be_positive(store: Store, me: User) -> None:
    with pytest.raises(InputError, match="'limit'"):
        store.list_analyses(me.id, limit=0)


# --- practice ----------------------------------------------------------------------


def test_a_practice_session_from_start_to_finish(store: Store, me: User) -> None:
    started = store.start_practice(me.id, "late-again")
    assert (started.finished_at, started.outcome, started.felt_heard, started.turns) == (
        None,
        None,
        None,
        (),
    )
    first = store.add_practice_turn(me.id, started.id, "Calm down", {"score": 10}, 2, "Wow.")
    second = store.add_practice_turn(me.id, started.id, "That sounds hard", {"score": 80}, 7)
    assert (first.index, second.index) == (0, 1)
    assert second.partner_response is None
    finished = store.finish_practice(me.id, started.id, "heard", 9)
    assert (finished.outcome, finished.felt_heard) == ("heard", 9)
    assert finished.finished_at is not None and finished.finished_at >= finished.started_at
    assert finished.turns == (first, second)
    assert store.practice_session(me.id, started.id) == finished
    later = store.start_practice(me.id, "dishes")
    assert store.practice_sessions(me.id) == [later, finished]
    assert store.practice_sessions(me.id, limit=1) == [later]


def test_a_finished_session_takes_no_more_turns(store: Store, me: User) -> None:
    session = store.start_practice(me.id, "s")
    store.finish_practice(me.id, session.id, "quit", 0)
    with pytest.raises(Forbidden, match="finished"):
        store.add_practice_turn(me.id, session.id, "again", {}, 1)
    with pytest.raises(Forbidden, match="finished"):
        store.finish_practice(me.id, session.id, "heard", 5)


@pytest.mark.parametrize(
    ("outcome", "felt_heard", "message"),
    [
        ("won", 5, "'outcome' must be one of heard, gave_up, turns_out, quit"),
        ("heard", 101, "'felt_heard' must be a whole number from 0 to 100"),
        ("heard", -1, "from 0 to 100"),
        ("heard", 2.5, "whole number"),
        ("heard", True, "whole number"),
    ],
)
def test_finish_practice_input_errors(
    store: Store, me: User, outcome: str, felt_heard: Any, message: str
) -> None:
    session = store.start_practice(me.id, "s")
    with pytest.raises(InputError, match=message):
        store.finish_practice(me.id, session.id, outcome, felt_heard)


def test_practice_input_errors(store: Store, me: User) -> None:
    with pytest.raises(InputError, match="'scenario_id' is empty"):
        store.start_practice(me.id, "")
    session = store.start_practice(me.id, "s")
    with pytest.raises(InputError, match="'reply' is empty"):
        store.add_practice_turn(me.id, session.id, " ", {}, 1)
    with pytest.raises(InputError, match="'analysis' must be a dict"):
        store.add_practice_turn(me.id, session.id, "hi", "{}", 1)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="'felt_heard'"):
        store.add_practice_turn(me.id, session.id, "hi", {}, 500)
    with pytest.raises(InputError, match="'session_id' must be an integer id"):
        store.add_practice_turn(me.id, "1", "hi", {}, 1)  # type: ignore[arg-type]
    with pytest.raises(NotFound, match="no practice session 999"):
        store.practice_session(me.id, 999)


# --- skill progress ----------------------------------------------------------------


def test_skill_history_is_a_series_per_skill(store: Store, me: User) -> None:
    t0 = datetime(2026, 1, 1, 9, tzinfo=UTC)
    practice = store.start_practice(me.id, "s")
    a = store.record_skill(me.id, "validation", 0.25, "practice", practice.id, at=t0)
    b = store.record_skill(me.id, "curiosity", 1, "assessment", at=t0 + timedelta(days=1))
    # Another zone is the same instant, kept in UTC.
    paris = datetime(2026, 1, 3, 11, tzinfo=timezone(timedelta(hours=1)))
    c = store.record_skill(me.id, "validation", 0.75, "checkin", at=paris)
    assert c.at == datetime(2026, 1, 3, 10, tzinfo=UTC) and c.at.tzinfo is UTC
    assert b.value == 1.0 and isinstance(b.value, float)
    assert store.skill_history(me.id) == [a, b, c]  # oldest first
    assert store.skill_history(me.id, "validation") == [a, c]
    assert store.skill_history(me.id, since=t0 + timedelta(hours=1)) == [b, c]
    assert store.skill_history(me.id, "validation", since=t0 + timedelta(days=5)) == []
    recent = store.record_skill(me.id, "presence", 0.5, "analysis")
    assert abs(recent.at - datetime.now(UTC)) < timedelta(minutes=1)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("listening", 0.5, "practice"), "'skill' must be one of resonance, cognitive_empathy"),
        (("validation", 1.5, "practice"), "from 0 to 1 \\(divide a 0-100 score by 100\\)"),
        (("validation", -0.1, "practice"), "from 0 to 1"),
        (("validation", float("nan"), "practice"), "from 0 to 1"),
        (("validation", "0.5", "practice"), "from 0 to 1"),
        (("validation", 0.5, "therapist"), "'source' must be one of practice, analysis"),
    ],
)
def test_record_skill_input_errors(
    store: Store, me: User, args: tuple[Any, ...], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        store.record_skill(me.id, *args)


def test_record_skill_needs_aware_times(store: Store, me: User) -> None:
    with pytest.raises(InputError, match="timezone-aware"):
        store.record_skill(me.id, "validation", 0.5, "practice", at=datetime(2026, 1, 1))
    with pytest.raises(InputError, match="timezone-aware"):
        store.skill_history(me.id, since=datetime(2026, 1, 1))
    with pytest.raises(InputError, match="'skill' must be one of"):
        store.skill_history(me.id, "listening")


def test_skill_sources_must_exist(store: Store, me: User) -> None:
    with pytest.raises(NotFound, match="no kept analysis 12345"):
        store.record_skill(me.id, "validation", 0.5, "analysis", source_id=12345)
    # An assessment has no row here (yet): its id is kept as given.
    assert store.record_skill(me.id, "validation", 0.5, "assessment", 7).source_id == 7


def test_every_spec_skill_is_accepted(store: Store, me: User) -> None:
    for skill in SKILLS:
        store.record_skill(me.id, skill, 0.5, "assessment")
    assert {e.skill for e in store.skill_history(me.id)} == set(SKILLS)


# --- check-ins ---------------------------------------------------------------------


def test_checkins_newest_day_first(store: Store, me: User) -> None:
    old = store.add_checkin(me.id, "How close did you feel?", "Close", mood=4, day=date(2026, 1, 1))
    new = store.add_checkin(me.id, "What went well?", "Dinner")
    assert new.day == date.today() and new.mood is None and new.couple_id is None
    assert store.checkins(me.id) == [new, old]


def test_checkins_are_filed_under_the_current_couple(store: Store, me: User, sam: User) -> None:
    before = store.add_checkin(sam.id, "q", "from before we were a couple")
    couple(store, me, sam)
    mine = store.add_checkin(me.id, "q", "mine", day=date(2026, 2, 1))
    theirs = store.add_checkin(sam.id, "q", "theirs", day=date(2026, 2, 2))
    partner = store.partner_of(me.id)
    assert partner is not None and mine.couple_id == theirs.couple_id == partner.couple_id
    assert store.checkins(me.id) == [mine]
    assert store.checkins(me.id, include_partner=True) == [theirs, mine]
    assert before not in store.checkins(me.id, include_partner=True)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"question": ""}, "'question' is empty"),
        ({"answer": "  "}, "'answer' is empty"),
        ({"mood": 0}, "'mood' must be a whole number from 1 to 5"),
        ({"mood": 6}, "from 1 to 5"),
        ({"day": "2026-01-01"}, "'day' must be a date"),
        ({"day": datetime(2026, 1, 1, tzinfo=UTC)}, "'day' must be a date"),
    ],
)
def test_add_checkin_input_errors(
    store: Store, me: User, kwargs: dict[str, Any], message: str
) -> None:
    args: dict[str, Any] = {"question": "q", "answer": "a"}
    with pytest.raises(InputError, match=message):
        store.add_checkin(me.id, **{**args, **kwargs})


# --- couples -----------------------------------------------------------------------


def test_create_and_join_a_couple(store: Store, me: User, sam: User) -> None:
    assert store.partner_of(me.id) is None
    code = store.create_couple(me.id)
    assert len(code) == 11 and code[5] == "-"
    assert store.partner_of(me.id) is None  # waiting for Sam
    joined = store.join_couple(sam.id, f" {code.lower().replace('-', '')} ")
    assert (joined.user_id, joined.display_name) == (me.id, "local")
    mine = store.partner_of(me.id)
    assert mine is not None and (mine.user_id, mine.display_name) == (sam.id, "Sam")
    assert mine.couple_id == joined.couple_id


def test_an_invite_code_works_once(store: Store, me: User, sam: User) -> None:
    code = store.create_couple(me.id)
    store.join_couple(sam.id, code)
    third = store.create_user("Third")
    with pytest.raises(NotFound, match="No couple is waiting"):
        store.join_couple(third.id, code)
    with pytest.raises(Forbidden, match="already in a couple"):
        store.create_couple(me.id)


def test_asking_again_replaces_the_code(store: Store, me: User, sam: User) -> None:
    old = store.create_couple(me.id)
    new = store.create_couple(me.id)
    assert new != old
    with pytest.raises(NotFound):
        store.join_couple(sam.id, old)
    store.join_couple(sam.id, new)


def test_joining_leaves_ones_own_waiting_couple(store: Store, me: User, sam: User) -> None:
    store.create_couple(sam.id)  # both pressed "invite"; Sam then types my code
    store.join_couple(sam.id, store.create_couple(me.id))
    partner = store.partner_of(sam.id)
    assert partner is not None and partner.user_id == me.id


def test_couple_refusals(store: Store, me: User, sam: User) -> None:
    code = store.create_couple(me.id)
    with pytest.raises(Forbidden, match="your own invite code"):
        store.join_couple(me.id, code)
    store.join_couple(sam.id, code)
    third = store.create_user("Third")
    with pytest.raises(Forbidden, match="already in a couple"):
        store.join_couple(sam.id, store.create_couple(third.id))
    for bad in ("", "ABCDE", "ABCDE-FGHI0", 12):
        with pytest.raises(InputError, match=r"invite.code"):
            store.join_couple(third.id, bad)  # type: ignore[arg-type]


def test_leave_couple(store: Store, me: User, sam: User) -> None:
    store.leave_couple(me.id)  # nothing to leave: fine
    couple(store, me, sam)
    shared = store.add_checkin(sam.id, "q", "a")
    store.leave_couple(me.id)
    assert store.partner_of(me.id) is None and store.partner_of(sam.id) is None
    assert store.checkins(me.id, include_partner=True) == []
    assert store.checkins(sam.id)[0].id == shared.id  # still Sam's
    store.join_couple(sam.id, store.create_couple(me.id))  # and they can pair again


# --- "I felt heard" ----------------------------------------------------------------


def test_rate_heard_by_the_partner(store: Store, me: User, sam: User) -> None:
    couple(store, me, sam)
    checkin = store.add_checkin(me.id, "q", "a")
    analysis = store.keep_analysis(me.id, RECORD, "p", "r", model_version="v")
    practice = store.start_practice(me.id, "s")
    ratings = [
        store.rate_heard(sam.id, me.id, "checkin", checkin.id, 4),
        store.rate_heard(sam.id, me.id, "analysis", analysis.id, 2),
        store.rate_heard(sam.id, me.id, "practice", practice.id, 5),
    ]
    assert [r.value for r in ratings] == [4, 2, 5]
    again = store.rate_heard(sam.id, me.id, "checkin", checkin.id, 5)  # a change of heart
    assert again.id == ratings[0].id and again.value == 5
    received = store.heard_ratings(me.id)
    assert sorted(r.id for r in received) == sorted(r.id for r in ratings)
    assert {r.value for r in received} == {5, 2}
    assert store.heard_ratings(sam.id) == []
    assert len(store.heard_ratings(sam.id, given=True)) == 3


def test_rate_heard_refusals(store: Store, me: User, sam: User) -> None:
    checkin = store.add_checkin(me.id, "q", "a")
    with pytest.raises(Forbidden, match="only your partner"):
        store.rate_heard(sam.id, me.id, "checkin", checkin.id, 4)  # not a couple yet
    couple(store, me, sam)
    with pytest.raises(Forbidden, match="only your partner"):
        store.rate_heard(me.id, me.id, "checkin", checkin.id, 4)  # not oneself
    with pytest.raises(NotFound, match="no check-in 999"):
        store.rate_heard(sam.id, me.id, "checkin", 999, 4)
    for value in (0, 6, 3.5, None):
        with pytest.raises(InputError, match="'value' must be a whole number from 1 to 5"):
            store.rate_heard(sam.id, me.id, "checkin", checkin.id, value)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="'target_type' must be one of checkin, analysis"):
        store.rate_heard(sam.id, me.id, "message", checkin.id, 3)
