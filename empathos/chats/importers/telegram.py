"""Telegram Desktop JSON exports (`result.json`).

A single-chat export is `{"name", "type", "id", "messages": [...]}`; an export of all chats
keeps them under `{"chats": {"list": [...]}}`, and then one is picked by name. A message is
`{"type": "message", "date", "from", "text", ...}` with `date` the local wall time
("2023-01-05T10:11:12") and `text` a string or a list of strings and `{"type", "text"}`
entities. Without text, a photo, file or other attachment makes it kind "media". `edited`
present means edited. Service records (calls, pins, members joining) are skipped.

Line numbers are 1-based positions in the chat's `messages` list.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

from empathos.chats.importers._source import Source, deliver
from empathos.chats.importers.table import parse_timestamp
from empathos.core.lookback.messages import ChatMessage, Skipped
from empathos.errors import InputError

_MEDIA_KEYS = ("photo", "file", "media_type", "poll", "location_information", "contact_information")

SERVICE = "service message"
NOT_A_MESSAGE = "not a message"
MISSING_SENDER = "missing sender"
UNREADABLE_TIMESTAMP = "unreadable timestamp"
EMPTY = "empty message"


class TelegramExport:
    """A Telegram Desktop export, checked (and the chat picked) when opened."""

    format = "telegram-json"

    def __init__(self, source: Source, chat: str | None = None) -> None:
        self.source = source
        self.path: Path = source.path
        self.chat = chat
        self._records()  # fail on open, not in the middle of the caller's first pass

    def messages(self, skip: Callable[[Skipped], None]) -> Iterator[ChatMessage]:
        records = self._records()
        return deliver((_message(record, n) for n, record in enumerate(records, 1)), skip)

    def _records(self) -> list[object]:
        # Not streamed: Telegram writes one JSON tree, parsed whole with the stdlib. A chat of
        # 100k messages is tens of MB; the tree is dropped after each pass and re-read.
        text = "".join(self.source.lines())  # decoded line by line: errors name the line
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{self.source.label}, line {exc.lineno}: not valid JSON ({exc.msg})."
                " Export the chat again from Telegram Desktop as JSON."
            ) from None
        chat = self._pick_chat(document)
        messages = chat.get("messages")
        if not isinstance(messages, list):
            raise InputError(
                f'{self.source.label} is JSON but not a Telegram chat export (no "messages"'
                " list). Export the chat from Telegram Desktop: Export chat history, JSON."
            )
        return messages

    def _pick_chat(self, document: object) -> dict[str, object]:
        if not isinstance(document, dict):
            return {}
        chats = document.get("chats")
        if "messages" in document or not isinstance(chats, dict):
            return document
        listed = [chat for chat in chats.get("list", []) if isinstance(chat, dict)]
        names = [_chat_name(chat) for chat in listed]
        if self.chat is None:
            raise InputError(
                f"{self.source.label} holds all your Telegram chats; choose one with"
                f" --chat NAME. Chats: {', '.join(names) or 'none'}."
            )
        for name, chat in zip(names, listed, strict=True):
            if name == self.chat:
                return chat
        raise InputError(
            f"{self.source.label} has no chat named {self.chat!r}."
            f" Chats: {', '.join(names) or 'none'}."
        )


def _chat_name(chat: dict[str, object]) -> str:
    name = chat.get("name")
    return name if isinstance(name, str) and name else f"(unnamed chat {chat.get('id')})"


def _message(record: object, index: int) -> ChatMessage | Skipped:
    if not isinstance(record, dict):
        return Skipped(index, NOT_A_MESSAGE)
    kind = record.get("type")
    if kind == "service":
        return Skipped(index, SERVICE, str(record.get("action", "")))
    if kind != "message":
        return Skipped(index, NOT_A_MESSAGE, str(kind))
    text = _text(record.get("text"))
    sender = record.get("from")
    if not isinstance(sender, str) or not sender.strip():
        return Skipped(index, MISSING_SENDER, text)
    date = record.get("date")
    sent_at = parse_timestamp(date) if isinstance(date, str) else None
    if sent_at is None:
        return Skipped(index, UNREADABLE_TIMESTAMP, str(date))
    edited = "edited" in record
    if text.strip():
        return ChatMessage(sent_at, sender.strip(), text, index, "text", edited)
    if any(key in record for key in _MEDIA_KEYS):
        return ChatMessage(sent_at, sender.strip(), "", index, "media", edited)
    return Skipped(index, EMPTY)


def _text(value: object) -> str:
    """Plain text from a string or a list of strings and {"type", "text"} entities."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return ""
    parts = [
        part if isinstance(part, str) else str(part.get("text", ""))
        for part in value
        if isinstance(part, str | dict)
    ]
    return "".join(parts)
