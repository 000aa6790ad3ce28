"""Consecutive messages by one person, read as one turn of the conversation."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from empathos.core.lookback.messages import ChatMessage

# Enough for the engine (it reads 128 tokens) and for a quote; a monologue beyond
# this is cut, not dropped: its messages still count.
MAX_TURN_CHARS = 2_000


@dataclass(frozen=True, slots=True)
class ChatTurn:
    sender: str
    text: str  # the text messages, joined with newlines
    started_at: datetime
    ended_at: datetime
    line: int  # where its first message starts in the source
    messages: int
    media: int  # photos, voice notes, stickers... shared in this turn


@dataclass(slots=True)
class _Run:
    first: ChatMessage
    last: ChatMessage
    texts: list[str] = field(default_factory=list)
    chars: int = 0
    messages: int = 0
    media: int = 0

    def add(self, message: ChatMessage) -> None:
        self.last = message
        self.messages += 1
        if message.kind == "media":
            self.media += 1
        text = message.text.strip()
        if message.kind == "text" and text and self.chars < MAX_TURN_CHARS:
            text = text[: MAX_TURN_CHARS - self.chars]
            self.texts.append(text)
            self.chars += len(text) + 1

    def turn(self) -> ChatTurn:
        return ChatTurn(
            sender=self.first.sender,
            text="\n".join(self.texts),
            started_at=self.first.sent_at,
            ended_at=self.last.sent_at,
            line=self.first.line,
            messages=self.messages,
            media=self.media,
        )


def group_turns(messages: Iterable[ChatMessage], max_gap: timedelta) -> Iterator[ChatTurn]:
    """Joins each person's consecutive messages into turns, streaming.

    A pause longer than `max_gap` starts a new turn even when the same person
    writes again: a bid that waited that long without an answer was not answered.
    """
    run: _Run | None = None
    for message in messages:
        if (
            run is not None
            and message.sender == run.first.sender
            and message.sent_at - run.last.sent_at <= max_gap
        ):
            run.add(message)
            continue
        if run is not None:
            yield run.turn()
        run = _Run(first=message, last=message)
        run.add(message)
    if run is not None:
        yield run.turn()
