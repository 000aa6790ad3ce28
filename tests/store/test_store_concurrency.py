"""Several writers at once never see "database is locked": threads here, and a second process."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from empathos.store import Store, open_store

WRITES = 40  # per writer: enough to overlap for certain, a second or less in all


def _run_together(jobs: list[Callable[[], object]]) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(len(jobs))

    def run(job: Callable[[], object]) -> None:
        start.wait()
        try:
            job()
        except BaseException as exc:  # collected and asserted on in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_threads_write_and_read_through_one_store(store: Store) -> None:
    me = store.local_user().id
    session = store.start_practice(me, "busy")

    def skills() -> None:
        for _ in range(WRITES):
            store.record_skill(me, "presence", 0.5, "practice", session.id)

    def turns() -> None:
        for i in range(WRITES):
            store.add_practice_turn(me, session.id, f"reply {i}", {"i": i}, 50)

    def reads() -> None:
        for _ in range(WRITES):
            store.skill_history(me)
            store.practice_sessions(me)

    assert _run_together([skills, skills, turns, reads]) == []
    assert len(store.skill_history(me)) == 2 * WRITES
    turns_kept = store.practice_session(me, session.id).turns
    assert [t.index for t in turns_kept] == list(range(WRITES))


def test_two_stores_on_one_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    with open_store(url) as first, open_store(url) as second:
        me = first.local_user().id
        assert second.local_user().id == me

        def write(store: Store) -> Callable[[], None]:
            return lambda: [store.record_skill(me, "openness", 1, "checkin") for _ in range(WRITES)]

        assert _run_together([write(first), write(second)]) == []
        assert len(first.skill_history(me)) == 2 * WRITES


def test_another_process_writing_at_the_same_time(tmp_path: Path) -> None:
    # The process-wide lock cannot help here: BEGIN IMMEDIATE and the busy timeout do.
    url = f"sqlite:///{tmp_path / 'two-processes.db'}"
    with open_store(url) as store:
        me = store.local_user().id
        code = f"""
from empathos.store import open_store
with open_store({url!r}) as store:
    print("ready", flush=True)
    for _ in range({WRITES}):
        store.record_skill({me}, "curiosity", 0.5, "assessment")
"""
        other = subprocess.Popen(
            [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert other.stdout is not None
        assert other.stdout.readline().strip() == "ready"
        for _ in range(WRITES):
            store.record_skill(me, "curiosity", 0.5, "assessment")
        _, stderr = other.communicate(timeout=60)
        assert other.returncode == 0, stderr
        assert len(store.skill_history(me, "curiosity")) == 2 * WRITES
