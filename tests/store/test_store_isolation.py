"""Nobody reads or changes another person's data: not a stranger, not even a partner.

Each method is tried by someone else against Ann's rows. Someone else's row looks
exactly like a missing one (NotFound), and Ann's data is unchanged afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from empathos.errors import Forbidden, NotFound
from empathos.store import Store


@dataclass(frozen=True)
class World:
    ann: int
    partner: int  # Ann's partner: shares a couple, not her private data
    stranger: int
    analysis: int
    session: int
    checkin: int
    stranger_checkin: int


@pytest.fixture
def world(store: Store) -> World:
    ann = store.local_user().id
    partner = store.create_user("Ben").id
    stranger = store.create_user("Cleo").id
    store.join_couple(partner, store.create_couple(ann))
    session = store.start_practice(ann, "s").id
    store.add_practice_turn(ann, session, "hi", {}, 3)
    world = World(
        ann=ann,
        partner=partner,
        stranger=stranger,
        analysis=store.keep_analysis(ann, {"reply": None}, "p", model_version="v").id,
        session=session,
        checkin=store.add_checkin(ann, "q", "a").id,
        stranger_checkin=store.add_checkin(stranger, "q", "a").id,
    )
    store.record_skill(ann, "validation", 0.5, "practice", session)
    store.rate_heard(partner, ann, "checkin", world.checkin, 4)
    return world


def _without_time(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "exported_at"}


# Each takes (store, world, who) and tries to touch Ann's rows as `who`.
Attack = Callable[[Store, World, int], object]
NOT_FOUND: dict[str, Attack] = {
    "add_practice_turn": lambda s, w, who: s.add_practice_turn(who, w.session, "x", {}, 1),
    "finish_practice": lambda s, w, who: s.finish_practice(who, w.session, "quit", 0),
    "practice_session": lambda s, w, who: s.practice_session(who, w.session),
    "record_skill from her analysis": lambda s, w, who: s.record_skill(
        who, "validation", 1, "analysis", w.analysis
    ),
    "record_skill from her practice": lambda s, w, who: s.record_skill(
        who, "validation", 1, "practice", w.session
    ),
    "record_skill from her check-in": lambda s, w, who: s.record_skill(
        who, "validation", 1, "checkin", w.checkin
    ),
}


@pytest.mark.parametrize("attack", NOT_FOUND.values(), ids=NOT_FOUND.keys())
@pytest.mark.parametrize("who", ["partner", "stranger"])
def test_someone_elses_rows_are_not_found(
    store: Store, world: World, attack: Attack, who: str
) -> None:
    before = _without_time(store.export_user_data(world.ann))
    with pytest.raises(NotFound):
        attack(store, world, getattr(world, who))
    assert _without_time(store.export_user_data(world.ann)) == before


@pytest.mark.parametrize("who", ["partner", "stranger"])
def test_lists_show_only_ones_own_rows(store: Store, world: World, who: str) -> None:
    other = getattr(world, who)
    assert store.list_analyses(other) == []
    assert store.practice_sessions(other) == []
    assert store.skill_history(other) == []
    assert store.skill_history(other, "validation") == []
    assert store.heard_ratings(other) == []
    assert world.checkin not in {c.id for c in store.checkins(other)}
    exported = store.export_user_data(other)
    for key in ("analyses", "practice_sessions", "skill_events", "heard_ratings_received"):
        assert exported[key] == [], key
    assert world.checkin not in {c["id"] for c in exported["checkins"]}


def test_a_partner_sees_check_ins_of_the_couple_only(store: Store, world: World) -> None:
    seen = {c.id for c in store.checkins(world.partner, include_partner=True)}
    assert world.checkin in seen and world.stranger_checkin not in seen
    # A stranger asking for "their partner's" check-ins gets only their own.
    seen = {c.id for c in store.checkins(world.stranger, include_partner=True)}
    assert seen == {world.stranger_checkin}
    store.leave_couple(world.ann)
    assert store.checkins(world.partner, include_partner=True) == []


def test_a_stranger_cannot_rate_ann(store: Store, world: World) -> None:
    with pytest.raises(Forbidden):
        store.rate_heard(world.stranger, world.ann, "checkin", world.checkin, 1)


def test_a_partner_rates_only_anns_own_rows(store: Store, world: World) -> None:
    # The stranger's check-in passed off as Ann's, and the partner's own practice.
    with pytest.raises(NotFound):
        store.rate_heard(world.partner, world.ann, "checkin", world.stranger_checkin, 1)
    own = store.start_practice(world.partner, "s").id
    with pytest.raises(NotFound):
        store.rate_heard(world.partner, world.ann, "practice", own, 1)
    with pytest.raises(NotFound):
        store.rate_heard(world.partner, world.ann, "practice", world.analysis + 1000, 1)


def test_couple_methods_stay_within_the_couple(store: Store, world: World) -> None:
    assert store.partner_of(world.stranger) is None
    store.leave_couple(world.stranger)  # not in a couple: Ann's is untouched
    partner = store.partner_of(world.ann)
    assert partner is not None and partner.user_id == world.partner
    # The used code is gone: a stranger cannot join a full couple.
    with pytest.raises(Forbidden):
        store.join_couple(world.stranger, store.create_couple(world.ann))


def test_deleting_someone_else_leaves_ann_alone(store: Store, world: World) -> None:
    before = _without_time(store.export_user_data(world.ann))
    store.delete_user_data(world.stranger)
    assert _without_time(store.export_user_data(world.ann)) == before


def test_unknown_people_are_not_found(store: Store, world: World) -> None:
    ghost = world.stranger + 1000
    calls: list[Callable[[], object]] = [
        lambda: store.user(ghost),
        lambda: store.keep_analysis(ghost, {}, "p", model_version="v"),
        lambda: store.list_analyses(ghost),
        lambda: store.start_practice(ghost, "s"),
        lambda: store.add_practice_turn(ghost, world.session, "x", {}, 1),
        lambda: store.finish_practice(ghost, world.session, "quit", 0),
        lambda: store.practice_session(ghost, world.session),
        lambda: store.practice_sessions(ghost),
        lambda: store.record_skill(ghost, "validation", 0.5, "assessment"),
        lambda: store.skill_history(ghost),
        lambda: store.add_checkin(ghost, "q", "a"),
        lambda: store.checkins(ghost),
        lambda: store.create_couple(ghost),
        lambda: store.join_couple(ghost, "ABCDE-FGHJK"),
        lambda: store.partner_of(ghost),
        lambda: store.leave_couple(ghost),
        lambda: store.rate_heard(ghost, world.ann, "checkin", world.checkin, 3),
        lambda: store.heard_ratings(ghost),
        lambda: store.export_user_data(ghost),
        lambda: store.delete_user_data(ghost),
    ]
    for call in calls:
        with pytest.raises(NotFound):
            call()
