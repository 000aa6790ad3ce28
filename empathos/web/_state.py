"""What the app holds between requests: the engine, the store, practice rooms, reports.

Each is created on first use (the engine and the store take a moment to open) and is
safe to share between the worker threads that run the routes.
"""

from __future__ import annotations

import json
import queue
import re
import secrets
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

from empathos.errors import NotFound

if TYPE_CHECKING:
    from empathos.core.lookback.classify import LookbackModels
    from empathos.core.pipeline import Pipeline
    from empathos.core.types import Analysis, Request
    from empathos.practice import Session
    from empathos.store import Store

MAX_ROOMS: Final = 200  # practice sessions held in memory; the oldest idle one goes first
MAX_BATCH: Final = 32  # requests the engine takes at once under load
MAX_DRAFT_REPORTS: Final = 8  # look-back reports not yet kept (each up to ~5 MB of HTML)
T = TypeVar("T")
_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def new_id() -> str:
    return secrets.token_urlsafe(18)


def valid_id(value: str) -> bool:
    return bool(_ID.match(value))


class Lazy(Generic[T]):
    """A value made on first use, once, under a lock; or given up front."""

    def __init__(self, make: Callable[[], T], value: T | None = None) -> None:
        self._make = make
        self._value = value
        self._lock = threading.Lock()
        self.made_here = False

    def get(self) -> T:
        if self._value is None:
            with self._lock:
                if self._value is None:
                    self._value = self._make()
                    self.made_here = True
        return self._value

    @property
    def ready(self) -> bool:
        return self._value is not None


class Batcher:
    """Runs the engine on one thread, on every request waiting at that moment as one batch.

    Many clients at once (the load test's 20 on 2 cores) otherwise each take a worker
    thread into the engine and contend for the cores; batched, the encoder does more per
    call and the cores are not oversubscribed. A lone request waits for nothing.
    """

    def __init__(self, engine: Lazy[Pipeline], max_batch: int = MAX_BATCH) -> None:
        self._engine = engine
        self._max = max_batch
        self._queue: queue.SimpleQueue[tuple[Request, Future[Analysis]] | None] = (
            queue.SimpleQueue()
        )
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, request: Request) -> Future[Analysis]:
        future: Future[Analysis] = Future()
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="empathos-engine", daemon=True
                )
                self._thread.start()
        self._queue.put((request, future))
        return future

    def close(self) -> None:
        with self._lock:
            if self._thread is not None:
                self._queue.put(None)
                self._thread.join(timeout=10)
                self._thread = None

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            batch = [item]
            while len(batch) < self._max:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._queue.put(None)  # finish this batch, then stop
                    break
                batch.append(more)
            try:
                results = self._engine.get().analyze([request for request, _ in batch])
            except BaseException as exc:  # handed to each caller, whose handler decides
                for _, future in batch:
                    future.set_exception(exc)
                continue
            for (_, future), result in zip(batch, results, strict=True):
                future.set_result(result)


@dataclass
class Room:
    """A practice session in progress, and whose it is."""

    user_id: int
    session: Session
    stored_id: int | None  # the store's practice session, when it could be kept
    touched: float = field(default_factory=time.monotonic)


class Rooms:
    """Practice sessions in memory, by an unguessable id; someone else's id is NotFound."""

    def __init__(self, limit: int = MAX_ROOMS) -> None:
        self._rooms: OrderedDict[str, Room] = OrderedDict()
        self._lock = threading.Lock()
        self._limit = limit

    def add(self, room: Room) -> str:
        room_id = new_id()
        with self._lock:
            self._rooms[room_id] = room
            while len(self._rooms) > self._limit:
                self._rooms.popitem(last=False)
        return room_id

    def get(self, user_id: int, room_id: str) -> Room:
        with self._lock:
            room = self._rooms.get(room_id)
            if room is None or room.user_id != user_id:
                raise NotFound("That practice conversation is over or was never here.")
            room.touched = time.monotonic()
            self._rooms.move_to_end(room_id)
            return room

    def forget_user(self, user_id: int) -> None:
        with self._lock:
            for key in [k for k, r in self._rooms.items() if r.user_id == user_id]:
                del self._rooms[key]


@dataclass(frozen=True)
class ReportInfo:
    id: str
    title: str
    source: str
    created: str  # ISO time
    kept: bool


class Reports:
    """Look-back reports: drafts in memory until kept, kept ones as files in a folder
    per person (`<folder>/<user id>/<report id>.html` and `.json`)."""

    def __init__(self, folder: Callable[[], Path]) -> None:
        self._folder = folder
        self._drafts: OrderedDict[str, tuple[int, ReportInfo, str]] = OrderedDict()
        self._lock = threading.Lock()

    def _dir(self, user_id: int) -> Path:
        return self._folder() / str(int(user_id))

    def add_draft(self, user_id: int, title: str, source: str, html: str) -> ReportInfo:
        info = ReportInfo(new_id(), title, source, _now(), kept=False)
        with self._lock:
            self._drafts[info.id] = (user_id, info, html)
            while len(self._drafts) > MAX_DRAFT_REPORTS:
                self._drafts.popitem(last=False)
        return info

    def get(self, user_id: int, report_id: str) -> tuple[ReportInfo, str]:
        missing = NotFound("That report is gone: it was deleted, or not kept before a restart.")
        if not valid_id(report_id):
            raise missing
        with self._lock:
            draft = self._drafts.get(report_id)
        if draft is not None:
            if draft[0] != user_id:
                raise missing
            return draft[1], draft[2]
        base = self._dir(user_id) / report_id
        try:
            meta = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
            html = base.with_suffix(".html").read_text(encoding="utf-8")
        except (OSError, ValueError):
            raise missing from None
        return ReportInfo(report_id, meta["title"], meta["source"], meta["created"], True), html

    def keep(self, user_id: int, report_id: str) -> ReportInfo:
        info, html = self.get(user_id, report_id)
        if info.kept:
            return info
        folder = self._dir(user_id)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        base = folder / report_id
        base.with_suffix(".html").write_text(html, encoding="utf-8")
        meta = {"title": info.title, "source": info.source, "created": info.created}
        base.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
        with self._lock:
            self._drafts.pop(report_id, None)
        return ReportInfo(info.id, info.title, info.source, info.created, True)

    def delete(self, user_id: int, report_id: str) -> None:
        self.get(user_id, report_id)  # NotFound for someone else's
        with self._lock:
            self._drafts.pop(report_id, None)
        base = self._dir(user_id) / report_id
        base.with_suffix(".html").unlink(missing_ok=True)
        base.with_suffix(".json").unlink(missing_ok=True)

    def kept(self, user_id: int) -> list[ReportInfo]:
        """Newest first."""
        out = []
        folder = self._dir(user_id)
        for meta_file in folder.glob("*.json") if folder.is_dir() else ():
            try:
                meta = json.loads(meta_file.read_text(encoding="utf-8"))
                out.append(
                    ReportInfo(meta_file.stem, meta["title"], meta["source"], meta["created"], True)
                )
            except (OSError, ValueError, KeyError):
                continue
        return sorted(out, key=lambda r: r.created, reverse=True)

    def forget_user(self, user_id: int) -> None:
        with self._lock:
            for key in [k for k, d in self._drafts.items() if d[0] == user_id]:
                del self._drafts[key]
        shutil.rmtree(self._dir(user_id), ignore_errors=True)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


@dataclass
class Services:
    """Everything the routes share; `create_app` builds one per app."""

    engine: Lazy[Pipeline]
    store: Lazy[Store]
    lookback_models: Lazy[Any]  # LookbackModels, or False for the word rules
    rooms: Rooms
    reports: Reports
    csrf_token: str  # local mode: one per run of the app, in every form
    batcher: Batcher
    multi_user: bool = False

    def model_version(self) -> str:
        return str(self.engine.get().models.version)

    def lookback(self) -> LookbackModels | None:
        models = self.lookback_models.get()
        return None if models is False else models
