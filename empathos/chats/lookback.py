"""The look back over one chat export: two streaming passes, the engine in batches.

Pass one counts the messages and who wrote them, so that a chat with one person
or a group gets a clear answer before any work, and the progress bar knows its
total. Pass two groups turns, finds bids, and sends each emotional bid with its
answer to the engine in batches; small bids are judged from the words alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Final, Protocol

from empathos.core.lookback.answers import Answer, in_window
from empathos.core.lookback.bids import Bid
from empathos.core.lookback.classify import LookbackModels
from empathos.core.lookback.messages import ChatMessage, Skipped
from empathos.core.lookback.reader import Pending, Reader
from empathos.core.lookback.skips import SkipLog
from empathos.core.lookback.summary import Tally
from empathos.core.lookback.turns import ChatTurn, group_turns
from empathos.core.pipeline import Pipeline
from empathos.core.types import Analysis
from empathos.errors import InputError

DEFAULT_WINDOW: Final = timedelta(hours=6)
CHUNK: Final = 128  # turns encoded together to find bids
BATCH: Final = 64  # bids read together with their answers
OUTSIDE_PAIR: Final = "written by someone outside the two people analyzed"


class ChatSource(Protocol):
    """What an importer opened (empathos.chats.importers.open_chat)."""

    @property
    def format(self) -> str: ...

    @property
    def path(self) -> Path: ...

    def messages(self, skip: Callable[[Skipped], None]) -> Iterator[ChatMessage]: ...


@dataclass(frozen=True)
class Census:
    """What pass one found: messages per person (in order of first message) and skips."""

    senders: Counter[str]
    skipped: SkipLog

    @property
    def messages(self) -> int:
        return sum(self.senders.values())


def take_census(source: ChatSource) -> Census:
    skipped = SkipLog()
    senders: Counter[str] = Counter()
    for message in source.messages(skipped):
        senders[message.sender] += 1
    return Census(senders, skipped)


def choose_pair(census: Census, source: str, pair: Sequence[str] | None) -> tuple[str, str]:
    """The two people to look at, or an InputError that says what to do."""
    people = list(census.senders)
    listed = ", ".join(f"{name} ({census.senders[name]:,})" for name in people)
    if not people:
        raise InputError(f"{source}: no messages found (skipped lines: {census.skipped.total:,})")
    if pair:
        if len(pair) != 2 or pair[0] == pair[1]:
            raise InputError("--pair needs two different names, e.g. --pair 'Linda,Josh'")
        unknown = [name for name in pair if name not in census.senders]
        if unknown:
            raise InputError(f"{source}: no messages by {', '.join(unknown)}; people: {listed}")
        return pair[0], pair[1]
    if len(people) == 1:
        raise InputError(
            f"{source}: only {people[0]} writes in this chat; a look back needs two people"
        )
    if len(people) > 2:
        raise InputError(
            f"{source}: a group of {len(people)} people ({listed}); empathos looks at a couple: "
            "choose two with --pair 'NAME,NAME'"
        )
    return people[0], people[1]


class LookBack:
    """Pass two, fed one turn at a time: turns are read in chunks, bids with their
    answers in batches, and everything lands in the tally."""

    def __init__(
        self,
        pipeline: Pipeline,
        models: LookbackModels | None,
        pair: tuple[str, str],
        window: timedelta,
        on_answer: Callable[[dict[str, Any]], None] | None = None,
    ):
        self.reader = Reader(pipeline, models, window)
        self.on_answer = on_answer
        self.window = window
        self.pair = pair
        self.tally = Tally()
        for person in pair:
            self.tally.add_person(person)
        self._turns: list[ChatTurn] = []
        self._waiting: tuple[ChatTurn, Bid] | None = None
        self._queue: list[Pending] = []

    def add(self, turn: ChatTurn) -> None:
        self._turns.append(turn)
        if len(self._turns) >= CHUNK:
            self._read_turns()

    def finish(self) -> Tally:
        self._read_turns()
        if self._waiting is not None:
            self._queue.append(Pending(*self._waiting, None))
            self._waiting = None
        self._read_answers()
        return self.tally

    def _read_turns(self) -> None:
        turns, self._turns = self._turns, []
        for turn, bid in zip(turns, self.reader.bids(turns), strict=True):
            if self._waiting is not None:
                bid_turn, waiting_bid = self._waiting
                answer = turn if turn.sender != bid_turn.sender else None
                self._queue.append(Pending(bid_turn, waiting_bid, answer))
                if len(self._queue) >= BATCH:
                    self._read_answers()
                if waiting_bid.level == "bid" and in_window(bid_turn, answer, self.window):
                    # The answer belongs to the exchange the bid opened: "oh no, what
                    # happened?" is not a bid of its own. (An answer to a small bid
                    # can be: "how was your day?" - "awful, my boss yelled at me".)
                    bid = None
            self.tally.add_turn(turn, bid)
            self._waiting = (turn, bid) if bid is not None else None

    def _read_answers(self) -> None:
        items, self._queue = self._queue, []
        for item, (answer, analysis) in zip(items, self.reader.answers(items), strict=True):
            answerer = self.pair[1] if item.turn.sender == self.pair[0] else self.pair[0]
            answer_turn = item.answer if answer.waited is not None else None
            self.tally.add_answer(item.turn, item.bid, answerer, answer_turn, answer, analysis)
            if self.on_answer is not None:
                self.on_answer(detail(item, answerer, answer_turn, answer, analysis))


def detail(
    item: Pending,
    answerer: str,
    answer_turn: ChatTurn | None,
    answer: Answer,
    analysis: Analysis | None,
) -> dict[str, Any]:
    """One bid and how it was answered, with the engine's record when it read the pair."""
    waited = answer.waited
    return {
        "sent_at": item.turn.started_at.isoformat(timespec="minutes"),
        "line": item.turn.line,
        "bidder": item.turn.sender,
        "bid": item.turn.text,
        "level": item.bid.level,
        "kind": item.bid.kind,
        "answerer": answerer,
        "answer": answer_turn.text if answer_turn is not None else None,
        "direction": answer.direction,
        "reason": answer.reason,
        "minutes": None if waited is None else round(waited.total_seconds() / 60, 1),
        "blocks": [
            {"kind": b.kind, "text": b.text, "start": b.start, "end": b.end}
            for b in answer.blocks
        ],
        "analysis": None if analysis is None else analysis.to_dict(),
    }


def _counted_in_pass_one(_: Skipped) -> None:
    pass


def look_back(
    source: ChatSource,
    pipeline: Pipeline,
    models: LookbackModels | None,
    *,
    me: str | None = None,
    pair: Sequence[str] | None = None,
    window: timedelta = DEFAULT_WINDOW,
    census: Census | None = None,
    progress: Callable[[int], None] | None = None,
    on_answer: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """The summary record of a chat (see the README's "Look back" section)."""
    census = census or take_census(source)
    chosen = choose_pair(census, source.path.name, pair)
    if me is not None and me not in chosen:
        raise InputError(f"--me {me!r} is not one of the people analyzed: {', '.join(chosen)}")
    run = LookBack(pipeline, models, chosen, window, on_answer)
    outside = 0

    def in_pair(messages: Iterator[ChatMessage]) -> Iterator[ChatMessage]:
        nonlocal outside
        for message in messages:
            if message.sender in chosen:
                yield message
            else:
                outside += 1
                if progress:
                    progress(1)

    for turn in group_turns(in_pair(source.messages(_counted_in_pass_one)), window):
        run.add(turn)
        if progress:
            progress(turn.messages)
    tally = run.finish()
    skipped = census.skipped.to_dict()
    if outside:
        skipped["total"] += outside
        skipped["by_reason"][OUTSIDE_PAIR] = outside
    return {
        "format": source.format,
        "source": source.path.name,
        "messages": census.messages,
        "skipped": skipped,
        "participants": list(census.senders),
        "pair": list(chosen),
        "me": me,
        "window_hours": window.total_seconds() / 3600,
        **tally.to_dict(),
    }
